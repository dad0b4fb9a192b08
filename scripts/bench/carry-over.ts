// BENCH_SKIP=lighthouse,load leaves slow sections out of a run and keeps their figures from the
// docs/BENCHMARKS.md already written, each marked with the date it was measured, so that a change
// to one part can be measured again without the whole hour. A skipped section is never passed off
// as new: its block says which run it comes from.
import fs from 'node:fs';

/** The sections a run may skip, with the heading of their block in docs/BENCHMARKS.md. */
export const SKIPPABLE_SECTIONS = {
  lighthouse: '## Lighthouse',
  load: '## Server under load',
} as const;

export type SkippableSection = keyof typeof SKIPPABLE_SECTIONS;

/** The sections named in BENCH_SKIP (comma-separated); an unknown name stops the run. */
export function skippedSections(env: string | undefined = process.env.BENCH_SKIP): Set<SkippableSection> {
  const skipped = new Set<SkippableSection>();
  for (const name of (env ?? '').split(',').map((part) => part.trim()).filter(Boolean)) {
    if (!(name in SKIPPABLE_SECTIONS)) throw new Error(`BENCH_SKIP: unknown section "${name}" (expected ${Object.keys(SKIPPABLE_SECTIONS).join(', ')})`);
    skipped.add(name as SkippableSection);
  }
  return skipped;
}

/** A block of a markdown document: from its `## ` heading to the next one (exclusive). */
function block(markdown: string, heading: string): string | null {
  const start = markdown.indexOf(`\n${heading}\n`);
  if (start === -1) return null;
  const next = markdown.indexOf('\n## ', start + heading.length + 2);
  return markdown.slice(start + 1, next === -1 ? markdown.length : next + 1);
}

/**
 * The new document with each skipped section's block replaced by the one of the previous
 * document, under a line that names the run it was measured in. A section the previous document
 * lacks stays as the new run wrote it (not measured).
 */
export function carryOver(fresh: string, previous: string | null, skipped: ReadonlySet<SkippableSection>): string {
  if (!previous || skipped.size === 0) return fresh;
  const measuredOn = /^- Measured: (.+)$/m.exec(previous)?.[1] ?? 'an earlier run';
  let result = fresh;
  for (const name of skipped) {
    const heading = SKIPPABLE_SECTIONS[name];
    const old = block(previous, heading);
    const now = block(result, heading);
    if (!old || !now) continue;
    // A block carried before keeps the date of the run that measured it.
    const carriedFrom = /\*Not measured again in this run [^\n]*the run of ([^.*]+)\.\*\n/.exec(old)?.[1] ?? measuredOn;
    const note = `*Not measured again in this run (\`BENCH_SKIP=${name}\`): these figures are from the run of ${carriedFrom}.*\n\n`;
    const body = old.slice(heading.length + 1).replace(/^\n+\*Not measured again in this run[^\n]*\n/, '\n');
    result = result.replace(now, `${heading}\n\n${note}${body.replace(/^\n+/, '')}`);
  }
  return result;
}

/** The document written before this run, if any. */
export function previousBenchmarks(file = 'docs/BENCHMARKS.md'): string | null {
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
}
