/**
 * One reader per URL parameter of the explorer and the search page, shared by the pages
 * (lib/explorer/url-state.ts, lib/search-page/url-state.ts), which drop a rejected value with a
 * notice, and by GET /api/events and /api/search (lib/api/), which refuse the request with the
 * reasons. A reader takes every value the parameter was given,
 * in order, and returns the value it accepts with the reasons for each value it does not. Pure,
 * no dependencies: the browser runs them too.
 */
import type { ExplorerFilters, ExplorerKind, ExplorerView } from '@/lib/explorer/types';
import type { SearchOrder } from '@/lib/search/search';
import { isQueryTooLong } from '@/lib/search/query';
import { isPeriod, periodFirstDay, periodLastDay } from './date-range';
import { isWindowText } from './window';

export { MAX_QUERY_LENGTH } from '@/lib/search/query';

/** Highest page number a URL may ask for; a page past the last one shows the last one. */
export const MAX_PAGE = 100_000;

export type UrlParam = 'outlet' | 'partner' | 'q' | 'kind' | 'from' | 'to' | 'milestones' | 'event' | 'view' | 'page' | 'order' | 'window';

export type DroppedReason =
  | 'unknown-outlet'
  | 'unknown-partner'
  | 'query-too-long'
  | 'invalid-encoding'
  | 'unknown-kind'
  | 'unknown-view'
  | 'unknown-event'
  | 'invalid-page'
  | 'unknown-order'
  /** `from`/`to` that is not YYYY, YYYY-MM or YYYY-MM-DD naming a real date. */
  | 'invalid-date'
  /** `from` after `to`: both are dropped, rather than guessing which one is wrong. */
  | 'reversed-range'
  /** `milestones` other than 1 or 0. */
  | 'invalid-milestones'
  /** `window` that is not two instants (YYYY-MM-DD[THH:MM]) joined by `..`, the first before the second. */
  | 'invalid-window'
  | 'repeated';

/** A value of the query string that was not used, and why, so the page can say so. */
export interface DroppedValue {
  param: UrlParam;
  value: string;
  reason: DroppedReason;
}

/** What a reader makes of one parameter's values: the accepted value and every rejected one. */
export interface ParamReading<T> {
  value: T;
  rejected: DroppedValue[];
}

/**
 * A list parameter: comma-separated and/or repeated values, each normalised, kept once and only
 * when `known` has it. A rejected value is reported as written (trimmed).
 */
function readList(param: 'outlet' | 'partner', values: readonly string[], known: ReadonlySet<string>, normalise: (value: string) => string): ParamReading<string[]> {
  const accepted: string[] = [];
  const rejected: DroppedValue[] = [];
  for (const raw of values) {
    for (const part of raw.split(',')) {
      const written = part.trim();
      const value = normalise(written);
      if (value === '' || accepted.includes(value)) continue;
      if (known.has(value)) accepted.push(value);
      else rejected.push({ param, value: written, reason: param === 'outlet' ? 'unknown-outlet' : 'unknown-partner' });
    }
  }
  return { value: accepted, rejected };
}

/** How a single-valued parameter reads one trimmed value: a value, nothing, or a rejection. */
type SingleRead<T> = { value: T } | 'empty' | { reason: DroppedReason };

/**
 * A parameter that takes one value: the first accepted value wins and a later non-empty one is
 * reported as repeated (as written); empty values are silently no value. A rejected value is
 * reported trimmed and does not count as the first, so a valid one after it is still taken.
 */
function readSingle<T>(param: UrlParam, values: readonly string[], fallback: T, read: (text: string) => SingleRead<T>): ParamReading<T> {
  let accepted: { value: T } | undefined;
  const rejected: DroppedValue[] = [];
  for (const raw of values) {
    const result = read(raw.trim());
    if (result === 'empty') continue;
    if ('reason' in result) rejected.push({ param, value: raw.trim(), reason: result.reason });
    if (accepted) rejected.push({ param, value: raw, reason: 'repeated' });
    else if ('value' in result) accepted = result;
  }
  return { value: accepted ? accepted.value : fallback, rejected };
}

/** `outlet`: outlet keys, in any case, that `known` has. */
export function readOutlets(values: readonly string[], known: ReadonlySet<string>): ParamReading<string[]> {
  return readList('outlet', values, known, (value) => value.toLowerCase());
}

/** `partner`: partner codes, in any case, that `known` has. */
export function readPartners(values: readonly string[], known: ReadonlySet<string>): ParamReading<string[]> {
  return readList('partner', values, known, (value) => value.toUpperCase());
}

/** `q`: free text of at most MAX_QUERY_LENGTH characters (not bytes), trimmed; '' for none. */
export function readQuery(values: readonly string[]): ParamReading<string> {
  return readSingle<string>('q', values, '', (text) => {
    if (text === '') return 'empty';
    if (isQueryTooLong(text)) return { reason: 'query-too-long' };
    // URLSearchParams turns a broken percent-escape (%E3%81) into U+FFFD: searching for it would
    // find nothing and hide the mistake.
    if (text.includes('\uFFFD')) return { reason: 'invalid-encoding' };
    return { value: text };
  });
}

const KINDS: readonly ExplorerKind[] = ['news', 'statement'];
const VIEWS: readonly ExplorerView[] = ['timeline', 'list'];

/** `kind`: news or statement, in any case; `all` is no filter (null). */
export function readKind(values: readonly string[]): ParamReading<ExplorerKind | null> {
  return readSingle<ExplorerKind | null>('kind', values, null, (text) => {
    const value = text.toLowerCase();
    if (value === '') return 'empty';
    if (value === 'all') return { value: null };
    return KINDS.find((kind) => kind === value) ? { value: value as ExplorerKind } : { reason: 'unknown-kind' };
  });
}

