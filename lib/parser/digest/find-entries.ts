/**
 * Stage 1: find the entries. Every entry carries an `<YYMM-MMDDNN>` marker after its title; the
 * entry starts at the date that opens its head (`DATE [TIME] OUTLET TITLE`) and runs to the start
 * of the next entry. Everything else is the table header or residue: lines after the last entry, or
 * lines of their own between two entries (findStrayLines).
 */
import { isWhitespaceCode, type Span } from '../source-text';

export interface IdMarker {
  id: string;
  /** The marker with its angle brackets. */
  span: Span;
}

export interface EntryBounds {
  marker: IdMarker;
  /** Where the date opening the head was found, or null when no date could be found. */
  dateStart: number | null;
  /** Start of the entry (the date, or the marker when there is no date). */
  start: number;
  /** End of the entry's content (its summary), before the separator. */
  contentEnd: number;
  /** End of the entry including the separator up to the next entry. */
  end: number;
  /**
   * The start of an entry that was cut off (a head, or an ID marker, with nothing after it)
   * found at the end of this entry's summary; it runs to the old end of this entry.
   */
  truncated: Span | null;
}

export interface ResidueLine {
  /** From the line break that starts it to the end of the line. */
  span: Span;
  /** Between two entries, rather than after the last one. */
  between?: boolean;
}

export interface FoundEntries {
  /** Text before the first entry. */
  preamble: Span;
  entries: EntryBounds[];
  residue: ResidueLine[];
}

export const ID_MARKER = /<(\d{4}-\d{6})>/g;

/*
 * A head date is a date that can open an entry: YYYY.MM.DD or YYYY.MM:DD, at the start of the
 * text or after a blank, and followed by a blank. Date-like text glued to a word
 * (署名は2018.07.17) is not one. It is read by hand (findHeadDate, headDateAt), as the pattern
 * /(?<=^|[\s\u3000\uFEFF])(\d{4})[.:](\d{1,2})[.:](\d{1,2})(?=[\s\u3000])/ would match it: every
 * entry's head is searched for one, and a regex with a lookbehind scanned each window forwards.
 */

/** A head longer than this is not a head: the date found is probably inside a summary. */
export const MAX_HEAD_LENGTH = 400;

function isBlankChar(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x3000 || code === 0xfeff;
}

/**
 * Picks the date that opens the head of the entry whose marker ends `region`. Among the dates
 * in the region, the last one whose month and day agree with the ID wins (a summary's date-like
 * text comes before the next entry's own date); with no agreeing date, the last one. Only the
 * last MAX_HEAD_LENGTH characters are searched so that long summaries cost nothing extra.
 *
 * The search runs backwards from the marker and stops at the first agreeing date, which is
 * usually the head's own, a few dozen characters back. Scanning backwards finds the same dates
 * as scanning forwards: a date needs a blank before it and holds none, so two cannot overlap.
 */
function findHeadDate(text: string, regionStart: number, markerStart: number, id: string): number | null {
  const from = Math.max(regionStart, markerStart - MAX_HEAD_LENGTH);
  const wantMonth = Number(id.slice(5, 7));
  const wantDay = Number(id.slice(7, 9));
  let last: number | null = null;
  for (let position = markerStart - 1; position >= from; position--) {
    // The pattern's lookbehind: the window's start, or a blank before. A date right at the
    // window's cut (not the region's start) may be the tail of a longer number.
    const opensHere =
      position === from ? from === regionStart || isBlankChar(text.charCodeAt(from - 1)) : isWhitespaceCode(text.charCodeAt(position - 1));
    if (!opensHere) continue;
    const date = headDateAt(text, position, markerStart);
    if (!date) continue;
    last ??= position;
    if (date.month === wantMonth && date.day === wantDay) return position;
  }
  return last;
}

function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isDateSeparator(code: number): boolean {
  return code === 0x2e || code === 0x3a;
}

