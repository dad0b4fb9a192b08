/** Longest short title, in characters (code points), before it is cut with an ellipsis. */
export const SHORT_TITLE_MAX = 18;
/** A first phrase shorter than this is too vague on its own (`日本`), so the next one is added. */
const SHORT_TITLE_MIN = 8;

/**
 * A few words for a timeline box. Digest headlines are phrases separated by spaces
 * (`NATO日本事務所開設を断念 当局者「もう協議せず」`): the first phrase is the headline's gist,
 * so phrases are taken until the title is long enough, then cut at SHORT_TITLE_MAX.
 */
export function shortTitle(title: string, max: number = SHORT_TITLE_MAX): string {
  const cleaned = title
    .normalize('NFC')
    .trim()
    // A statement title ends with its date in brackets, `…を発表(8月28日)`: the timeline shows the date.
    .replace(/[(（]\s*\d{1,2}月\d{1,2}日\s*[)）]$/u, '')
    // The oldest entries quote the whole headline: 「日・NATO、初の『政治宣言』」.
    .replace(/^「(.*)」$/u, '$1')
    .trim();
  const phrases = cleaned.split(/[\s\u3000]+/u).filter((phrase) => phrase.length > 0);
  let result = '';
  for (const phrase of phrases) {
    result = result ? `${result} ${phrase}` : phrase;
    if ([...result].length >= SHORT_TITLE_MIN) break;
  }
  const chars = [...result];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : result;
}
