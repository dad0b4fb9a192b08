/**
 * What the vis DataSet holds: one vis item per entry, or (large chronologies) the entries or
 * aggregates the window needs, and the lanes as vis groups.
 */
import type { DataSet } from 'vis-data/esnext';
import type { DataItem } from 'vis-timeline/esnext';
import {
  boxAlignment,
  entryTime,
  laneOf,
  lodContent,
  PARTNER_LANES,
  type ExplorerItem,
  type LaneMode,
  type LodAggregate,
  type LodEntry,
  type TimeWindow,
} from '@/lib/explorer';
import { timelineWords } from './timeline-words';

/** A vis item; `align` is per item in vis but missing from its DataItem type. */
export type VisItem = DataItem & { align?: 'left' | 'right' | 'center' };

/** The DataSet of vis items, keyed by `id`. */
export type VisItems = DataSet<VisItem, 'id'>;

/** The lanes of a lane mode as vis groups, top to bottom; undefined without lanes. */
export function laneGroups(mode: LaneMode): Array<{ id: string; content: string; order: number }> | undefined {
  if (mode === 'kind') {
    return [
      { id: 'news', content: timelineWords().ui.timeline.laneNews, order: 0 },
      { id: 'statement', content: timelineWords().ui.timeline.laneStatement, order: 1 },
    ];
  }
  if (mode === 'partner') {
    const labels = { nato: timelineWords().ui.timeline.laneNato, eu: timelineWords().ui.timeline.laneEu, europe: timelineWords().ui.timeline.laneEurope, other: timelineWords().ui.timeline.laneOther };
    return PARTNER_LANES.map((lane, order) => ({ id: lane, content: labels[lane], order }));
  }
  return undefined;
}

/** One entry as a vis box; `span` is the whole chronology's, for the boxes at either end. */
export function toVisItem(item: ExplorerItem, lanes: LaneMode, span: { first: number; last: number }): VisItem {
  const start = entryTime(item);
  return {
    id: item.id,
    start: new Date(start),
    // Never rendered (the template builds the box), but vis wants a string.
    content: item.shortTitle,
    type: 'box',
    align: boxAlignment(start, span),
    className: `${item.kind === 'statement' ? 'tl-statement' : 'tl-news'}${item.milestone ? ' tl-milestone' : ''}`,
    group: laneOf(item, lanes) ?? undefined,
  };
}

function aggregateVisItem(aggregate: LodAggregate): VisItem {
  return {
    id: aggregate.id,
    start: new Date(aggregate.start),
    // What it shows: an update is due when either changes (see fillForWindow).
    content: `${aggregate.count}:${aggregate.topId}`,
    // A box from the period's start, named by its top entry: boxes stack when their labels
    // would overlap, where ranges a period wide would cut the label to a few characters.
    type: 'box',
    align: 'left',
    className: 'tl-aggregate',
    group: aggregate.lane ?? undefined,
  };
}

/**
 * Level of detail (large chronologies only, see lib/explorer/level-of-detail.ts): the entries
 * that pass the filters, in time order, and the aggregates on show; the dataset then holds only
 * what the window needs.
 */
export interface LevelOfDetail {
  entries: LodEntry[];
  aggregates: Map<string, LodAggregate>;
  /** The whole chronology's first and last days, for the boxes at either end. */
  span: { first: number; last: number };
}

/** The entries level of detail works on: those that pass the filters, in time order. */
export function lodEntries(visible: readonly ExplorerItem[], lanes: LaneMode): LodEntry[] {
  return visible.map((item) => ({ id: item.id, time: entryTime(item), lane: laneOf(item, lanes), importance: item.importance })).sort((a, b) => a.time - b.time);
}

/**
 * Fills the dataset with what the window needs: the real items of the window, or aggregates per
 * period. One remove and one update (each a single DataSet transaction); unchanged items stay.
 * `reset` empties the dataset first (a change of lanes moves every item).
 */
export function fillForWindow(
  dataset: VisItems,
  lod: LevelOfDetail,
  lanes: LaneMode,
  window: TimeWindow,
  itemById: ReadonlyMap<string, ExplorerItem>,
  widthPx: number,
  reset = false,
): void {
  const content = lodContent(lod.entries, window.start, window.end, widthPx);
  const next: VisItem[] = [];
  lod.aggregates = new Map();
  if (content.mode === 'items') {
    for (const id of content.ids) {
      const item = itemById.get(id);
      if (item) next.push(toVisItem(item, lanes, lod.span));
    }
  } else {
    for (const aggregate of content.aggregates) {
      lod.aggregates.set(aggregate.id, aggregate);
      next.push(aggregateVisItem(aggregate));
    }
  }
  if (reset) {
    dataset.clear();
    dataset.add(next);
    return;
  }
  const nextIds = new Set(next.map((item) => String(item.id)));
  const stale = dataset.getIds().filter((id) => !nextIds.has(String(id)));
  if (stale.length > 0) dataset.remove(stale);
  // New items, and aggregates whose count changed (a filter, a lane); real items never change.
  const changed = next.filter((item) => dataset.get(String(item.id))?.content !== item.content);
  if (changed.length > 0) dataset.update(changed);
}