/**
 * The month and day of `(\d{4})[.:](\d{1,2})[.:](\d{1,2})(?=[\s\u3000])` at `at`, read before
 * `end`, as the head date pattern would match there: a two-digit field is tried first, then one digit.
 */
function headDateAt(text: string, at: number, end: number): { month: number; day: number } | null {
  if (at + 9 > end) return null;
  for (let i = at; i < at + 4; i++) if (!isAsciiDigit(text.charCodeAt(i))) return null;
  if (!isDateSeparator(text.charCodeAt(at + 4))) return null;
  const month = numberField(text, at + 5, end, isDateSeparator);
  if (!month) return null;
  const day = numberField(text, month.next + 1, end, isWhitespaceCode);
  if (!day) return null;
  return { month: month.value, day: day.value };
}

/** One or two digits at `at` followed by a character that `endsField` accepts, before `end`. */
function numberField(text: string, at: number, end: number, endsField: (code: number) => boolean): { value: number; next: number } | null {
  const first = text.charCodeAt(at);
  if (at >= end || !isAsciiDigit(first)) return null;
  const second = text.charCodeAt(at + 1);
  if (at + 2 < end && isAsciiDigit(second) && endsField(text.charCodeAt(at + 2))) return { value: (first - 0x30) * 10 + (second - 0x30), next: at + 2 };
  if (at + 1 < end && endsField(second)) return { value: first - 0x30, next: at + 1 };
  return null;
}

/**
 * A summary ends with its last sentence. What follows the last 。 and opens like an entry head (a
 * date, even a cut one such as `2025.06.2`) or is an unfinished `<ID` marker is the start of an
 * entry cut off before its marker: a truncated download or copy. Returns where it starts.
 */
const CUT_HEAD = /^[\s\u3000]*(\d{4}(?:[.:]\d{0,2}(?:[.:]\d{0,2})?)?)(?=[\s\u3000]|$)/;
const CUT_MARKER = /<\d{0,4}(?:-\d{0,6})?$/;
const SENTENCE_END = '。'.charCodeAt(0);

function findTruncatedEntry(text: string, summaryStart: number, contentEnd: number): number | null {
  // A loop back from the end of the summary, not lastIndexOf on the whole digest: the call costs
  // far more than the usual one step back to a final 。.
  let tailStart = summaryStart;
  for (let i = contentEnd - 1; i >= summaryStart; i--) {
    if (text.charCodeAt(i) === SENTENCE_END) {
      tailStart = i + 1;
      break;
    }
  }
  // Most summaries end with their 。: no tail, nothing cut off.
  if (tailStart >= contentEnd) return null;
  const tail = text.slice(tailStart, contentEnd);
  const head = CUT_HEAD.exec(tail);
  if (head) return tailStart + head[0].length - (head[1]?.length ?? 0);
  const marker = CUT_MARKER.exec(tail);
  return marker ? tailStart + marker.index : null;
}

/**
 * Where residue inside the table starts, if any: text on a line of its own after a summary's last
 * sentence (a stray `(Yahoo)` or title left between two entries, as when new entries are pasted
 * after the lines that end a digest). The table is one line, so a summary's sentences never start
 * a line; a line after the last 。 that is not a note or reference (【…】) is not the summary's.
 * A summary with no 。 at all gives no tail to judge, and nothing is taken from it.
 */
function findStrayLines(text: string, summaryStart: number, contentEnd: number): number | null {
  let tailStart = -1;
  for (let i = contentEnd - 1; i >= summaryStart; i--) {
    if (text.charCodeAt(i) === SENTENCE_END) {
      tailStart = i + 1;
      break;
    }
  }
  if (tailStart === -1) return null;
  // Searched within the tail only: the table is one line, and indexOf on the whole digest would
  // read to its end once per entry.
  let lineBreak = -1;
  for (let i = tailStart; i < contentEnd; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      lineBreak = i;
      break;
    }
  }
  if (lineBreak === -1) return null;
  let lineStart = lineBreak + 1;
  while (lineStart < contentEnd && isBlankChar(text.charCodeAt(lineStart))) lineStart++;
  if (lineStart >= contentEnd || text.startsWith('【', lineStart)) return null;
  // The residue starts at the start of its line, so that its diagnostic names column 1.
  const lineOpen = text.lastIndexOf('\n', lineStart - 1) + 1;
  return lineOpen;
}

