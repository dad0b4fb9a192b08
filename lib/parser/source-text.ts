import type { Diagnostic, DiagnosticCode, Severity } from './diagnostics';

/** A half-open range of offsets into a source text. */
export interface Span {
  start: number;
  end: number;
}

const EXCERPT_LIMIT = 80;
const LOW_SURROGATE = /[\uDC00-\uDFFF]/;

/**
 * Answers line/column questions about one source text. Line starts are computed once so that a
 * file with thousands of diagnostics stays linear.
 */
export class SourceText {
  readonly text: string;
  private readonly lineStarts: number[];

  constructor(text: string) {
    this.text = text;
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    this.lineStarts = starts;
  }

  /**
   * Where the last column count stopped. The digest is one line of megabytes: counting each
   * column from the line start would make n diagnostics cost n × line length. Diagnostics come
   * mostly in order, so counting on from the last one keeps the total linear.
   */
  private columnMemo = { line: -1, offset: 0, column: 1 };

  /** 1-based line and code-point column of an offset. */
  position(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    const memo = this.columnMemo;
    let from = this.lineStarts[low] ?? 0;
    let column = 1;
    const end = Math.min(offset, this.text.length);
    if (memo.line === low && memo.offset <= end) {
      from = memo.offset;
      column = memo.column;
    } else if (memo.line === low) {
      // Count back from the memo instead of forward from a line start that may be far away.
      const back = memo.column - this.characters(end, memo.offset);
      this.columnMemo = { line: low, offset: end, column: back };
      return { line: low + 1, column: back };
    }
    column += this.characters(from, end);
    this.columnMemo = { line: low, offset: end, column };
    return { line: low + 1, column };
  }

  /** Whether the text holds a surrogate pair's low half; found on the first column asked for. */
  private lowSurrogates: boolean | null = null;

  /**
   * The characters from `from` to `to`: code units, where a surrogate pair is one character to the
   * reader (its high half counts, its low half does not). Most texts have no pair at all, and
   * then the count is the difference of offsets, with no unit read.
   */
  private characters(from: number, to: number): number {
    this.lowSurrogates ??= LOW_SURROGATE.test(this.text);
    if (!this.lowSurrogates) return to - from;
    let count = 0;
    for (let i = from; i < to; i++) {
      const code = this.text.charCodeAt(i);
      if (code < 0xdc00 || code > 0xdfff) count++;
    }
    return count;
  }

  excerpt(span: Span): string {
    const raw = this.text.slice(span.start, Math.min(span.end, span.start + EXCERPT_LIMIT + 1));
    const flat = raw.replace(/\r?\n/g, '⏎');
    return span.end - span.start > EXCERPT_LIMIT ? `${flat.slice(0, EXCERPT_LIMIT)}…` : flat;
  }

  diagnostic(severity: Severity, code: DiagnosticCode, message: string, span: Span): Diagnostic {
    const { line, column } = this.position(span.start);
    return { severity, code, message, start: span.start, end: span.end, line, column, excerpt: this.excerpt(span) };
  }
}


/**
 * True for a UTF-16 unit that RegExp `\s` (and String.prototype.trim) treats as whitespace: the
 * same set as `/\s/.test(char)`, answered without a regex call or a one-character string, for
 * loops that look at every character.
 */
export function isWhitespaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

export function isBlank(text: string): boolean {
  return /^[\s\u3000\uFEFF]*$/.test(text);
}
