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

/** Runs of Japanese script (kana, kanji, their punctuation and full-width forms) in a text. */
const JAPANESE_RUN = /[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]+(?:[\s\d=.,:;!?()-]*[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]+)*/gu;

/**
 * A text in another language that quotes the source as written (an English citation of a
 * Japanese title): each run of Japanese in it marked `lang="ja"`, so that it is read as Japanese.
 */
export function MixedText({ text }: { text: string }): ReactNode {
  const pieces: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(JAPANESE_RUN)) {
    if (match.index > last) pieces.push(text.slice(last, match.index));
    pieces.push(
      <span key={match.index} lang="ja">
        {match[0]}
      </span>,
    );
    last = match.index + match[0].length;
  }
  if (last < text.length) pieces.push(text.slice(last));
  return <>{pieces}</>;
}
