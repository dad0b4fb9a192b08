/**
 * The search box's query language:
 *   - terms separated by white space (half- or full-width) must all occur (AND);
 *   - `"a quoted phrase"` must occur as written, after normalisation (so its spaces do not
 *     count, as everywhere in the search: `"Secretary of State"` also finds `Secretary of\nState`);
 *   - `-term` or `-"a phrase"` excludes the entries where it occurs.
 * Everything else is plain text: `.*`, `(`, `<b>` are looked for as characters. The parsed query is
 * only ever compared with `String.prototype.includes`, never turned into a RegExp.
 *
 * A query that cannot run is refused with a reason (`QueryProblem`); a query that runs after a
 * repair (an unclosed quote) carries a notice.
 */
import { normaliseText } from './normalise';

/**
 * The longest query, in characters (code points, not UTF-16 units: 150 astral characters are
 * within it), wherever a query is read: the search box, the explorer's `q`, the APIs. Longer
 * queries are refused before any other work, so that a huge paste costs nothing.
 */
export const MAX_QUERY_LENGTH = 200;

/** Whether a query is over MAX_QUERY_LENGTH characters; a huge string is not spread to count. */
export function isQueryTooLong(text: string): boolean {
  // A string over twice the limit in UTF-16 units is over it in code points too.
  return text.length > 2 * MAX_QUERY_LENGTH || (text.length > MAX_QUERY_LENGTH && [...text].length > MAX_QUERY_LENGTH);
}

export type QueryProblemCode = 'empty' | 'too-long' | 'lone-surrogate' | 'only-exclusions';
export type QueryNoticeCode = 'unclosed-quote' | 'empty-phrase' | 'empty-exclusion' | 'repeated-term';

export interface QueryProblem {
  code: QueryProblemCode;
  message: string;
  /** Where in the query, in UTF-16 units, when the problem has a place. */
  start: number | null;
}

export interface QueryNotice {
  code: QueryNoticeCode;
  message: string;
  start: number;
}

export interface QueryTerm {
  /** As typed, quotes and minus sign left out. */
  raw: string;
  /** Normalised (see normalise.ts): what is looked for. Never empty. */
  text: string;
  phrase: boolean;
}

export interface SearchQuery {
  /** Every one must occur in an entry. Never empty. */
  include: QueryTerm[];
  /** None may occur in an entry. */
  exclude: QueryTerm[];
  notices: QueryNotice[];
}

export type ParsedQuery = { ok: true; query: SearchQuery } | { ok: false; problem: QueryProblem };

/** What the reader is told, in Japanese; tests check the codes, not these words. */
export const queryMessages: Record<QueryProblemCode | QueryNoticeCode, string> = {
  empty: '検索語を入力してください。',
  'too-long': `検索語は${MAX_QUERY_LENGTH}文字までです。`,
  'lone-surrogate': '検索語に読み取れない文字が含まれています。',
  'only-exclusions': '除外する語（-語）のほかに、探す語を入力してください。',
  'unclosed-quote': '閉じていない引用符（"）は、語句の終わりまでを一つの語句として扱いました。',
  'empty-phrase': '空の引用符（""）は無視しました。',
  'empty-exclusion': '語のない「-」は無視しました。',
  'repeated-term': '同じ語が重ねて入力されていたため、一つにまとめました。',
};

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const SPACE = /\s/u;
// Straight quotes half- and full-width, and the curly pair a Japanese IME or a word processor types.
const QUOTE = new Set(['"', '＂', '“', '”']);
const MINUS = new Set(['-', '－']);

const problem = (code: QueryProblemCode, start: number | null = null): ParsedQuery => ({
  ok: false,
  problem: { code, message: queryMessages[code], start },
});

/** Parses what the reader typed. Never throws; runs in time linear in the (bounded) input. */
export function parseQuery(input: string): ParsedQuery {
  if (isQueryTooLong(input)) return problem('too-long', MAX_QUERY_LENGTH);
  const surrogate = LONE_SURROGATE.exec(input);
  if (surrogate) return problem('lone-surrogate', surrogate.index);
  if (input.trim().length === 0 || normaliseText(input).length === 0) return problem('empty');

  const include: QueryTerm[] = [];
  const exclude: QueryTerm[] = [];
  const notices: QueryNotice[] = [];
  const notice = (code: QueryNoticeCode, start: number) => notices.push({ code, message: queryMessages[code], start });
  const add = (raw: string, phrase: boolean, excluded: boolean, start: number) => {
    const text = normaliseText(raw);
    if (text.length === 0) {
      if (phrase) notice('empty-phrase', start);
      else if (excluded) notice('empty-exclusion', start);
      return;
    }
    const list = excluded ? exclude : include;
    if (list.some((term) => term.text === text)) notice('repeated-term', start);
    else list.push({ raw, text, phrase });
  };

  let at = 0;
  while (at < input.length) {
    const char = input[at] ?? '';
    if (SPACE.test(char)) {
      at++;
      continue;
    }
    const start = at;
    const excluded = MINUS.has(char);
    if (excluded) at++;
    if (QUOTE.has(input[at] ?? '')) {
      const open = at++;
      let close = at;
      while (close < input.length && !QUOTE.has(input[close] ?? '')) close++;
      if (close >= input.length) notice('unclosed-quote', open);
      add(input.slice(open + 1, close), true, excluded, start);
      at = close + 1;
      continue;
    }
    let end = at;
    while (end < input.length && !SPACE.test(input[end] ?? '') && !QUOTE.has(input[end] ?? '')) end++;
    add(input.slice(at, end), false, excluded, start);
    at = end;
  }

  if (include.length === 0) return exclude.length > 0 ? problem('only-exclusions') : problem('empty');
  return { ok: true, query: { include, exclude, notices } };
}
