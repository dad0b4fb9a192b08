/** Longest short title, in characters (code points), before it is cut with an ellipsis. */
export const SHORT_TITLE_MAX = 18;
/** A first phrase shorter than this is too vague on its own (`日本`), so the next one is added. */
const SHORT_TITLE_MIN = 8;

/** A statement title ends with its date in brackets, `…を発表(8月28日)`: the timeline shows the date. */
const BRACKETED_DATE_END = /[(（]\s*\d{1,2}月\d{1,2}日\s*[)）]$/u;
/** The oldest entries quote the whole headline: 「日・NATO、初の『政治宣言』」. */
const QUOTED_WHOLE = /^「(.*)」$/u;
/** A phrase: a run of anything but spaces (ideographic ones too). */
const PHRASE = /[^\s\u3000]+/gu;

/** Code points in `text`: its length in UTF-16 units, less one per surrogate pair. */
function codePoints(text: string): number {
  let count = text.length;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    if (unit >= 0xdc00 && unit <= 0xdfff && index > 0) {
      const before = text.charCodeAt(index - 1);
      if (before >= 0xd800 && before <= 0xdbff) count--;
    }
  }
  return count;
}

/**
 * A few words for a timeline box. Digest headlines are phrases separated by spaces
 * (`NATO日本事務所開設を断念 当局者「もう協議せず」`): the first phrase is the headline's gist,
 * so phrases are taken until the title is long enough, then cut at SHORT_TITLE_MAX.
 *
 * The browser derives it for every entry as the items file is unpacked (lib/explorer/pack.ts),
 * so it reads only as many phrases as it keeps, and tries each pattern only where it can match.
 */
export function shortTitle(title: string, max: number = SHORT_TITLE_MAX): string {
  let cleaned = title.normalize('NFC').trim();
  const last = cleaned.at(-1);
  if (last === ')' || last === '）') cleaned = cleaned.replace(BRACKETED_DATE_END, '');
  if (cleaned.startsWith('「') && cleaned.endsWith('」')) cleaned = cleaned.replace(QUOTED_WHOLE, '$1');
  cleaned = cleaned.trim();
  let result = '';
  let length = 0;
  PHRASE.lastIndex = 0;
  for (let match = PHRASE.exec(cleaned); match !== null; match = PHRASE.exec(cleaned)) {
    result = result ? `${result} ${match[0]}` : match[0];
    length += (length > 0 ? 1 : 0) + codePoints(match[0]);
    if (length >= SHORT_TITLE_MIN) break;
  }
  if (length <= max) return result;
  return `${[...result].slice(0, max - 1).join('')}…`;
}
