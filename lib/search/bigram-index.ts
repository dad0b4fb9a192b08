/**
 * A positional character-bigram index, for Japanese and English alike: no word splitting, so it
 * finds exactly what a substring test on the normalised text finds, without keeping or reading
 * that text.
 *
 * Each unit's folded text (normalise.ts) is cut into overlapping pairs of UTF-16 units (`日本と`
 * → `日本` at 0, `本と` at 1); each pair lists the units it occurs in and, in each, where. A term
 * of two units is its pair's list of units. A longer term is covered by pairs at offsets 0 … n−2,
 * no two chosen more than two apart (so every character of the term is in one), the cover with
 * the shortest lists; a unit holds the term at s when every chosen pair occurs at s + its offset.
 * A one-unit term is every pair that holds it, plus the units of one character.
 *
 * The lists live in typed arrays (sorted pair keys, units and occurrences per list, byte offsets)
 * and one byte array of variable-length numbers (LEB128, 7 bits a byte). For each unit of a list:
 * the gap from the previous unit's number, the byte length of what follows, then the positions
 * (the first, then gaps), so that reading the units alone jumps over the positions. The folded
 * text is only needed while building and is not kept; the snippets fold the few units they show.
 * Numbers are read with 32-bit integer arithmetic: units and texts shorter than 2^27.
 *
 * Entries are numbered newest first, so ascending entry numbers are the default order of results.
 *
 * Why one file of about 600 lines: the builder and the readers share one byte layout (above), and
 * each hot loop decodes it inline; split apart, a change to the layout would have to be made in
 * step across files that no test could keep in agreement as well as one file read top to bottom.
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
  /** The entry of each unit. */
  unitEntry: Int32Array;
  /** The first unit of each entry; one more slot holds the number of units. */
  entryUnits: Int32Array;
  /** Sorted pair keys (first unit × 65536 + second unit). */
  keys: Uint32Array;
  /** How many units hold each pair. */
  counts: Uint32Array;
  /** How many times each pair occurs, all units together. */
  occurrences: Uint32Array;
  /** The list of keys[k] is encoded in postings[offsets[k] .. offsets[k + 1]). */
  offsets: Uint32Array;
  /** Each list's units and their positions (see the top of this file). */
  postings: Uint8Array;
  /** Units whose folded text is one UTF-16 unit long, and that unit. */
  singleUnits: Int32Array;
  singleCodes: Uint16Array;
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

const varintLength = (value: number) => (value < 0x80 ? 1 : value < 0x4000 ? 2 : value < 0x200000 ? 3 : value < 0x10000000 ? 4 : 5);

