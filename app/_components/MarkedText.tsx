// Not the lib/search barrel: that would bring the index and, through the statement anchors, the
// parser and zod into the browser bundle (zod's eval probe breaks the nonce policy).
import { textPieces } from '@/lib/search/highlight';
import type { MarkedText as Marked, Snippet } from '@/lib/search/snippets';

/** How a match looks: a background and a weight, so that colour is not all that shows it. */
export const markClass = 'rounded-sm bg-mark font-semibold text-ink';

/** Text with its matches in `<mark>`, as React text (never HTML). */
export function MarkedText({ text, matches }: Marked) {
  if (matches.length === 0) return <>{text}</>;
  return (
    <>
      {textPieces({ text, matches }).map((piece, index) =>
        piece.marked ? (
          <mark key={index} className={markClass}>
            {piece.text}
          </mark>
        ) : (
          piece.text
        ),
      )}
    </>
  );
}

/** A snippet's text: its matches marked, and an ellipsis where it was cut out of a longer text. */
export function SnippetText({ snippet }: { snippet: Pick<Snippet, 'text' | 'matches' | 'clippedStart' | 'clippedEnd'> }) {
  return (
    <>
      {snippet.clippedStart ? '…' : null}
      <MarkedText text={snippet.text} matches={snippet.matches} />
      {snippet.clippedEnd ? '…' : null}
    </>
  );
}
