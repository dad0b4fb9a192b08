import type { ExplorerKind, ExplorerState, ExplorerView } from './types';

/** Longest free-text query kept from a URL, in characters. */
export const MAX_QUERY_LENGTH = 200;

export type UrlParam = 'outlet' | 'partner' | 'q' | 'kind' | 'event' | 'view' | 'page';

export type DroppedReason =
  | 'unknown-outlet'
  | 'unknown-partner'
  | 'query-too-long'
  | 'invalid-encoding'
  | 'unknown-kind'
  | 'unknown-view'
  | 'unknown-event'
  | 'invalid-page'
  | 'repeated';

/** A value of the query string that was not used, and why, so the page can say so. */
export interface DroppedValue {
  param: UrlParam;
  value: string;
  reason: DroppedReason;
}

/** The values a URL may name: anything else is dropped. */
export interface KnownValues {
  outlets: ReadonlySet<string>;
  partners: ReadonlySet<string>;
  /** Event ids and statement slugs (only `has` is asked). */
  ids: Pick<ReadonlySet<string>, 'has'>;
}

/** What Next gives a page as searchParams, or what the browser has in location.search. */
export type QueryInput = URLSearchParams | string | Readonly<Record<string, string | readonly string[] | undefined>>;

export interface ParsedExplorerUrl {
  state: ExplorerState;
  dropped: DroppedValue[];
}

function entriesOf(input: QueryInput): Array<[string, string]> {
  if (typeof input === 'string') return [...new URLSearchParams(input).entries()];
  if (input instanceof URLSearchParams) return [...input.entries()];
  const entries: Array<[string, string]> = [];
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue;
    for (const one of typeof value === 'string' ? [value] : value) entries.push([key, one]);
  }
  return entries;
}

const KINDS: readonly ExplorerKind[] = ['news', 'statement'];
const VIEWS: readonly ExplorerView[] = ['timeline', 'list'];
/** Highest page number a URL may ask for; a page past the last one shows the last one. */
const MAX_PAGE = 100_000;

/**
 * Reads the explorer's state from a query string:
 * `?outlet=KEY,KEY&partner=NATO,EU&q=TEXT&kind=news|statement&event=ID&view=list&page=N`.
 * Lists may also come as repeated parameters (`outlet=a&outlet=b`, as a plain GET form sends
 * them). Unknown outlets, partners and ids, a query over MAX_QUERY_LENGTH characters, an
 * unknown kind or view, a page that is not a whole number from 1, and a second
 * q/kind/event/view/page are dropped and reported; nothing throws.
 * Empty values and `kind=all` mean "no filter". Other parameters are ignored.
 */