function writeVarint(bytes: Uint8Array, at: number, value: number): number {
  while (value >= 0x80) {
    bytes[at++] = (value & 0x7f) | 0x80;
    value = Math.floor(value / 128);
  }
  bytes[at++] = value;
  return at;
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

  // Two passes over the folded texts: the first sizes each list, the second writes it in place.
  // Each unit's pairs are gathered first (their positions), then written list by list.
  const folded = units.map((item) => normaliseText(item.text));
  const slots = new Map<number, number>();
  const slotKeys: number[] = [];
  const slotCounts: number[] = [];
  const slotOccurrences: number[] = [];
  const slotBytes: number[] = [];
  const lastUnit: number[] = [];
  const gathered: number[][] = [];
  const singleUnits: number[] = [];
  const singleCodes: number[] = [];
  let postings = new Uint8Array(0);
  let cursor = new Float64Array(0);
  const pass = (write: boolean) =>
    folded.forEach((text, id) => {
      if (!write && text.length === 1) {
        singleUnits.push(id);
        singleCodes.push(text.charCodeAt(0));
      }
      const touched: number[] = [];
      let first = text.charCodeAt(0);
      for (let i = 1; i < text.length; i++) {
        const second = text.charCodeAt(i);
        const key = first * 65536 + second;
        first = second;
        let slot = slots.get(key);
        if (slot === undefined) {
          slot = slotKeys.length;
          slots.set(key, slot);
          slotKeys.push(key);
          slotCounts.push(0);
          slotOccurrences.push(0);
          slotBytes.push(0);
          lastUnit.push(-1);
          gathered.push([]);
        }
        const positions = gathered[slot] as number[];
        if (positions.length === 0) touched.push(slot);
        positions.push(i - 1);
      }
      for (const slot of touched) {
        const positions = gathered[slot] as number[];
        let length = 0;
        let previous = 0;
        for (const position of positions) {
          length += varintLength(position - previous);
          previous = position;
        }
        const gap = id - (lastUnit[slot] ?? -1);
        lastUnit[slot] = id;
        if (write) {
          let at = writeVarint(postings, cursor[slot] ?? 0, gap);
          at = writeVarint(postings, at, length);
          previous = 0;
          for (const position of positions) {
            at = writeVarint(postings, at, position - previous);
            previous = position;
          }
          cursor[slot] = at;
        } else {
          slotBytes[slot] = (slotBytes[slot] ?? 0) + varintLength(gap) + varintLength(length) + length;
          slotCounts[slot] = (slotCounts[slot] ?? 0) + 1;
          slotOccurrences[slot] = (slotOccurrences[slot] ?? 0) + positions.length;
        }
        positions.length = 0;
      }
    });
  pass(false);

  const order = slotKeys.map((_, slot) => slot).sort((a, b) => (slotKeys[a] ?? 0) - (slotKeys[b] ?? 0));
  const keys = new Uint32Array(order.length);
  const counts = new Uint32Array(order.length);
  const occurrences = new Uint32Array(order.length);
  const offsets = new Uint32Array(order.length + 1);
  cursor = new Float64Array(slotKeys.length);
  let total = 0;
  order.forEach((slot, k) => {
    keys[k] = slotKeys[slot] ?? 0;
    counts[k] = slotCounts[slot] ?? 0;
    occurrences[k] = slotOccurrences[slot] ?? 0;
    offsets[k] = total;
    cursor[slot] = total;
    total += slotBytes[slot] ?? 0;
    lastUnit[slot] = -1;
  });
  offsets[order.length] = total;
  postings = new Uint8Array(total);
  pass(true);

  return {
    entries,
    years,
    units,
    unitEntry: Int32Array.from(unitEntry),
    entryUnits,
    keys,
    counts,
    occurrences,
    offsets,
    postings,
    singleUnits: Int32Array.from(singleUnits),
    singleCodes: Uint16Array.from(singleCodes),
  };
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

/** The units of the k-th list, ascending (their positions jumped over). */
function listUnits(index: SearchIndex, k: number): Int32Array {
  return decodeUnits(index, k).units;
}

/** One list's units, ascending, and for each the place in postings of its positions (their byte length first). */
interface ListUnits {
  units: Int32Array;
  starts: Int32Array;
}

function decodeUnits(index: SearchIndex, k: number): ListUnits {
  const { postings } = index;
  const units = new Int32Array(index.counts[k] ?? 0);
  const starts = new Int32Array(units.length);
  let at = index.offsets[k] ?? 0;
  let unit = -1;
  for (let u = 0; u < units.length; u++) {
    let byte = postings[at++] ?? 0;
    let gap = byte & 0x7f;
    for (let shift = 7; byte >= 0x80; shift += 7) {
      byte = postings[at++] ?? 0;
      gap |= (byte & 0x7f) << shift;
    }
    unit += gap;
    units[u] = unit;
    starts[u] = at;
    byte = postings[at++] ?? 0;
    let length = byte & 0x7f;
    for (let shift = 7; byte >= 0x80; shift += 7) {
      byte = postings[at++] ?? 0;
      length |= (byte & 0x7f) << shift;
    }
    at += length;
  }
  return { units, starts };
}

/** Reads into `into` the positions of one unit, from `at` (a start from decodeUnits); returns how many (into.length when they may not all fit). */
function readPositions(index: SearchIndex, at: number, into: Int32Array): number {
  const { postings } = index;
  let byte = postings[at++] ?? 0;
  let length = byte & 0x7f;
  for (let shift = 7; byte >= 0x80; shift += 7) {
    byte = postings[at++] ?? 0;
    length |= (byte & 0x7f) << shift;
  }
  const end = at + length;
  let position = 0;
  let count = 0;
  while (at < end && count < into.length) {
    byte = postings[at++] ?? 0;
    let gap = byte & 0x7f;
    for (let shift = 7; byte >= 0x80; shift += 7) {
      byte = postings[at++] ?? 0;
      gap |= (byte & 0x7f) << shift;
    }
    position += gap;
    into[count++] = position;
  }
  return count;
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

/**
 * The offsets in the term of the pairs to look up: 0 and n − 2 and enough between them that no
 * two are more than two apart (every character is in a chosen pair), with the fewest bytes of
 * lists to read. `sizes[o]` is the size of the list of the pair at offset o.
 */
function cover(sizes: readonly number[]): number[] {
  const best: number[] = [];
  const from: number[] = [];
  sizes.forEach((size, o) => {
    if (o === 0) {
      best.push(size);
      from.push(-1);
      return;
    }
    const one = best[o - 1] ?? 0;
    const two = o >= 2 ? (best[o - 2] ?? 0) : Infinity;
    best.push(size + Math.min(one, two));
    from.push(two < one ? o - 2 : o - 1);
  });
  const chosen: number[] = [];
  for (let o = sizes.length - 1; o !== -1; o = from[o] ?? -1) chosen.push(o);
  return chosen.reverse();
}

/**
 * Where a term is: the units holding it, found without reading any text. Built by `matchTerm`;
 * `termUnit` asks about one unit, `termEntries` lists the entries.
 */
export type TermMatch =
  | { kind: 'marks'; marks: Uint8Array }
  | { kind: 'list'; units: Int32Array }
  | {
      kind: 'positions';
      /** The cover's lists (keys[0], the one with the fewest units, leads) and their pairs' offsets in the term. */
      keys: Int32Array;
      offsets: Int32Array;
      /** The lists decoded, when a unit is asked about. */
      decoded: DecodedMatch | null;
    }
  | { kind: 'none' };

interface DecodedMatch {
  lead: ListUnits;
  leadOffset: number;
  others: ListUnits[];
  offsets: Int32Array;
  /** Scratch space: each list's positions in one unit, and walks through them. */
  buffers: Int32Array[];
  counts: Int32Array;
  ats: Int32Array;
}

/** Looks the term (folded, not empty) up: the lists it needs, decoded once for the whole search. */
export function matchTerm(index: SearchIndex, term: string): TermMatch {
  if (term.length === 1) {
    const code = term.charCodeAt(0);
    const marks = new Uint8Array(index.units.length);
    const { keys } = index;
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k] ?? 0;
      if (key >>> 16 !== code && (key & 0xffff) !== code) continue;
      const units = listUnits(index, k);
      for (let i = 0; i < units.length; i++) marks[units[i] ?? 0] = 1;
    }
    index.singleCodes.forEach((single, i) => {
      if (single === code) marks[index.singleUnits[i] ?? 0] = 1;
    });
    return { kind: 'marks', marks };
  }
  const pairs: number[] = [];
  for (let o = 0; o + 1 < term.length; o++) {
    const k = keyIndex(index, term.charCodeAt(o) * 65536 + term.charCodeAt(o + 1));
    if (k === -1) return { kind: 'none' };
    pairs.push(k);
  }
  if (pairs.length === 1) return { kind: 'list', units: listUnits(index, pairs[0] ?? 0) };
  const chosen = cover(pairs.map((k) => (index.offsets[k + 1] ?? 0) - (index.offsets[k] ?? 0)));
  // The list with the fewest units leads.
  chosen.sort((a, b) => (index.counts[pairs[a] ?? 0] ?? 0) - (index.counts[pairs[b] ?? 0] ?? 0));
  return { kind: 'positions', keys: Int32Array.from(chosen.map((o) => pairs[o] ?? 0)), offsets: Int32Array.from(chosen), decoded: null };
}

