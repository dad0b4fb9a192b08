import type { DigestResult } from '../schema';
import type { Span } from '../source-text';

/**
 * The parts of the text that no entry span, header or diagnostic range accounts for. The parser
 * promises this is always empty: nothing of the input is lost without a word.
 */
export function uncoveredRanges(text: string, result: DigestResult): Span[] {
  const covered: Span[] = [
    ...(result.header ? [result.header] : []),
    ...result.events.map((event) => event.span),
    ...result.diagnostics.map((d) => ({ start: d.start, end: d.end })),
  ].sort((a, b) => a.start - b.start);
  const gaps: Span[] = [];
  let cursor = 0;
  for (const span of covered) {
    if (span.start > cursor) gaps.push({ start: cursor, end: span.start });
    cursor = Math.max(cursor, span.end);
  }
  if (cursor < text.length) gaps.push({ start: cursor, end: text.length });
  return gaps;
}
