import type { TextRange } from '@/lib/search/snippets';

/**
 * Text with its matches highlighted: plain React text, each range in a `<mark>`. The ranges are
 * offsets into `text` (lib/search/snippets.ts), sorted and never overlapping.
 */
export function MarkedText({ text, matches }: { text: string; matches: readonly TextRange[] }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  matches.forEach((range, index) => {
    if (range.start < at || range.end > text.length) return;
    if (range.start > at) parts.push(text.slice(at, range.start));
    parts.push(
      <mark key={index} className="rounded-sm bg-highlight px-0.5 text-ink">
        {text.slice(range.start, range.end)}
      </mark>,
    );
    at = range.end;
  });
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
