/**
 * The editor's milestones: `milestones.txt` at the root of the data folder. One entry a line:
 *
 *     # the 2013 joint political declaration
 *     1305-041502    日・NATO共同政治宣言に署名
 *     2024-07-28-japan-us-2plus2
 *     -2207-060709
 *
 * - an event id or a statement slug, then, after spaces or a tab (or an ideographic space), an
 *   optional label that replaces the entry's short title on the timeline;
 * - `-ID` says the entry is not a milestone whatever its score (no label);
 * - a line starting with `#` is a comment; blank lines are ignored; a BOM is allowed.
 *
 * Checked like the digest: a line that is not of this form, a label over MAX_LABEL_LENGTH
 * characters and an id or slug the data does not have are errors; a second line for the same
 * entry is a warning (the first one counts). Each with its line and column.
 */
import type { Diagnostic } from '../parser/diagnostics';
import { SourceText } from '../parser/source-text';
import type { MilestoneOverrides } from '../explorer/importance';

/** Longest label, in characters: a label is a short title, not a summary. */
export const MAX_LABEL_LENGTH = 40;

/** Ids (`2507-062601`) and slugs (`2024-07-28-japan-us-2plus2`): ASCII letters, digits, `-`, `_`, `.`. */
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export interface MilestonesResult {
  overrides: MilestoneOverrides;
  diagnostics: Diagnostic[];
}

/**
 * Reads milestones.txt against the ids and slugs of the chronology (`known`). Never throws:
 * every problem is a diagnostic.
 */
export function parseMilestones(text: string, known: Pick<ReadonlySet<string>, 'has'>): MilestonesResult {
  const source = new SourceText(text);
  const diagnostics: Diagnostic[] = [];
  const promote = new Map<string, string | null>();
  const demote = new Set<string>();
  const seen = new Map<string, number>();
  let lineStart = 0;
  let lineNumber = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    lineNumber++;
    const raw = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    const offset = lineStart;
    lineStart = lineEnd + 1;
    // A BOM at the very start is not part of the first id.
    const line = offset === 0 ? raw.replace(/^\uFEFF/, '') : raw;
    const lead = raw.length - line.length;
    const body = line.trimStart();
    if (body === '' || body.startsWith('#')) continue;
    const at = offset + lead + (line.length - body.length);
    const [word = ''] = body.split(/[\s\u3000]/u, 1);
    const label = body.slice(word.length).trim();
    const isDemote = word.startsWith('-');
    const id = isDemote ? word.slice(1) : word;
    const idStart = at + (isDemote ? 1 : 0);
    const span = { start: at, end: at + word.length };
    if (!ID.test(id)) {
      diagnostics.push(source.diagnostic('error', 'malformed-milestone', `"${word}" is not an event id or statement slug (expected ID or -ID, then an optional label)`, span));
      continue;
    }
    if (isDemote && label !== '') {
      const labelStart = at + body.indexOf(label, word.length);
      diagnostics.push(source.diagnostic('error', 'malformed-milestone', 'a -ID line takes no label', { start: labelStart, end: labelStart + label.length }));
      continue;
    }
    if ([...label].length > MAX_LABEL_LENGTH) {
      const labelStart = at + body.indexOf(label, word.length);
      diagnostics.push(source.diagnostic('error', 'malformed-milestone', `the label is longer than ${MAX_LABEL_LENGTH} characters`, { start: labelStart, end: labelStart + label.length }));
      continue;
    }
    if (!known.has(id)) {
      diagnostics.push(source.diagnostic('error', 'unknown-milestone', `no event or statement has the id or slug ${id}`, { start: idStart, end: idStart + id.length }));
      continue;
    }
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      diagnostics.push(source.diagnostic('warning', 'duplicate-milestone', `${id} is already listed on line ${earlier}; this line is ignored`, { start: idStart, end: idStart + id.length }));
      continue;
    }
    seen.set(id, lineNumber);
    if (isDemote) demote.add(id);
    else promote.set(id, label === '' ? null : label);
  }
  return { overrides: { promote, demote }, diagnostics };
}
