/**
 * The explorer's state in its URL, both ways: read (with what was dropped, for the notice) and
 * written back in one canonical form.
 */
import type { ExplorerState } from './types';

import {
  acceptedFilters,
  readEvent,
  readFilterParams,
  readPage,
  readView,
  readWindow,
  rejectedInQueryOrder,
  valuesByParam,
  type DroppedValue,
  type QueryInput,
} from '@/lib/url-params';

export { MAX_QUERY_LENGTH, type DroppedReason, type DroppedValue, type QueryInput, type UrlParam } from '@/lib/url-params';

/** The values a URL may name: anything else is dropped. */
export interface KnownValues {
  outlets: ReadonlySet<string>;
  partners: ReadonlySet<string>;
  /** Event ids and statement slugs (only `has` is asked). */
  ids: Pick<ReadonlySet<string>, 'has'>;
}

export interface ParsedExplorerUrl {
  state: ExplorerState;
  dropped: DroppedValue[];
}

/**
 * Reads the explorer's state from a query string:
 * `?outlet=KEY,KEY&partner=NATO,EU&q=TEXT&kind=news|statement&from=YYYY[-MM[-DD]]&to=…&milestones=1&event=ID&window=START..END&view=list&page=N`,
 * each parameter with its reader in lib/url-params. Lists may also come as repeated parameters
 * (`outlet=a&outlet=b`, as a plain GET form sends them). Unknown outlets, partners and ids, a
 * query over MAX_QUERY_LENGTH characters, an unknown kind or view, a from/to that is not a real
 * date (both when from is after to), a milestones other than 1/0, a page that is not a whole
 * number from 1, and a second q/kind/event/view/page are dropped and reported, parameter by
 * parameter in the order they first appear; nothing throws.
 * Empty values and `kind=all` mean "no filter". Other parameters are ignored: they are someone
 * else's (a tracker, a cache buster), not ours to judge.
 */
export function parseExplorerUrl(input: QueryInput, known: KnownValues): ParsedExplorerUrl {
  const values = valuesByParam(input);
  const given = (param: string) => values.get(param) ?? [];
  const readings = {
    ...readFilterParams(values, known),
    event: readEvent(given('event'), known.ids),
    view: readView(given('view')),
    page: readPage(given('page')),
    window: readWindow(given('window')),
  };
  return {
    state: { ...acceptedFilters(readings), event: readings.event.value, view: readings.view.value, page: readings.page.value, window: readings.window.value },
    dropped: rejectedInQueryOrder(values, readings),
  };
}

/**
 * The canonical query string of a state (with its `?`, or '' for the initial state), in the
 * order outlet, partner, q, kind, from, to, milestones, event, window, view, page; lists joined with
 * commas. The window is kept in the list view too (back on the timeline, it opens there); the page
 * is written only for the list view, and only from page 2.
 */
export function serializeExplorerState(state: ExplorerState): string {
  const parts: string[] = [];
  const list = (values: readonly string[]) => values.map(encodeURIComponent).join(',');
  if (state.outlets.length > 0) parts.push(`outlet=${list(state.outlets)}`);
  if (state.partners.length > 0) parts.push(`partner=${list(state.partners)}`);
  const q = state.q.trim();
  if (q !== '') parts.push(`q=${encodeURIComponent(q)}`);
  if (state.kind) parts.push(`kind=${state.kind}`);
  if (state.from) parts.push(`from=${encodeURIComponent(state.from)}`);
  if (state.to) parts.push(`to=${encodeURIComponent(state.to)}`);
  if (state.milestones) parts.push('milestones=1');
  if (state.event) parts.push(`event=${encodeURIComponent(state.event)}`);
  if (state.window) parts.push(`window=${state.window}`);
  if (state.view === 'list') parts.push('view=list');
  if (state.view === 'list' && state.page > 1) parts.push(`page=${state.page}`);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/** The URL of a state: the home page (or `path`, the playground's preview) plus its query string. */
export function explorerHref(state: ExplorerState, path = '/'): string {
  return `${path}${serializeExplorerState(state)}`;
}

