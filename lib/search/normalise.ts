/**
 * Text normalisation for full-text search, the same fold as the explorer's free-text filter
 * (lib/explorer/search.ts): NFKC (full-width Latin and digits → half-width, half-width katakana →
 * full-width), lower case, and all white space dropped, because the digest breaks words with
 * spaces and line wraps at random (`事務 総長`).
 *
 * The index and the query use `normaliseText`, one native pass over the whole string. Snippets
 * use `normaliseWithOffsets`, which folds the text piece by piece (a character with the combining
 * marks that follow it) and remembers where each folded character came from, so that a match in
 * the folded text can be shown in the text as written.
 */

/** The folded text: what the index stores and what a query term is compared with. */
export function normaliseText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
}

export interface NormalisedText {
  /** The folded text (equal to `normaliseText(original)` for all but exotic input). */
  text: string;
  /** For each UTF-16 unit of `text`: the start, in the original, of the piece it came from. */
  starts: Int32Array;
  /** For each UTF-16 unit of `text`: the end (exclusive), in the original, of that piece. */
  ends: Int32Array;
}

// Characters that belong to the one before them: combining marks (NFKC may compose them with
// it: か + ゙ → が) and the half-width sound marks (ｶﾞ → ガ).
const JOINS_PREVIOUS = /^[\p{M}\uFF9E\uFF9F]$/u;

function joinsPrevious(original: string, at: number, code: number): boolean {
  if (code < 0x300) return false;
  // Kana and CJK ideographs: only the two combining sound marks join.
  if (code >= 0x3040 && code < 0xa000) return code === 0x3099 || code === 0x309a;
  if (code >= 0xac00 && code <= 0xd7a3) return false;
  return JOINS_PREVIOUS.test(String.fromCodePoint(original.codePointAt(at) ?? code));
}

/** True for a character NFKC and lower-casing leave as it is (the bulk of Japanese text). */
function keptAsIs(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3041 && code <= 0x3096) ||
    (code >= 0x30a1 && code <= 0x30fc) ||
    (code >= 0x3001 && code <= 0x3002) ||
    (code >= 0x300c && code <= 0x300f)
  );
}

function codePointLength(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code >= 0xd800 && code <= 0xdbff && at + 1 < text.length) {
    const next = text.charCodeAt(at + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return 2;
  }
  return 1;
}

/** ASCII folds without NFKC: upper case to lower, white space dropped. */
function foldAscii(code: number): string {
  if (code >= 0x41 && code <= 0x5a) return String.fromCharCode(code + 32);
  if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) return '';
  return String.fromCharCode(code);
}

/** Folds `original` and keeps, for each folded unit, the range of the original it came from. */
export function normaliseWithOffsets(original: string): NormalisedText {
  const pieces: string[] = [];
  let length = 0;
  let capacity = Math.max(16, original.length + 8);
  let starts = new Int32Array(capacity);
  let ends = new Int32Array(capacity);
  let at = 0;
  const push = (folded: string, start: number, end: number, identity: boolean) => {
    if (length + folded.length > capacity) {
      capacity = 2 * capacity + folded.length;
      const grownStarts = new Int32Array(capacity);
      const grownEnds = new Int32Array(capacity);
      grownStarts.set(starts);
      grownEnds.set(ends);
      starts = grownStarts;
      ends = grownEnds;
    }
    for (let i = 0; i < folded.length; i++) {
      starts[length + i] = identity ? start + i : start;
      ends[length + i] = identity ? start + i + 1 : end;
    }
    pieces.push(folded);
    length += folded.length;
  };
  while (at < original.length) {
    // A run of characters the fold leaves as they are, copied in one piece.
    const run = at;
    while (at < original.length) {
      const code = original.charCodeAt(at);
      const plain = code < 0x80 ? !(code >= 0x41 && code <= 0x5a) && code !== 0x20 && !(code >= 0x09 && code <= 0x0d) : keptAsIs(code);
      if (!plain || (at + 1 < original.length && joinsPrevious(original, at + 1, original.charCodeAt(at + 1)))) break;
      at++;
    }
    if (at > run) push(original.slice(run, at), run, at, true);
    if (at >= original.length) break;

    const start = at;
    const code = original.charCodeAt(at);
    at += codePointLength(original, at);
    while (at < original.length && joinsPrevious(original, at, original.charCodeAt(at))) at += codePointLength(original, at);
    const single = at - start === 1;
    const folded =
      single && code < 0x80 ? foldAscii(code) : single && keptAsIs(code) ? original[start] ?? '' : normaliseText(original.slice(start, at));
    push(folded, start, at, false);
  }
  return { text: pieces.join(''), starts: starts.slice(0, length), ends: ends.slice(0, length) };
}

/**
 * The range of the original text that the folded range [start, end) came from. An empty range
 * maps to the point before the piece it stands at.
 */
export function toOriginalRange(normalised: NormalisedText, start: number, end: number): { start: number; end: number } {
  const { starts, ends, text } = normalised;
  if (text.length === 0) return { start: 0, end: 0 };
  const from = starts[Math.min(start, text.length - 1)] ?? 0;
  if (end <= start) return { start: from, end: from };
  return { start: from, end: ends[Math.min(end, text.length) - 1] ?? from };
}
