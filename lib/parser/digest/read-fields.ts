/**
 * Stage 2: read the fields of one entry: the head (`DATE [TIME] OUTLET TITLE`), the ID, and
 * the parts of the summary (refs, notes, HTML leftovers), each with its offsets.
 */
import { matchOutlet, type OutletMatch } from '../../gazetteer/outlet-match';
import { isWhitespaceCode, type Span } from '../source-text';
import type { EntryBounds } from './find-entries';

export interface DateField {
  year: number;
  month: number;
  day: number;
  /** The separators as written: `.` `.` normally, `.` `:` in `2023.05:13`. */
  raw: string;
  span: Span;
}

export interface TimeField {
  hour: number;
  minute: number;
  raw: string;
  span: Span;
}

export interface RefField {
  id: string;
  outlet: string;
  /** `YYYY.MM.DD` as written, or null. */
  date: { year: number; month: number; day: number } | null;
  span: Span;
}

export interface RawEntry {
  bounds: EntryBounds;
  id: string;
  date: DateField | null;
  time: TimeField | null;
  outlet: (OutletMatch & { span: Span }) | null;
  title: { text: string; span: Span };
  summary: {
    /** The whole summary region, trimmed. */
    span: Span;
    /** Summary text with refs, notes and leftovers taken out. */
    text: string;
    refs: RefField[];
    /** Malformed `【関連記事…】` blocks, kept in the text. */
    malformedRefs: Span[];
    notes: Array<{ text: string; span: Span }>;
    leftovers: Span[];
  };
}

/**
 * Sticky: tried at the head's start in the whole text, without slicing the head out. A date
 * cannot run past the head, which ends at the `<` of the ID marker.
 */
const DATE_AT = /(\d{4})([.:])(\d{1,2})([.:])(\d{1,2})/y;
const REF = /【関連記事[:：]\s*(\d{4}-\d{6})\s*[(（]\s*([^()（）\s]+(?:\s+[^()（）\s]+)*?)\s+(\d{4})[.:](\d{1,2})[.:](\d{1,2})\s*[)）]\s*】/g;
const REF_OPENING = /【関連記事/g;
const NOTE = /【註】/g;
/** `<td>`, `</td>`, `<br/>`, and the broken `/td>` the flattening left behind. */
const HTML_LEFTOVER = /(?:<\/?|(?<![<\w])\/)[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>【】]*)?\/?>/g;

/** Blanks are `[\s\u3000\uFEFF]`, which is RegExp's `\s`: tested by code, once per character. */
function skipBlanks(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isWhitespaceCode(text.charCodeAt(i))) i++;
  return i;
}

function trimEndIndex(text: string, from: number, to: number): number {
  let i = to;
  while (i > from && isWhitespaceCode(text.charCodeAt(i - 1))) i--;
  return i;
}

function isDigitAt(text: string, at: number, end: number): boolean {
  if (at >= end) return false;
  const code = text.charCodeAt(at);
  return code >= 0x30 && code <= 0x39;
}

/**
 * `H:MM` or `HH:MM` at `at`, followed by a blank or by `end` (the end of the head, or six
 * characters on): what `/^(\d{1,2}):(\d{2})(?=[\s\u3000]|$)/` finds in `text.slice(at, end)`, read
 * by hand because it is tried on every entry. The two-digit hour is tried first, as the greedy
 * `\d{1,2}` would.
 */
function timeAt(text: string, at: number, end: number): { hour: number; minute: number; length: number } | null {
  for (const hourDigits of [2, 1]) {
    const colon = at + hourDigits;
    const length = hourDigits + 3;
    if (!isDigitAt(text, at, end) || (hourDigits === 2 && !isDigitAt(text, at + 1, end))) continue;
    if (colon >= end || text.charCodeAt(colon) !== 0x3a) continue;
    if (!isDigitAt(text, colon + 1, end) || !isDigitAt(text, colon + 2, end)) continue;
    const after = at + length;
    if (after !== end && !(after < end && isWhitespaceCode(text.charCodeAt(after)))) continue;
    return { hour: Number(text.slice(at, colon)), minute: Number(text.slice(colon + 1, after)), length };
  }
  return null;
}

function readHead(text: string, bounds: EntryBounds): Pick<RawEntry, 'date' | 'time' | 'outlet' | 'title'> {
  const headEnd = bounds.marker.span.start;
  let cursor = bounds.start;
  let date: DateField | null = null;
  if (bounds.dateStart !== null) {
    DATE_AT.lastIndex = cursor;
    const match = DATE_AT.exec(text);
    if (match) {
      date = {
        year: Number(match[1]),
        month: Number(match[3]),
        day: Number(match[5]),
        raw: match[0],
        span: { start: cursor, end: cursor + match[0].length },
      };
      cursor = skipBlanks(text, cursor + match[0].length, headEnd);
    }
  }

  let time: TimeField | null = null;
  const timeMatch = date ? timeAt(text, cursor, Math.min(headEnd, cursor + 6)) : null;
  if (timeMatch) {
    const timeEnd = cursor + timeMatch.length;
    time = { hour: timeMatch.hour, minute: timeMatch.minute, raw: text.slice(cursor, timeEnd), span: { start: cursor, end: timeEnd } };
    cursor = skipBlanks(text, timeEnd, headEnd);
  }

  const headRest = text.slice(cursor, headEnd);
  const outletMatch = date ? matchOutlet(headRest) : null;
  let outlet: RawEntry['outlet'] = null;
  if (outletMatch) {
    // Spelled out rather than spread: a spread copies through a generic, much slower path.
    const { raw, key, name, nameEn, via, known } = outletMatch;
    outlet = { raw, key, name, nameEn, via, known, span: { start: cursor, end: cursor + raw.length } };
    cursor = skipBlanks(text, cursor + outletMatch.raw.length, headEnd);
  }

  const titleEnd = trimEndIndex(text, cursor, headEnd);
  return { date, time, outlet, title: { text: text.slice(cursor, titleEnd), span: { start: cursor, end: titleEnd } } };
}