export function parseExplorerUrl(input: QueryInput, known: KnownValues): ParsedExplorerUrl {
  const dropped: DroppedValue[] = [];
  const outlets: string[] = [];
  const partners: string[] = [];
  let q: string | undefined;
  let kind: ExplorerKind | null | undefined;
  let event: string | undefined;
  let view: ExplorerView | undefined;
  let page: number | undefined;

  // A single-valued parameter: the first non-empty value wins, a later one is reported.
  type Read<T> = { value: T } | 'empty' | 'invalid';
  const single = <T>(param: UrlParam, raw: string, seen: T | undefined, read: (value: string) => Read<T>): T | undefined => {
    const result = read(raw.trim());
    if (result === 'empty') return seen;
    if (seen !== undefined) {
      dropped.push({ param, value: raw, reason: 'repeated' });
      return seen;
    }
    return result === 'invalid' ? undefined : result.value;
  };

  for (const [key, raw] of entriesOf(input)) {
    switch (key) {
      case 'outlet':
      case 'partner': {
        const isOutlet = key === 'outlet';
        const list = isOutlet ? outlets : partners;
        for (const part of raw.split(',')) {
          const value = isOutlet ? part.trim().toLowerCase() : part.trim().toUpperCase();
          if (value === '' || list.includes(value)) continue;
          if ((isOutlet ? known.outlets : known.partners).has(value)) list.push(value);
          else dropped.push({ param: key, value: part.trim(), reason: isOutlet ? 'unknown-outlet' : 'unknown-partner' });
        }
        break;
      }
      case 'q':
        q = single('q', raw, q, (text) => {
          if (text === '') return 'empty';
          if ([...text].length > MAX_QUERY_LENGTH) {
            dropped.push({ param: 'q', value: text, reason: 'query-too-long' });
            return 'invalid';
          }
          // A broken percent-escape (%E3%81) decodes to U+FFFD: searching for it finds nothing and
          // hides the mistake, so the query is dropped and the page says why.
          if (text.includes('\uFFFD')) {
            dropped.push({ param: 'q', value: text, reason: 'invalid-encoding' });
            return 'invalid';
          }
          return { value: text };
        });
        break;
      case 'kind':
        kind = single<ExplorerKind | null>('kind', raw, kind, (text) => {
          const value = text.toLowerCase();
          if (value === '') return 'empty';
          if (value === 'all') return { value: null };
          if ((KINDS as readonly string[]).includes(value)) return { value: value as ExplorerKind };
          dropped.push({ param: 'kind', value: raw, reason: 'unknown-kind' });
          return 'invalid';
        });
        break;
      case 'event':
        event = single('event', raw, event, (value) => {
          if (value === '') return 'empty';
          if (known.ids.has(value)) return { value };
          dropped.push({ param: 'event', value: raw, reason: 'unknown-event' });
          return 'invalid';
        });
        break;
      case 'view':
        view = single('view', raw, view, (text) => {
          const value = text.toLowerCase();
          if (value === '') return 'empty';
          if ((VIEWS as readonly string[]).includes(value)) return { value: value as ExplorerView };
          dropped.push({ param: 'view', value: raw, reason: 'unknown-view' });
          return 'invalid';
        });
        break;
      case 'page':
        page = single('page', raw, page, (text) => {
          if (text === '') return 'empty';
          const value = /^\d{1,6}$/.test(text) ? Number(text) : NaN;
          if (value >= 1 && value <= MAX_PAGE) return { value };
          dropped.push({ param: 'page', value: raw, reason: 'invalid-page' });
          return 'invalid';
        });
        break;
      default:
        // Someone else's parameter (a tracker, a cache buster): not ours to judge.
        break;
    }
  }

  return {
    state: { outlets, partners, q: q ?? '', kind: kind ?? null, event: event ?? null, view: view ?? 'timeline', page: page ?? 1 },
    dropped,
  };
}

/**
 * The canonical query string of a state (with its `?`, or '' for the initial state), in the
 * order outlet, partner, q, kind, event, view, page; lists joined with commas. The page is
 * written only for the list view, and only from page 2.
 */
export function serializeExplorerState(state: ExplorerState): string {
  const parts: string[] = [];
  const list = (values: readonly string[]) => values.map(encodeURIComponent).join(',');
  if (state.outlets.length > 0) parts.push(`outlet=${list(state.outlets)}`);
  if (state.partners.length > 0) parts.push(`partner=${list(state.partners)}`);
  const q = state.q.trim();
  if (q !== '') parts.push(`q=${encodeURIComponent(q)}`);
  if (state.kind) parts.push(`kind=${state.kind}`);
  if (state.event) parts.push(`event=${encodeURIComponent(state.event)}`);
  if (state.view === 'list') parts.push('view=list');
  if (state.view === 'list' && state.page > 1) parts.push(`page=${state.page}`);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/** The home page URL of a state: `/` plus its query string. */
export function explorerHref(state: ExplorerState): string {
  return `/${serializeExplorerState(state)}`;
}

/** True when two states would give the same URL. */
export function sameExplorerState(a: ExplorerState, b: ExplorerState): boolean {
  return serializeExplorerState(a) === serializeExplorerState(b);
}
