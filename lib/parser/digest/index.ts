/**
 * The digest parser's public API. Three stages, one per file:
 *   find-entries (where each entry starts and ends) → read-fields (the fields of one entry, with
 *   offsets) → compose (events, cross-checks, partners, schema validation).
 * `parseDigest` collects diagnostics; `parseDigestStrict` throws when any is an error.
 */
import type { Diagnostic } from '../diagnostics';
import type { DigestResult } from '../schema';
import { SourceText, isBlank } from '../source-text';
import { composeEvent } from './compose';
import { findEntries, type EntryBounds } from './find-entries';
import { readFields } from './read-fields';

export { dateFromId } from './compose';
export { uncoveredRanges } from './coverage';
export { formatDigest } from './format';

/** The flattened table's header row: 年 月 日 出 典 標 題 要 旨 (spaces optional). */
const TABLE_HEADER = /^[\uFEFF\s\u3000]*年[\s\u3000]*月[\s\u3000]*日[\s\u3000]*出[\s\u3000]*典[\s\u3000]*標[\s\u3000]*題[\s\u3000]*要[\s\u3000]*旨[\s\u3000]*$/;

/** Text that cannot be a digest at all: NUL bytes (binary) or undecodable bytes (not UTF-8). */
function checkReadable(source: SourceText): Diagnostic[] {
  const { text } = source;
  const nul = text.indexOf('\u0000');
  if (nul !== -1) {
    return [source.diagnostic('error', 'binary-input', 'the file holds NUL bytes: it is binary, not a text digest', { start: nul, end: nul + 1 })];
  }
  const replacement = text.indexOf('\uFFFD');
  if (replacement !== -1) {
    return [
      source.diagnostic(
        'error',
        'replacement-character',
        'the file is not valid UTF-8 (is it Shift_JIS?); convert it to UTF-8 first',
        { start: replacement, end: replacement + 1 },
      ),
    ];
  }
  return [];
}

/**
 * True when an error among `diagnostics[from…]` spans exactly the entry. Only the entry's own
 * diagnostics need looking at: entries are disjoint, so no earlier one can span it, and looking
 * at all of them would make a digest of failing entries quadratic.
 */
function coversEntry(diagnostics: readonly Diagnostic[], from: number, bounds: EntryBounds): boolean {
  for (let i = from; i < diagnostics.length; i++) {
    const d = diagnostics[i];
    if (d && d.severity === 'error' && d.start === bounds.start && d.end === bounds.end) return true;
  }
  return false;
}

export function parseDigest(text: string): DigestResult {
  const source = new SourceText(text);
  if (isBlank(text)) {
    return {
      events: [],
      diagnostics: [source.diagnostic('error', 'empty-input', 'the digest is empty', { start: 0, end: text.length })],
      header: text.length > 0 ? { start: 0, end: text.length } : null,
    };
  }
  const unreadable = checkReadable(source);
  if (unreadable.length > 0) {
    // Cover the whole text so that nothing is unaccounted for.
    const first = unreadable[0]!;
    return { events: [], diagnostics: [{ ...first, start: 0, end: text.length, ...source.position(0), excerpt: first.excerpt }], header: null };
  }

  const found = findEntries(text);
  const diagnostics: Diagnostic[] = [];
  let header: DigestResult['header'] = null;
  const preambleText = text.slice(found.preamble.start, found.preamble.end);
  if (found.entries.length === 0) {
    diagnostics.push(
      source.diagnostic('error', 'no-entries', 'no entry found: entries carry an ID like <2507-062601> after their title', {
        start: 0,
        end: text.length,
      }),
    );
    return { events: [], diagnostics, header };
  }
  if (TABLE_HEADER.test(preambleText) || isBlank(preambleText)) {
    header = found.preamble;
  } else {
    diagnostics.push(
      source.diagnostic('warning', 'unrecognised-header', 'text before the first entry is not the table header (年 月 日 出 典 標 題 要 旨)', found.preamble),
    );
  }

  // The IDs of the markers found in stage 1, for refs to resolve against; an entry whose ID was
  // already added is a duplicate. Set.add plus a size check is one hash lookup per entry (in a
  // table of all the IDs, so a costly one); a set of known IDs plus a set of IDs seen so far
  // took three.
  const knownIds = new Set<string>();
  const isDuplicate = new Uint8Array(found.entries.length);
  found.entries.forEach((bounds, index) => {
    const size = knownIds.size;
    if (knownIds.add(bounds.marker.id).size === size) isDuplicate[index] = 1;
  });

  // Each entry is read and composed in turn, so that its intermediate fields are garbage before
  // the next one is read: keeping all of them alive until every entry was read made the young
  // generation copy them to the old one, a large share of the time on big digests.
  const events = [];
  for (const [index, bounds] of found.entries.entries()) {
    const { id } = bounds.marker;
    if (isDuplicate[index] === 1) {
      diagnostics.push(
        source.diagnostic('error', 'duplicate-id', `ID ${id} appears twice; the later entry is left out`, {
          start: bounds.start,
          end: bounds.end,
        }),
      );
      continue;
    }
    const diagnosticsBefore = diagnostics.length;
    const event = composeEvent(readFields(text, bounds), source, knownIds, diagnostics);
    if (event) {
      events.push(event);
    } else if (!coversEntry(diagnostics, diagnosticsBefore, bounds)) {
      // The entry is left out: one diagnostic covers all of it so no character is lost.
      diagnostics.push(
        source.diagnostic('error', 'unreadable-entry-head', `entry ${id} is left out (see the diagnostics before this one)`, {
          start: bounds.start,
          end: bounds.end,
        }),
      );
    }
  }

  for (const bounds of found.entries) {
    const cut = bounds.truncated;
    if (cut) {
      diagnostics.push(
        source.diagnostic(
          'error',
          'truncated-entry',
          'an entry is cut off here: it has no <ID> marker after its head (was the file truncated?)',
          cut,
        ),
      );
    }
  }

  for (const line of found.residue) {
    diagnostics.push(
      line.between
        ? source.diagnostic('warning', 'stray-residue', 'a line between two entries belongs to neither: it is left out of both', line.span)
        : source.diagnostic('warning', 'trailing-residue', 'text after the last entry belongs to no entry', line.span),
    );
  }
  diagnostics.sort((a, b) => a.start - b.start || a.end - b.end);
  return { events, diagnostics, header };
}
