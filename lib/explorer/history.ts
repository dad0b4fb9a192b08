/**
 * How a change of the explorer's state goes into the browser's history. Back should undo what a
 * reader did on purpose (a filter, an entry opened, a view), not each key press or drag: opening
 * an entry adds an entry to the history; stepping on to the next entry, zooming and panning
 * rewrite the one the reader is on.
 */
import type { ExplorerState } from './types';

/**
 * What a change was: `select` an entry chosen (a click, a cross-reference), `step` the next or
 * previous entry (←/→, Home/End, the panel's 前/次), `window` a zoom or a pan, `q` typing in the
 * search box (a burst of typing is one entry), `other` a filter, a view, a page or a close.
 */
export type StateChange = 'select' | 'step' | 'window' | 'q' | 'other';

/**
 * Whether `change`, from `current`, adds a history entry or rewrites the current one; `previous`
 * is the change that wrote the current entry (null after a page load or a history move).
 */
export function historyEntry(current: ExplorerState, change: StateChange, previous: StateChange | null): 'push' | 'replace' {
  if (change === 'window') return 'replace';
  // A step with an entry open moves within it; from nothing open, it opens one.
  if (change === 'step') return current.event ? 'replace' : 'push';
  if (change === 'q' && previous === 'q') return 'replace';
  return 'push';
}
