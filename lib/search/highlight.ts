/**
 * Text with its matches, as pieces to render: plain text and marked text in turn. The page renders
 * each piece as React text (a `<mark>` around the marked ones), never as HTML, so a match inside
 * `<script>` is shown as the characters it is.
 */
import { parseQuery } from './query';
import type { MarkedText } from './snippets';

export interface TextPiece {
  text: string;
  marked: boolean;
}

/**
 * The pieces of `text`, in order. Ranges are clipped to the text, ranges out of order or
 * overlapping an earlier one are skipped, and empty pieces are left out: whatever the ranges,
 * the pieces joined give back the text.
 */
export function textPieces({ text, matches }: MarkedText): TextPiece[] {
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const match of matches) {
    const start = Math.max(at, Math.min(match.start, text.length));
    const end = Math.min(Math.max(match.end, start), text.length);
    if (end <= start) continue;
    if (start > at) pieces.push({ text: text.slice(at, start), marked: false });
    pieces.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), marked: false });
  return pieces;
}

/**
 * The folded terms to highlight for a query as typed (a link's `?hl=`): its included terms, or
 * none when the query cannot run. Excluded terms are not in the text, so never highlighted.
 */
export function highlightTerms(query: string): string[] {
  const parsed = parseQuery(query);
  return parsed.ok ? parsed.query.include.map((term) => term.text) : [];
}
