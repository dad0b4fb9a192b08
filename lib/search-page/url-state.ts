/**
 * The search page's state in its URL, both ways: `/search?q=…&outlet=…&partner=…&kind=…&order=…&page=N`.
 * Every parameter is read by the explorer's own reader (lib/url-params); a rejected value is
 * dropped with a notice, as on the explorer. Pure: no data, no Node APIs.
 */
import { eventPermalink, explorerHref, initialState, statementPermalink, type ExplorerKind } from '@/lib/explorer';
import type { EntryKind, SearchOrder } from '@/lib/search';
import {
  readKind,
  readOrder,
  readOutlets,
  readPage,
  readPartners,
  readQuery,
  rejectedInQueryOrder,
  valuesByParam,
  type DroppedValue,
  type QueryInput,
} from '@/lib/url-params';

export const SEARCH_PATH = '/search';

export interface SearchPageState {
  /** The query as accepted by readQuery (trimmed), '' for none. */
  q: string;
  outlets: string[];
  partners: string[];
  kind: ExplorerKind | null;
  order: SearchOrder;
  page: number;
}

export interface ParsedSearchUrl {
  state: SearchPageState;
  dropped: DroppedValue[];
  /** The first `q` as given (untrimmed, unchecked), to show back in the search box; null without one. */
  typed: string | null;
}

export const initialSearchState: SearchPageState = { q: '', outlets: [], partners: [], kind: null, order: 'newest', page: 1 };

/** Reads the search page's state; unknown parameters are ignored, as on the explorer. Never throws. */
export function parseSearchUrl(input: QueryInput, known: { outlets: ReadonlySet<string>; partners: ReadonlySet<string> }): ParsedSearchUrl {
  const values = valuesByParam(input);
  const given = (param: string) => values.get(param) ?? [];
  const readings = {
    q: readQuery(given('q')),
    outlet: readOutlets(given('outlet'), known.outlets),
    partner: readPartners(given('partner'), known.partners),
    kind: readKind(given('kind')),
    order: readOrder(given('order')),
    page: readPage(given('page')),
  };
  return {
    state: {
      q: readings.q.value,
      outlets: readings.outlet.value,
      partners: readings.partner.value,
      kind: readings.kind.value,
      order: readings.order.value,
      page: readings.page.value,
    },
    dropped: rejectedInQueryOrder(values, readings),
    typed: given('q')[0] ?? null,
  };
}

/**
 * The canonical URL of a search page state, in the order q, outlet, partner, kind, order, page;
 * lists joined with commas; the defaults (newest first, page 1) left out.
 */
export function searchHref(state: SearchPageState): string {
  const parts: string[] = [];
  const q = state.q.trim();
  if (q !== '') parts.push(`q=${encodeURIComponent(q)}`);
  if (state.outlets.length > 0) parts.push(`outlet=${state.outlets.map(encodeURIComponent).join(',')}`);
  if (state.partners.length > 0) parts.push(`partner=${state.partners.map(encodeURIComponent).join(',')}`);
  if (state.kind) parts.push(`kind=${state.kind}`);
  if (state.order !== 'newest') parts.push(`order=${state.order}`);
  if (state.page > 1) parts.push(`page=${state.page}`);
  return parts.length > 0 ? `${SEARCH_PATH}?${parts.join('&')}` : SEARCH_PATH;
}

/** The page of an entry found: `/events/<id>` or `/statements/<slug>`. */
export function entryPermalink(kind: EntryKind, key: string): string {
  return kind === 'news' ? eventPermalink(key) : statementPermalink(key);
}

/**
 * Where a snippet leads: the entry's page, at the paragraph the snippet quotes (`#p-12`, `#qa-3`).
 * With `highlight` (the query as typed), the page marks its terms: `/statements/<slug>?hl=…#p-12`.
 */
export function snippetHref(kind: EntryKind, key: string, anchor: string | null, highlight?: string): string {
  const q = highlight?.trim();
  const query = q ? `?hl=${encodeURIComponent(q)}` : '';
  const fragment = anchor ? `#${encodeURIComponent(anchor)}` : '';
  return `${entryPermalink(kind, key)}${query}${fragment}`;
}

/** The entry in the explorer: `/?event=<id>`. */
export function explorerEntryHref(key: string): string {
  return explorerHref({ ...initialState, event: key });
}
