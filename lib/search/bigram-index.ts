/**
 * A character-bigram inverted index with verification, for Japanese and English alike: no word
 * splitting, so it finds exactly what a substring test on the normalised text finds.
 *
 * Each unit's folded text (normalise.ts) is cut into overlapping pairs of UTF-16 units (`日本と`
 * → `日本`, `本と`); each pair lists the units it occurs in. A term of two units is its pair's
 * list, exact. A longer term's units are the intersection of the lists of its rarest pairs, each
 * then verified with `includes` (pairs can occur apart). A one-unit term is every pair that holds
 * it, plus the units of one character. The lists live in typed arrays (sorted pair keys, list
 * lengths, byte offsets, and the unit ids as gaps in variable-length bytes: one or two bytes per
 * pair occurrence), with no object per pair.
 *
 * Entries are numbered newest first, so ascending entry numbers are the default order of results.
 */
import type { SearchDocument, SearchEntry, SearchUnit } from './documents';
import { normaliseText } from './normalise';

export interface SearchIndex {
  /** Newest first; an entry's number is its place here. */
  entries: SearchEntry[];
  /** Each entry's year (0 when unknown), by entry number. */
  years: Uint16Array;
  /** All units, entry after entry, each entry's in reading order. */
  units: SearchUnit[];
  /** The folded text of each unit. */
  folded: string[];
  /** The entry of each unit. */
  unitEntry: Int32Array;
  /** The first unit of each entry; one more slot holds the number of units. */
  entryUnits: Int32Array;
  /** Sorted pair keys (first unit × 65536 + second unit). */
  keys: Uint32Array;
  /** How many units hold each pair. */
  counts: Uint32Array;
  /** The list of keys[k] is encoded in postings[offsets[k] .. offsets[k + 1]). */
  offsets: Uint32Array;
  /** Each list's unit ids, ascending, as gaps from the previous id, 7 bits a byte (LEB128). */
  postings: Uint8Array;
  /** Units whose folded text is shorter than one pair. */
  shortUnits: Int32Array;
}

/** Newest first: by date, then time (untimed last within a day), then news before statements, then key. */
function newestFirst(a: SearchEntry, b: SearchEntry): number {
  const byDate = (b.date ?? '').localeCompare(a.date ?? '');
  if (byDate !== 0) return byDate;
  const byTime = (b.time ?? '').localeCompare(a.time ?? '');
  if (byTime !== 0) return byTime;
  if (a.kind !== b.kind) return a.kind === 'news' ? -1 : 1;
  return b.key.localeCompare(a.key);
}

/** Indexes the documents. Linear in their text, apart from sorting the distinct pairs. */
export function buildSearchIndex(documents: readonly SearchDocument[]): SearchIndex {
  const sorted = [...documents].sort((a, b) => newestFirst(a.entry, b.entry));
  const entries = sorted.map((document) => document.entry);
  const years = new Uint16Array(entries.length);
  const entryUnits = new Int32Array(entries.length + 1);
  const units: SearchUnit[] = [];
  const unitEntry: number[] = [];
  sorted.forEach((document, entry) => {
    years[entry] = Number(document.entry.date?.slice(0, 4) ?? 0) || 0;
    entryUnits[entry] = units.length;
    for (const item of document.units) {
      units.push(item);
      unitEntry.push(entry);
    }
  });
  entryUnits[entries.length] = units.length;

  const folded = units.map((item) => normaliseText(item.text));
  const lists = new Map<number, number[]>();
  const shortUnits: number[] = [];
  folded.forEach((text, id) => {
    if (text.length < 2) shortUnits.push(id);
    let first = text.charCodeAt(0);
    for (let i = 1; i < text.length; i++) {
      const second = text.charCodeAt(i);
      const key = first * 65536 + second;
      first = second;
      const list = lists.get(key);
      if (list === undefined) lists.set(key, [id]);
      else if (list[list.length - 1] !== id) list.push(id);
    }
  });

  const keys = Uint32Array.from(lists.keys()).sort();
  const counts = new Uint32Array(keys.length);
  const offsets = new Uint32Array(keys.length + 1);
  let bytes = 0;
  for (const list of lists.values()) {
    let previous = 0;
    for (const id of list) {
      bytes += varintLength(id - previous);
      previous = id;
    }
  }
  const postings = new Uint8Array(bytes);
  let at = 0;
  keys.forEach((key, k) => {
    offsets[k] = at;
    const list = lists.get(key) ?? [];
    counts[k] = list.length;
    let previous = 0;
    for (const id of list) {
      for (let gap = id - previous; ; gap >>>= 7) {
        if (gap < 0x80) {
          postings[at++] = gap;
          break;
        }
        postings[at++] = (gap & 0x7f) | 0x80;
      }
      previous = id;
    }
  });
  offsets[keys.length] = at;

  return {
    entries,
    years,
    units,
    folded,
    unitEntry: Int32Array.from(unitEntry),
    entryUnits,
    keys,
    counts,
    offsets,
    postings,
    shortUnits: Int32Array.from(shortUnits),
  };
}

