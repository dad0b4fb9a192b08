import type { ReactNode } from 'react';

const SLOT = '\u0000';

/**
 * A dictionary sentence around a piece of the source (`Shares the title's term “…”:`), with that
 * piece in an element of its own: the sentence is in the page's language, the piece as written
 * (`lang="ja"`). `sentence` must place its argument as it is.
 */
export function Sentence({ sentence, value, lang = 'ja' }: { sentence: (value: string) => string; value: string; lang?: string }): ReactNode {
  const [before = '', after = ''] = sentence(SLOT).split(SLOT);
  return (
    <>
      {before}
      <span lang={lang}>{value}</span>
      {after}
    </>
  );
}
