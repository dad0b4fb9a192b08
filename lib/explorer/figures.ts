import { countYearGroups, type GroupCounts } from '@/lib/charts/year-groups';
import { optionCounts, filterItems, type OptionCounts } from './filter';
import { adjacentInTimeOrder, sortByTime } from './navigation';
import { carriedTextMatcher, type TextMatcher } from './text-query';
import { packExplorerItems, unpackExplorerItems, type PackedExplorerItems } from './pack';
import { LIST_PAGE_SIZE, type ExplorerFilters, type ExplorerItem, type ExplorerKind, type ExplorerState } from './types';

/**
 * Everything the explorer's page shows that depends on the filters, apart from the timeline
 * itself: counts, the year index, the list's page, the selected entry and its neighbours.
 *
 * The browser computes these from all the items once it has them (they come as a separate,
 * cacheable JSON file: see app/api/explorer-items). Until then, and for readers without
 * JavaScript, it shows the same figures computed by the server for the URL's state and sent
 * with the page as a small snapshot. Both come from `filterEntries` and `explorerFigures`, so
 * they cannot disagree.
 */
export interface ExplorerFigures {
  total: number;
  /** Entries that pass the filters. */
  visibleCount: number;
  counts: OptionCounts;
  /** Visible entries per year, oldest year first. */
  yearCounts: Array<[year: string, count: number]>;
  /** The same, by partner group (lib/charts/year-groups.ts): the year index's stacked bars. */
  yearGroupCounts: Array<[year: string, counts: GroupCounts]>;
  /** The list page that holds each year's newest visible entry. */
  listPageOfYear: Map<string, number>;
  /** The list view's page (empty in the timeline view), newest first. */
  listPage: { entries: ExplorerItem[]; page: number; pageCount: number; first: number };
  selected: ExplorerItem | null;
  /** False when the selected entry is hidden by the filters. */
  selectedVisible: boolean;
  /** The visible entries just before and after the selected one, in time order. */
  previous: ExplorerItem | null;
  next: ExplorerItem | null;
}

/** The part of the figures that depends on the filters alone: the costly part, computed once per filter change. */
export interface FilteredEntries {
  total: number;
  itemById: ReadonlyMap<string, ExplorerItem>;
  /** Entries that pass the filters, oldest first (the timeline's order). */
  visible: ExplorerItem[];
  /** The same, newest first (the list's order). */
  newestFirst: ExplorerItem[];
  counts: OptionCounts;
  yearCounts: Array<[year: string, count: number]>;
  yearGroupCounts: Array<[year: string, counts: GroupCounts]>;
  listPageOfYear: Map<string, number>;
}

/**
 * The entries that pass the filters, in time order: the part of `filterEntries` the timeline is
 * drawn from. Alone, it is a fraction of the cost of the counts, so the timeline can be drawn
 * from the entries as they arrive and the rest be counted after (app/_components/Explorer.tsx).
 */
export function visibleEntries(items: readonly ExplorerItem[], filters: ExplorerFilters, textMatcher: TextMatcher = carriedTextMatcher(filters.q)): ExplorerItem[] {
  return sortByTime(filterItems(items, filters, textMatcher));
}

/** The matcher's answers for every item, asked once: a lookup after that. */
function once(items: readonly ExplorerItem[], matcher: TextMatcher): TextMatcher {
  const passing = new Set(items.filter(matcher));
  return (item) => passing.has(item);
}

export function filterEntries(
  items: readonly ExplorerItem[],
  filters: ExplorerFilters,
  itemById: ReadonlyMap<string, ExplorerItem> = new Map(items.map((item) => [item.id, item])),
  textMatcher: TextMatcher = carriedTextMatcher(filters.q),
): FilteredEntries {
  // The list and the three option counts all ask the text filter: read each entry's texts once.
  const text = filters.q.trim() ? once(items, textMatcher) : textMatcher;
  const visible = visibleEntries(items, filters, text);
  // Time order is total (ids are unique), so newest first is exactly the reverse.
  const newestFirst = [...visible].reverse();
  const yearCounts = new Map<string, number>();
  const listPageOfYear = new Map<string, number>();
  newestFirst.forEach((item, index) => {
    const year = item.date.slice(0, 4);
    yearCounts.set(year, (yearCounts.get(year) ?? 0) + 1);
    if (!listPageOfYear.has(year)) listPageOfYear.set(year, Math.floor(index / LIST_PAGE_SIZE) + 1);
  });
  return {
    total: items.length,
    itemById,
    visible,
    newestFirst,
    counts: optionCounts(items, filters, text),
    yearCounts: [...yearCounts].sort(([a], [b]) => Number(a) - Number(b)),
    yearGroupCounts: countYearGroups(visible),
    listPageOfYear,
  };
}