const varintLength = (value: number) => (value < 0x80 ? 1 : value < 0x4000 ? 2 : value < 0x200000 ? 3 : 4);

/** The unit ids of the k-th list, decoded. */
function decode(index: SearchIndex, k: number): Int32Array {
  const { postings } = index;
  const list = new Int32Array(index.counts[k] ?? 0);
  let at = index.offsets[k] ?? 0;
  let id = 0;
  for (let i = 0; i < list.length; i++) {
    let gap = 0;
    for (let shift = 0; ; shift += 7) {
      const byte = postings[at++] ?? 0;
      gap |= (byte & 0x7f) << shift;
      if (byte < 0x80) break;
    }
    id += gap;
    list[i] = id;
  }
  return list;
}

/** The place of a pair among the keys, or -1 when no unit holds it. */
function keyIndex(index: SearchIndex, key: number): number {
  const { keys } = index;
  let low = 0;
  let high = keys.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const value = keys[mid] ?? 0;
    if (value < key) low = mid + 1;
    else if (value > key) high = mid - 1;
    else return mid;
  }
  return -1;
}

/** Marks each entry holding a one-unit term: every pair with it on either side, and the short units. */
function markSingle(index: SearchIndex, term: string, marks: Uint8Array): void {
  const code = term.charCodeAt(0);
  const { keys, unitEntry } = index;
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k] ?? 0;
    if (key >>> 16 !== code && (key & 0xffff) !== code) continue;
    for (const unit of decode(index, k)) marks[unitEntry[unit] ?? 0] = 1;
  }
  for (const unit of index.shortUnits) if (index.folded[unit] === term) marks[unitEntry[unit] ?? 0] = 1;
}

/** The first place at or after `from` where `list` (ascending) holds `value` or more: galloping, then binary search. */
function seek(list: Int32Array, from: number, value: number): number {
  let step = 1;
  let high = from;
  while (high < list.length && (list[high] ?? 0) < value) {
    from = high + 1;
    high += step;
    step *= 2;
  }
  high = Math.min(high, list.length);
  while (from < high) {
    const mid = (from + high) >>> 1;
    if ((list[mid] ?? 0) < value) from = mid + 1;
    else high = mid;
  }
  return from;
}

// Candidates come from this many of the term's rarest pairs; verification does the rest.
const PAIRS_INTERSECTED = 3;

/**
 * Marks (sets to 1) every entry having a unit whose folded text contains `term` (folded, not
 * empty). Exact: the same entries a substring scan of the folded units finds. With `within`,
 * only the entries marked there are looked at (the others may or may not be marked).
 */
export function markEntriesContaining(index: SearchIndex, term: string, marks: Uint8Array, within?: Uint8Array): void {
  if (term.length === 1) return markSingle(index, term, marks);
  const found = new Set<number>();
  for (let i = 1; i < term.length; i++) {
    const k = keyIndex(index, term.charCodeAt(i - 1) * 65536 + term.charCodeAt(i));
    if (k === -1) return;
    found.add(k);
  }
  const rarest = [...found].sort((a, b) => (index.counts[a] ?? 0) - (index.counts[b] ?? 0)).slice(0, PAIRS_INTERSECTED);
  const [shortest, ...others] = rarest.map((k) => decode(index, k));
  if (!shortest) return;
  const { unitEntry, folded } = index;
  const exact = term.length === 2;
  const cursors = others.map(() => 0);
  candidates: for (let c = 0; c < shortest.length; c++) {
    const unit = shortest[c] ?? 0;
    const entry = unitEntry[unit] ?? 0;
    if (marks[entry] === 1 || (within && within[entry] !== 1)) continue;
    for (let o = 0; o < others.length; o++) {
      const list = others[o] as Int32Array;
      const cursor = seek(list, cursors[o] ?? 0, unit);
      cursors[o] = cursor;
      if (list[cursor] !== unit) continue candidates;
    }
    if (exact || (folded[unit] ?? '').includes(term)) marks[entry] = 1;
  }
}

/** The units of one entry whose folded text contains any of the terms, in reading order. */
export function matchingUnits(index: SearchIndex, entry: number, terms: readonly string[]): number[] {
  const found: number[] = [];
  for (let unit = index.entryUnits[entry] ?? 0; unit < (index.entryUnits[entry + 1] ?? 0); unit++) {
    const text = index.folded[unit] ?? '';
    if (terms.some((term) => text.includes(term))) found.push(unit);
  }
  return found;
}
