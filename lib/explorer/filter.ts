import { inDateRange } from '@/lib/url-params/date-range';
import { carriedTextMatcher, type TextMatcher } from './text-query';
import type { ExplorerFilters, ExplorerItem, ExplorerKind } from './types';

type Facet = 'outlet' | 'partner' | 'kind';

/**
 * A matcher for one set of filters.
 * `ignore` leaves one facet out: an option's count is taken under the *other* filters.
 *   - outlet: the item's outlet is one of the chosen (a statement has no outlet, so it never is);
 *   - partner: the item has at least one of the chosen partners;
 *   - q: the entry's full text holds the query (`text`, see text-query.ts);
 *   - kind: news or statement;
 *   - from/to: the entry's date lies in the range (date strings compared, no Date);
 *   - milestones: the entry is a milestone.
 */
function matcher(filters: ExplorerFilters, text: TextMatcher, ignore?: Facet): (item: ExplorerItem) => boolean {
  const outlets = new Set(filters.outlets);
  const partners = new Set(filters.partners);
  return (item) => {
    if (ignore !== 'outlet' && outlets.size > 0 && !(item.outlet && outlets.has(item.outlet.key))) return false;
    if (ignore !== 'partner' && partners.size > 0 && !item.partners.some((code) => partners.has(code))) return false;
    if (ignore !== 'kind' && filters.kind && item.kind !== filters.kind) return false;
    if (!inDateRange(item.date, filters.from, filters.to)) return false;
    if (filters.milestones && !item.milestone) return false;
    return text(item);
  };
}

/**
 * The items that pass every active filter, in their given order. `text` answers for `q`: the
 * server's index (lib/data) or the browser's matcher (text-query.ts); without it, only the texts
 * the items carry are read (a statement's body is not).
 */
export function filterItems<T extends ExplorerItem>(items: readonly T[], filters: ExplorerFilters, text: TextMatcher = carriedTextMatcher(filters.q)): T[] {
  return items.filter(matcher(filters, text));
}

/** True when any filter is active. */
export function hasActiveFilters(filters: ExplorerFilters): boolean {
  return (
    filters.outlets.length > 0 ||
    filters.partners.length > 0 ||
    filters.q.trim().length > 0 ||
    filters.kind !== null ||
    filters.from !== null ||
    filters.to !== null ||
    filters.milestones
  );
}

export interface OptionCounts {
  outlets: Map<string, number>;
  partners: Map<string, number>;
  kinds: Map<ExplorerKind, number>;
}

/**
 * How many items each option would show if it were chosen on top of the *other* active filters
 * (the usual faceted-search count: choosing NATO does not zero the EU's count).
 */
export function optionCounts(items: readonly ExplorerItem[], filters: ExplorerFilters, text: TextMatcher = carriedTextMatcher(filters.q)): OptionCounts {
  const outlets = new Map<string, number>();
  const partners = new Map<string, number>();
  const kinds = new Map<ExplorerKind, number>([
    ['news', 0],
    ['statement', 0],
  ]);
  const byOtherThanOutlet = matcher(filters, text, 'outlet');
  const byOtherThanPartner = matcher(filters, text, 'partner');
  const byOtherThanKind = matcher(filters, text, 'kind');
  for (const item of items) {
    if (item.outlet && byOtherThanOutlet(item)) outlets.set(item.outlet.key, (outlets.get(item.outlet.key) ?? 0) + 1);
    if (byOtherThanPartner(item)) {
      for (const code of new Set(item.partners)) partners.set(code, (partners.get(code) ?? 0) + 1);
    }
    if (byOtherThanKind(item)) kinds.set(item.kind, (kinds.get(item.kind) ?? 0) + 1);
  }
  return { outlets, partners, kinds };
}

/**
 * Adds or removes a value, keeping the list in the options' order so that the same choice always
 * gives the same URL.
 */
export function toggleValue(values: readonly string[], value: string, order: readonly string[]): string[] {
  const chosen = new Set(values);
  if (chosen.has(value)) chosen.delete(value);
  else chosen.add(value);
  const rank = (v: string) => {
    const index = order.indexOf(v);
    return index === -1 ? Number.MAX_SAFE_INTEGER : index;
  };
  return [...chosen].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}
