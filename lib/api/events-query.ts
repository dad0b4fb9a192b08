import type { ExplorerFilters, KnownValues } from '@/lib/explorer';
import { acceptedFilters, MAX_PAGE, MAX_QUERY_LENGTH, readFilterParams, rejectedInQueryOrder, valuesByParam, type DroppedValue } from '@/lib/url-params';

/** The parameters GET /api/events takes; any other is a 400, so that a typo never means "everything". */
export const EVENTS_QUERY_PARAMS = ['outlet', 'partner', 'q', 'kind', 'from', 'to', 'milestones'] as const;
export type EventsQueryParam = (typeof EVENTS_QUERY_PARAMS)[number];

/** One bad parameter of a request, as the 400 response lists it. */
export interface EventsQueryError {
  param: string;
  message: string;
}

export type EventsQueryResult = { ok: true; filters: ExplorerFilters } | { ok: false; errors: EventsQueryError[] };

/** Every value of every parameter, repeated parameters kept (`outlet=a&outlet=b`). */
export function queryRecord(params: URLSearchParams): Record<string, string[]> {
  return Object.fromEntries(valuesByParam(params));
}

/** Why a value was refused, in the API's words (the page says it in Japanese, lib/i18n/ja.ts). */
export function refusal({ param, value, reason }: DroppedValue): string {
  switch (reason) {
    case 'unknown-outlet':
      return `unknown outlet "${value}"`;
    case 'unknown-partner':
      return `unknown partner "${value}"`;
    case 'query-too-long':
      return `is longer than ${MAX_QUERY_LENGTH} characters`;
    case 'invalid-encoding':
      return 'is not valid UTF-8 percent-encoding';
    case 'unknown-kind':
      return 'must be news, statement or all';
    case 'unknown-order':
      return 'must be newest or relevance';
    case 'invalid-page':
      return `must be a whole number from 1 to ${MAX_PAGE}`;
    case 'invalid-date':
      return `"${value}" is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD naming a real day`;
    case 'reversed-range':
      return param === 'from' ? `"${value}" is after to` : `"${value}" is before from`;
    case 'invalid-window':
      return `"${value}" is not a window: expected START..END, each YYYY-MM-DD or YYYY-MM-DDTHH:MM, START first`;
    case 'invalid-milestones':
      return 'must be 1 or 0';
    case 'repeated':
      return 'given more than once';
    default:
      // The page's own parameters (event, window, view, page) are unknown parameters here.
      return `unknown ${param} "${value}"`;
  }
}

/** An error for each parameter not in `allowed`, in the order they first appear. */
export function unknownParams(values: ReadonlyMap<string, unknown>, allowed: readonly string[]): EventsQueryError[] {
  return [...values.keys()]
    .filter((key) => !allowed.includes(key))
    .map((key) => ({ param: key, message: `unknown parameter (expected ${allowed.join(', ')})` }));
}

/**
 * Reads and checks a query string for GET /api/events with the explorer's own readers
 * (lib/url-params): the same filters as the page's URL, but where the page drops a bad value
 * with a notice, the API refuses the request and names every bad parameter and value.
 */
export function parseEventsQuery(params: URLSearchParams, known: Pick<KnownValues, 'outlets' | 'partners'>): EventsQueryResult {
  const values = valuesByParam(params);
  const readings = readFilterParams(values, known);
  const errors = unknownParams(values, EVENTS_QUERY_PARAMS);
  for (const rejected of rejectedInQueryOrder(values, readings)) errors.push({ param: rejected.param, message: refusal(rejected) });
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, filters: acceptedFilters(readings) };
}