interface Cut {
  span: Span;
  kind: 'ref' | 'note' | 'leftover';
}

const BLOCK_OPENING = '【'.charCodeAt(0);
const TAG_END = '>'.charCodeAt(0);

/**
 * Whether text[from…to) holds a 【 or a >. One loop over the character codes: two indexOf calls
 * on a slice of the digest cost several times more (~35 ms per 100k entries in the profile).
 */
function containsBlockOrTagEnd(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === BLOCK_OPENING || code === TAG_END) return true;
  }
  return false;
}

function readSummary(text: string, bounds: EntryBounds): RawEntry['summary'] {
  const start = skipBlanks(text, bounds.marker.span.end, bounds.contentEnd);
  const end = bounds.contentEnd;
  const region = text.slice(start, end);
  // Refs, notes and malformed refs all open with 【, and every HTML leftover ends with >: most
  // summaries have neither, so there is nothing to cut and the text is the region trimmed
  // (what joinKept gives for no cuts), without four regex scans.
  if (!containsBlockOrTagEnd(text, start, end)) {
    return { span: { start, end }, text: region.trim(), refs: [], malformedRefs: [], notes: [], leftovers: [] };
  }

  const cuts: Cut[] = [];
  const refs: RefField[] = [];
  for (const match of region.matchAll(REF)) {
    const span = { start: start + match.index, end: start + match.index + match[0].length };
    refs.push({
      id: match[1] ?? '',
      outlet: match[2] ?? '',
      date: { year: Number(match[3]), month: Number(match[4]), day: Number(match[5]) },
      span,
    });
    cuts.push({ span, kind: 'ref' });
  }
  const malformedRefs: Span[] = [];
  for (const match of region.matchAll(REF_OPENING)) {
    const at = start + match.index;
    if (refs.some((ref) => ref.span.start === at)) continue;
    const close = region.indexOf('】', match.index);
    malformedRefs.push({ start: at, end: close === -1 ? at + match[0].length : start + close + 1 });
  }

  for (const match of region.matchAll(HTML_LEFTOVER)) {
    const span = { start: start + match.index, end: start + match.index + match[0].length };
    if (!cuts.some((cut) => cut.span.start <= span.start && span.end <= cut.span.end)) cuts.push({ span, kind: 'leftover' });
  }

  // A note runs from 【註】 to the next 【…】 block or the end of the summary.
  const notes: RawEntry['summary']['notes'] = [];
  for (const match of region.matchAll(NOTE)) {
    const noteStart = start + match.index;
    const nextBlock = region.indexOf('【', match.index + match[0].length);
    const noteEnd = nextBlock === -1 ? end : start + nextBlock;
    const bodyStart = skipBlanks(text, noteStart + match[0].length, noteEnd);
    const bodyEnd = trimEndIndex(text, bodyStart, noteEnd);
    const leftoversInside = cuts.filter((c) => c.kind === 'leftover' && c.span.start >= bodyStart && c.span.end <= bodyEnd);
    notes.push({ text: joinKept(text, { start: bodyStart, end: bodyEnd }, leftoversInside), span: { start: noteStart, end: noteEnd } });
    cuts.push({ span: { start: noteStart, end: noteEnd }, kind: 'note' });
  }

  const leftovers = cuts.filter((c) => c.kind === 'leftover').map((c) => c.span);
  const outer = cuts.filter((cut) => !cuts.some((other) => other !== cut && other.span.start <= cut.span.start && cut.span.end <= other.span.end));
  return { span: { start, end }, text: joinKept(text, { start, end }, outer), refs, malformedRefs, notes, leftovers };
}

/**
 * The text of `range` without the cut spans. Where a cut is removed, the blanks around it become
 * one space when there were any (none when the cut was glued to both neighbours, and none at the
 * edges), so `…合意した。 【関連記事…】 NATOの…` reads `…合意した。 NATOの…`; all other spacing is
 * kept as written.
 */
function joinKept(text: string, range: Span, cuts: Array<{ span: Span }>): string {
  const sorted = [...cuts].sort((a, b) => a.span.start - b.span.start);
  let result = '';
  let pendingSpace = false;
  let cursor = range.start;
  const append = (piece: string) => {
    // trim() removes exactly `[\s\u3000]` from both ends: RegExp's \s includes U+3000.
    const core = piece.trim();
    if (core.length === 0) {
      if (piece.length > 0) pendingSpace = true;
      return;
    }
    const leadingBlank = core.length > 0 && piece[0] !== core[0];
    if (result.length > 0 && (pendingSpace || leadingBlank)) result += ' ';
    result += core;
    pendingSpace = piece.length > 0 && piece[piece.length - 1] !== core[core.length - 1];
  };
  for (const cut of sorted) {
    if (cut.span.start > cursor) append(text.slice(cursor, cut.span.start));
    cursor = Math.max(cursor, cut.span.end);
  }
  if (cursor < range.end) append(text.slice(cursor, range.end));
  return result;
}

export function readFields(text: string, bounds: EntryBounds): RawEntry {
  return {
    bounds,
    id: bounds.marker.id,
    ...readHead(text, bounds),
    summary: readSummary(text, bounds),
  };
}
