/**
 * Stage 1: the source as lines. Every later stage works on these, so every value it produces can
 * be traced back to its offsets in the original text (BOM and CR included).
 */

/** One line of the source with the offsets of its visible content. */
export interface SourceLine {
  /** 0-based line number (the SourceText reports 1-based lines). */
  index: number;
  /** Offset of the first visible character (leading blanks, ideographic spaces and a BOM skipped). */
  start: number;
  /** Offset just after the last visible character (trailing blanks and CR excluded). */
  end: number;
  /** The visible content: `text.slice(start, end)` of the source. */
  text: string;
}

// Blanks as the sources use them, plus the BOM a file may start with.
const EDGE_BLANK = /[\s\u3000\uFEFF]/;

/** Splits a text at LF (a CR before it is treated as part of the break) and trims each line. */
export function splitLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let lineStart = 0;
  let index = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    let start = lineStart;
    let end = lineEnd;
    while (start < end && EDGE_BLANK.test(text.charAt(start))) start++;
    while (end > start && EDGE_BLANK.test(text.charAt(end - 1))) end--;
    lines.push({ index, start, end, text: text.slice(start, end) });
    index++;
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return lines;
}

export function isBlankLine(line: SourceLine): boolean {
  return line.text.length === 0;
}