/** `event`: an event id or a statement slug that `ids` has; null for none. */
export function readEvent(values: readonly string[], ids: Pick<ReadonlySet<string>, 'has'>): ParamReading<string | null> {
  return readSingle<string | null>('event', values, null, (value) => {
    if (value === '') return 'empty';
    return ids.has(value) ? { value } : { reason: 'unknown-event' };
  });
}

/** `view`: timeline (the default) or list, in any case. */
export function readView(values: readonly string[]): ParamReading<ExplorerView> {
  return readSingle<ExplorerView>('view', values, 'timeline', (text) => {
    const value = text.toLowerCase();
    if (value === '') return 'empty';
    return VIEWS.find((view) => view === value) ? { value: value as ExplorerView } : { reason: 'unknown-view' };
  });
}

/** `page`: a whole number from 1 to MAX_PAGE, in ASCII digits; 1 for none. */
export function readPage(values: readonly string[]): ParamReading<number> {
  return readSingle<number>('page', values, 1, (text) => {
    if (text === '') return 'empty';
    const value = /^\d{1,6}$/.test(text) ? Number(text) : NaN;
    return value >= 1 && value <= MAX_PAGE ? { value } : { reason: 'invalid-page' };
  });
}

const ORDERS: readonly SearchOrder[] = ['newest', 'relevance'];

/** `order`: newest (the default) or relevance, in any case. */
export function readOrder(values: readonly string[]): ParamReading<SearchOrder> {
  return readSingle<SearchOrder>('order', values, 'newest', (text) => {
    const value = text.toLowerCase();
    if (value === '') return 'empty';
    return ORDERS.find((order) => order === value) ? { value: value as SearchOrder } : { reason: 'unknown-order' };
  });
}

/**
 * `from` or `to`: a year, month or day (`2023`, `2023-05`, `2023-05-13`) naming a real date
 * (lib/url-params/date-range.ts), kept as written; null for none.
 */
export function readDate(param: 'from' | 'to', values: readonly string[]): ParamReading<string | null> {
  return readSingle<string | null>(param, values, null, (text) => {
    if (text === '') return 'empty';
    return isPeriod(text) ? { value: text } : { reason: 'invalid-date' };
  });
}

/**
 * `from` and `to` together: when the start of `from`'s period is after the end of `to`'s, both
 * are dropped with 'reversed-range' (swapping them would guess at a typo and hide it).
 */
export function readDateRange(fromValues: readonly string[], toValues: readonly string[]): { from: ParamReading<string | null>; to: ParamReading<string | null> } {
  const from = readDate('from', fromValues);
  const to = readDate('to', toValues);
  if (from.value === null || to.value === null || periodFirstDay(from.value) <= periodLastDay(to.value)) return { from, to };
  return {
    from: { value: null, rejected: [...from.rejected, { param: 'from', value: from.value, reason: 'reversed-range' }] },
    to: { value: null, rejected: [...to.rejected, { param: 'to', value: to.value, reason: 'reversed-range' }] },
  };
}

/** `milestones`: 1 shows only the milestones, 0 (the default) everything. */
export function readMilestones(values: readonly string[]): ParamReading<boolean> {
  return readSingle<boolean>('milestones', values, false, (text) => {
    if (text === '') return 'empty';
    if (text === '1') return { value: true };
    if (text === '0') return { value: false };
    return { reason: 'invalid-milestones' };
  });
}

/**
 * `window`: the timeline's visible window, `START..END`, each a local day `YYYY-MM-DD` or a local
 * minute `YYYY-MM-DDTHH:MM` (lib/url-params/window.ts), START before END; kept as written, null
 * for none (the timeline then frames the results).
 */
export function readWindow(values: readonly string[]): ParamReading<string | null> {
  return readSingle<string | null>('window', values, null, (text) => {
    if (text === '') return 'empty';
    return isWindowText(text) ? { value: text } : { reason: 'invalid-window' };
  });
}

/** The readings of the filter parameters, which the page and the API both take. */
export interface FilterReadings {
  outlet: ParamReading<string[]>;
  partner: ParamReading<string[]>;
  q: ParamReading<string>;
  kind: ParamReading<ExplorerKind | null>;
  from: ParamReading<string | null>;
  to: ParamReading<string | null>;
  milestones: ParamReading<boolean>;
}

/** Reads outlet, partner, q, kind, from, to and milestones from a query's values (valuesByParam). */
export function readFilterParams(values: ReadonlyMap<string, readonly string[]>, known: { outlets: ReadonlySet<string>; partners: ReadonlySet<string> }): FilterReadings {
  return {
    outlet: readOutlets(values.get('outlet') ?? [], known.outlets),
    partner: readPartners(values.get('partner') ?? [], known.partners),
    q: readQuery(values.get('q') ?? []),
    kind: readKind(values.get('kind') ?? []),
    ...readDateRange(values.get('from') ?? [], values.get('to') ?? []),
    milestones: readMilestones(values.get('milestones') ?? []),
  };
}

/** The filters the filter readings accept. */
export function acceptedFilters({ outlet, partner, q, kind, from, to, milestones }: FilterReadings): ExplorerFilters {
  return { outlets: outlet.value, partners: partner.value, q: q.value, kind: kind.value, from: from.value, to: to.value, milestones: milestones.value };
}

/**
 * The rejected values of several readings, parameter by parameter in the order the parameters
 * first appear in the query (`values`, from valuesByParam).
 */
export function rejectedInQueryOrder(values: ReadonlyMap<string, unknown>, readings: Partial<Record<UrlParam, ParamReading<unknown>>>): DroppedValue[] {
  return [...values.keys()].flatMap((key) => (Object.hasOwn(readings, key) ? (readings[key as UrlParam]?.rejected ?? []) : []));
}
