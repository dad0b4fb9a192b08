import type { KnownValues } from '@/lib/explorer';
import { MAX_QUERY_LENGTH, parseQuery, type QueryProblem, type SearchOrder, type SearchQuery } from '@/lib/search';
import { parseSearchUrl, type SearchPageState } from '@/lib/search-page';
import { valuesByParam } from '@/lib/url-params';
import { refusal, unknownParams, type EventsQueryError } from './events-query';

/** The parameters GET /api/search takes; any other is a 400. */
export const SEARCH_QUERY_PARAMS = ['q', 'outlet', 'partner', 'kind', 'order', 'page'] as const;

/** Why the query language refused a `q`, in the API's words. */
const problems: Record<QueryProblem['code'], string> = {
  empty: 'is required',
  'too-long': `is longer than ${MAX_QUERY_LENGTH} characters`,
  'lone-surrogate': 'holds a lone surrogate',
  'only-exclusions': 'needs a term to look for besides the -exclusions',
};

export type SearchQueryResult =
  | { ok: true; query: SearchQuery; state: SearchPageState; order: SearchOrder }
  | { ok: false; errors: EventsQueryError[] };

/**
 * Reads and checks a query string for GET /api/search with the search page's readers: where the
 * page drops a bad value with a notice, the API refuses the request and names every bad
 * parameter. A missing or empty `q`, or one the query language refuses (only exclusions, a lone
 * surrogate), is an error too.
 */
export function parseSearchApiQuery(params: URLSearchParams, known: Pick<KnownValues, 'outlets' | 'partners'>): SearchQueryResult {
  const values = valuesByParam(params);
  const { state, dropped } = parseSearchUrl(params, known);
  const errors = [...unknownParams(values, SEARCH_QUERY_PARAMS), ...dropped.map((value) => ({ param: value.param, message: refusal(value) }))];
  const readable = !dropped.some((value) => value.param === 'q' && value.reason !== 'repeated');
  const parsed = parseQuery(state.q);
  if (readable && !parsed.ok) errors.push({ param: 'q', message: problems[parsed.problem.code] });
  if (errors.length > 0 || !parsed.ok) return { ok: false, errors };
  return { ok: true, query: parsed.query, state, order: state.order };
}