/** The figures for a state, from its filtered entries: cheap (a page slice, a lookup, two scans). */
export function explorerFigures(filtered: FilteredEntries, state: ExplorerState): ExplorerFigures {
  const { visible, newestFirst } = filtered;
  const pageCount = Math.max(1, Math.ceil(newestFirst.length / LIST_PAGE_SIZE));
  const page = Math.min(state.page, pageCount);
  const first = (page - 1) * LIST_PAGE_SIZE;
  const selected = state.event ? (filtered.itemById.get(state.event) ?? null) : null;
  return {
    total: filtered.total,
    visibleCount: visible.length,
    counts: filtered.counts,
    yearCounts: filtered.yearCounts,
    yearGroupCounts: filtered.yearGroupCounts,
    listPageOfYear: filtered.listPageOfYear,
    listPage: { entries: state.view === 'list' ? newestFirst.slice(first, first + LIST_PAGE_SIZE) : [], page, pageCount, first },
    selected,
    selectedVisible: selected !== null && visible.includes(selected),
    previous: selected ? adjacentInTimeOrder(visible, selected, 'previous') : null,
    next: selected ? adjacentInTimeOrder(visible, selected, 'next') : null,
  };
}

/** The figures as the page sends them: entries packed, maps as pairs, entries named by id. */
export interface ExplorerSnapshot {
  /** The entries the figures name (the list page, the selected entry and its neighbours). */
  items: PackedExplorerItems;
  total: number;
  visibleCount: number;
  counts: { outlets: Array<[string, number]>; partners: Array<[string, number]>; kinds: Array<[ExplorerKind, number]> };
  yearCounts: Array<[string, number]>;
  yearGroupCounts: Array<[string, GroupCounts]>;
  listPageOfYear: Array<[string, number]>;
  listPage: { ids: string[]; page: number; pageCount: number; first: number };
  selected: string | null;
  selectedVisible: boolean;
  previous: string | null;
  next: string | null;
}

export function toSnapshot(figures: ExplorerFigures): ExplorerSnapshot {
  const named = new Map<string, ExplorerItem>();
  for (const item of [...figures.listPage.entries, figures.selected, figures.previous, figures.next]) if (item) named.set(item.id, item);
  return {
    // Packing a subset keeps every link's title: a target outside the subset is written out.
    items: packExplorerItems(sortByTime([...named.values()])),
    total: figures.total,
    visibleCount: figures.visibleCount,
    counts: { outlets: [...figures.counts.outlets], partners: [...figures.counts.partners], kinds: [...figures.counts.kinds] },
    yearCounts: figures.yearCounts,
    yearGroupCounts: figures.yearGroupCounts,
    listPageOfYear: [...figures.listPageOfYear],
    listPage: { ids: figures.listPage.entries.map((item) => item.id), page: figures.listPage.page, pageCount: figures.listPage.pageCount, first: figures.listPage.first },
    selected: figures.selected?.id ?? null,
    selectedVisible: figures.selectedVisible,
    previous: figures.previous?.id ?? null,
    next: figures.next?.id ?? null,
  };
}

export function fromSnapshot(snapshot: ExplorerSnapshot): ExplorerFigures {
  const byId = new Map(unpackExplorerItems(snapshot.items).map((item) => [item.id, item]));
  const named = (id: string | null) => (id === null ? null : (byId.get(id) ?? null));
  return {
    total: snapshot.total,
    visibleCount: snapshot.visibleCount,
    counts: { outlets: new Map(snapshot.counts.outlets), partners: new Map(snapshot.counts.partners), kinds: new Map(snapshot.counts.kinds) },
    yearCounts: snapshot.yearCounts,
    yearGroupCounts: snapshot.yearGroupCounts,
    listPageOfYear: new Map(snapshot.listPageOfYear),
    listPage: {
      entries: snapshot.listPage.ids.flatMap((id) => named(id) ?? []),
      page: snapshot.listPage.page,
      pageCount: snapshot.listPage.pageCount,
      first: snapshot.listPage.first,
    },
    selected: named(snapshot.selected),
    selectedVisible: snapshot.selectedVisible,
    previous: named(snapshot.previous),
    next: named(snapshot.next),
  };
}

/**
 * The snapshot's figures once the page has moved to another state before the entries are in:
 * counts and list stay (the page marks them as pending), the selected entry only if it is still
 * the one asked for, and nothing that depends on the new filters: no neighbours, and no claim
 * that the entry is hidden by them.
 */
export function pendingFigures(snapshot: ExplorerFigures, state: ExplorerState): ExplorerFigures {
  const selected = snapshot.selected !== null && snapshot.selected.id === state.event ? snapshot.selected : null;
  return { ...snapshot, selected, selectedVisible: selected !== null, previous: null, next: null };
}