function decodeMatch(index: SearchIndex, match: Extract<TermMatch, { kind: 'positions' }>): DecodedMatch {
  if (match.decoded) return match.decoded;
  const decoded = new Map<number, ListUnits>();
  const lists = Array.from(match.keys, (k) => {
    let list = decoded.get(k);
    if (!list) decoded.set(k, (list = decodeUnits(index, k)));
    return list;
  });
  const [lead, ...others] = lists;
  match.decoded = {
    lead: lead as ListUnits,
    leadOffset: match.offsets[0] ?? 0,
    others,
    offsets: match.offsets.slice(1),
    buffers: lists.map(() => new Int32Array(16)),
    counts: new Int32Array(others.length),
    ats: new Int32Array(others.length),
  };
  return match.decoded;
}

/** Reads the positions of the i-th unit of a list into the buffer (grown when too small); returns how many. */
function positionsOf(index: SearchIndex, list: ListUnits, i: number, buffers: Int32Array[], b: number): number {
  let buffer = buffers[b] as Int32Array;
  for (;;) {
    const count = readPositions(index, list.starts[i] ?? 0, buffer);
    if (count < buffer.length) return count;
    buffers[b] = buffer = new Int32Array(buffer.length * 4);
  }
}

/** True when the unit at place i of the lead list, at places `places` of the others, holds the term. */
function holdsAt(index: SearchIndex, match: DecodedMatch, i: number, places: Int32Array): boolean {
  const { buffers, others, offsets, counts, ats } = match;
  const leadCount = positionsOf(index, match.lead, i, buffers, 0);
  for (let o = 0; o < others.length; o++) {
    counts[o] = positionsOf(index, others[o] as ListUnits, places[o] ?? 0, buffers, o + 1);
    ats[o] = 0;
  }
  // Positions ascend, so each other list's positions are walked once.
  starts: for (let p = 0; p < leadCount; p++) {
    const start = ((buffers[0] as Int32Array)[p] ?? 0) - match.leadOffset;
    if (start < 0) continue;
    for (let o = 0; o < others.length; o++) {
      const positions = buffers[o + 1] as Int32Array;
      const end = counts[o] ?? 0;
      const target = start + (offsets[o] ?? 0);
      let at = ats[o] ?? 0;
      while (at < end && (positions[at] ?? 0) < target) at++;
      ats[o] = at;
      if (at === end) return false;
      if (positions[at] !== target) continue starts;
    }
    return true;
  }
  return false;
}