function isBlankText(text: string, from: number, to: number = text.length): boolean {
  for (let i = from; i < to; i++) if (!isBlankChar(text.charCodeAt(i))) return false;
  return true;
}

/**
 * The lines after the last entry, one residue per non-blank line, each with its line break. A
 * blank line rides with the span before it, so that the residue spans and the last entry account
 * for every character and each residue starts at its own line.
 */
function splitResidue(text: string, from: number, to: number = text.length): { residue: ResidueLine[]; blankEnd: number } {
  const residue: ResidueLine[] = [];
  let blankEnd = from;
  let lineStart = from;
  while (lineStart < to) {
    const lineBreak = text.indexOf('\n', lineStart);
    const lineEnd = lineBreak === -1 || lineBreak >= to ? to : lineBreak + 1;
    const last = residue[residue.length - 1];
    if (!isBlankText(text, lineStart, lineEnd)) residue.push({ span: { start: lineStart, end: lineEnd } });
    else if (last) last.span.end = lineEnd;
    else blankEnd = lineEnd;
    lineStart = lineEnd;
  }
  return { residue, blankEnd };
}

export function findEntries(text: string): FoundEntries {
  const markers: IdMarker[] = [];
  for (const match of text.matchAll(ID_MARKER)) {
    markers.push({ id: match[1] ?? '', span: { start: match.index, end: match.index + match[0].length } });
  }

  const entries: EntryBounds[] = [];
  let regionStart = 0;
  for (const marker of markers) {
    const dateStart = findHeadDate(text, regionStart, marker.span.start, marker.id);
    entries.push({ marker, dateStart, start: dateStart ?? marker.span.start, contentEnd: 0, end: 0, truncated: null });
    regionStart = marker.span.end;
  }

  // Each entry ends where the next begins; the last one ends at the end of its line, and the
  // lines after it belong to no entry.
  const residue: ResidueLine[] = [];
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    const next = entries[i + 1];
    if (next) {
      entry.end = next.start;
    } else {
      const lineBreak = text.indexOf('\n', entry.marker.span.end);
      const after = splitResidue(text, lineBreak === -1 ? text.length : lineBreak + 1);
      entry.end = after.blankEnd;
      residue.push(...after.residue);
    }
    let contentEnd = entry.end;
    while (contentEnd > entry.marker.span.end && isBlankChar(text.charCodeAt(contentEnd - 1))) contentEnd--;
    entry.contentEnd = contentEnd;
    const cut = findTruncatedEntry(text, entry.marker.span.end, contentEnd);
    if (cut !== null) {
      entry.truncated = { start: cut, end: entry.end };
      entry.end = cut;
      let before = cut;
      while (before > entry.marker.span.end && isBlankChar(text.charCodeAt(before - 1))) before--;
      entry.contentEnd = before;
    } else if (next) {
      const stray = findStrayLines(text, entry.marker.span.end, entry.contentEnd);
      if (stray !== null) {
        const lines = splitResidue(text, stray, entry.end);
        residue.push(...lines.residue.map((line) => ({ ...line, between: true })));
        entry.end = stray;
        let before = stray;
        while (before > entry.marker.span.end && isBlankChar(text.charCodeAt(before - 1))) before--;
        entry.contentEnd = before;
      }
    }
  }

  const preamble = { start: 0, end: entries[0]?.start ?? text.length };
  return { preamble, entries, residue };
}
