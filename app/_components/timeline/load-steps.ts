/**
 * The explorer's steps on the way to the timeline's first items, as User Timing marks
 * (`performance.mark('chronology:…')`): DevTools' performance panel shows them, and the bench reads
 * them to say where the time to first items goes (scripts/bench/timeline.ts). Each is marked once
 * per page, the first time it happens. `entries-rendered` (the explorer rendered with every entry,
 * its counts worked out) comes after the timeline is built from them: see useExplorerItems.
 */
export type LoadStep = 'entries-asked' | 'entries-unpacked' | 'timeline-code' | 'timeline-created' | 'entries-rendered';

export const LOAD_STEP_PREFIX = 'chronology:';

const marked = new Set<LoadStep>();

export function markLoadStep(step: LoadStep): void {
  if (marked.has(step) || typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
  marked.add(step);
  performance.mark(`${LOAD_STEP_PREFIX}${step}`);
}