/** True when the unit holds the term. */
export function termUnit(index: SearchIndex, match: TermMatch, unit: number): boolean {
  switch (match.kind) {
    case 'none':
      return false;
    case 'marks':
      return match.marks[unit] === 1;
    case 'list':
      return match.units[seek(match.units, 0, unit)] === unit;
    case 'positions':
      return holds(index, decodeMatch(index, match), unit);
  }
}

function holds(index: SearchIndex, match: DecodedMatch, unit: number): boolean {
  const i = seek(match.lead.units, 0, unit);
  if (match.lead.units[i] !== unit) return false;
  const places = new Int32Array(match.others.length);
  for (let o = 0; o < match.others.length; o++) {
    const units = (match.others[o] as ListUnits).units;
    const place = seek(units, 0, unit);
    if (units[place] !== unit) return false;
    places[o] = place;
  }
  return holdsAt(index, match, i, places);
}

/** Calls `visit` once for each entry holding the term, in ascending order. */
export function termEntries(index: SearchIndex, match: TermMatch, visit: (entry: number) => void): void {
  const { unitEntry } = index;
  let last = -1;
  if (match.kind === 'marks') {
    for (let unit = 0; unit < match.marks.length; unit++) {
      const entry = unitEntry[unit] ?? 0;
      if (match.marks[unit] === 1 && entry !== last) visit((last = entry));
    }
    return;
  }
  if (match.kind === 'list') {
    const { units } = match;
    for (let i = 0; i < units.length; i++) {
      const entry = unitEntry[units[i] ?? 0] ?? 0;
      if (entry !== last) visit((last = entry));
    }
    return;
  }
  if (match.kind !== 'positions') return;
  if (match.keys.length === 2 && match.keys[0] !== match.keys[1]) return pairEntries(index, match, visit);
  const decoded = decodeMatch(index, match);
  const cursors = new Int32Array(decoded.others.length);
  const { entryUnits } = index;
  const lead = decoded.lead.units;
  units: for (let i = 0; i < lead.length; i++) {
    const unit = lead[i] ?? 0;
    const entry = unitEntry[unit] ?? 0;
    if (entry === last) {
      // Found in this entry already: on to the lead's first unit of a later entry.
      i = seek(lead, i, entryUnits[entry + 1] ?? 0) - 1;
      continue;
    }
    for (let o = 0; o < decoded.others.length; o++) {
      const list = (decoded.others[o] as ListUnits).units;
      const cursor = seek(list, cursors[o] ?? 0, unit);
      cursors[o] = cursor;
      if (list[cursor] !== unit) continue units;
    }
    if (holdsAt(index, decoded, i, cursors)) visit((last = entry));
  }
}

/**
 * termEntries for a cover of two different pairs (terms of three or four units, the common
 * case): both lists read once, side by side, straight from the bytes, and the positions of a
 * unit both hold merged as they are read.
 */
function pairEntries(index: SearchIndex, match: Extract<TermMatch, { kind: 'positions' }>, visit: (entry: number) => void): void {
  const { postings, offsets, unitEntry } = index;
  const leadKey = match.keys[0] ?? 0;
  const otherKey = match.keys[1] ?? 0;
  // A place s in the unit holds the term when the lead occurs at s + leadOffset and the other at s + otherOffset.
  const shift = (match.offsets[1] ?? 0) - (match.offsets[0] ?? 0);
  const leadOffset = match.offsets[0] ?? 0;
  let a = offsets[leadKey] ?? 0;
  const aEnd = offsets[leadKey + 1] ?? 0;
  let b = offsets[otherKey] ?? 0;
  const bEnd = offsets[otherKey + 1] ?? 0;
  let aUnit = -1;
  let bUnit = -1;
  let bPositions = 0;
  let bLength = 0;
  let last = -1;
  while (a < aEnd) {
    let byte = postings[a++] ?? 0;
    let value = byte & 0x7f;
    for (let bits = 7; byte >= 0x80; bits += 7) {
      byte = postings[a++] ?? 0;
      value |= (byte & 0x7f) << bits;
    }
    aUnit += value;
    byte = postings[a++] ?? 0;
    let aLength = byte & 0x7f;
    for (let bits = 7; byte >= 0x80; bits += 7) {
      byte = postings[a++] ?? 0;
      aLength |= (byte & 0x7f) << bits;
    }
    const aPositions = a;
    a += aLength;
    const entry = unitEntry[aUnit] ?? 0;
    if (entry === last) continue;
    while (bUnit < aUnit && b < bEnd) {
      byte = postings[b++] ?? 0;
      value = byte & 0x7f;
      for (let bits = 7; byte >= 0x80; bits += 7) {
        byte = postings[b++] ?? 0;
        value |= (byte & 0x7f) << bits;
      }
      bUnit += value;
      byte = postings[b++] ?? 0;
      bLength = byte & 0x7f;
      for (let bits = 7; byte >= 0x80; bits += 7) {
        byte = postings[b++] ?? 0;
        bLength |= (byte & 0x7f) << bits;
      }
      bPositions = b;
      b += bLength;
    }
    if (bUnit !== aUnit) {
      if (bUnit < aUnit) return;
      continue;
    }
    // Merge the two ascending position lists: the lead's shifted by `shift`.
    let i = aPositions;
    let j = bPositions;
    const iEnd = aPositions + aLength;
    const jEnd = bPositions + bLength;
    let p = 0;
    let q = -1;
    let found = false;
    while (i < iEnd) {
      byte = postings[i++] ?? 0;
      value = byte & 0x7f;
      for (let bits = 7; byte >= 0x80; bits += 7) {
        byte = postings[i++] ?? 0;
        value |= (byte & 0x7f) << bits;
      }
      p += value;
      if (p < leadOffset) continue;
      const target = p + shift;
      while (q < target && j < jEnd) {
        byte = postings[j++] ?? 0;
        value = byte & 0x7f;
        for (let bits = 7; byte >= 0x80; bits += 7) {
          byte = postings[j++] ?? 0;
          value |= (byte & 0x7f) << bits;
        }
        q = q === -1 ? value : q + value;
      }
      if (q === target) {
        found = true;
        break;
      }
      if (q < target) break;
    }
    if (found) visit((last = entry));
  }
}
