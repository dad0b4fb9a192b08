'use client';

import { useEffect, useEffectEvent, useId, useImperativeHandle, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import type { DataSet, DataView } from 'vis-data/esnext';
import type { DataItem, Timeline as VisTimeline, TimelineOptions } from 'vis-timeline/esnext';
import {
  dateSpan,
  formatJaDate,
  isAggregateId,
  laneOf,
  LOD_MIN_ITEMS,
  lodContent,
  PARTNER_LANES,
  toLocalDate,
  type ExplorerItem,
  type LaneMode,
  type LodAggregate,
  type LodEntry,
} from '@/lib/explorer';
import { ja } from '@/lib/i18n/ja';
import { TimelinePreview } from './TimelinePreview';

/**
 * vis-timeline and vis-data: one chunk, out of the first load. It is requested once the page
 * has painted (so that it never competes with the page's own scripts and content), while the
 * entries are still on their way; the timeline is built when both are in. One request per page.
 * On a touch screen, it is requested only once the timeline is wanted (see TOUCH_FIRST).
 */
let visModules: Promise<[typeof import('vis-timeline/esnext'), typeof import('vis-data/esnext')]> | null = null;
const loadVis = () => (visModules ??= Promise.all([import('vis-timeline/esnext'), import('vis-data/esnext')]));

/** Ends the current task, so the browser can handle input and paint before the next step. */
const yieldToMain = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Resolves once the browser has painted a frame (the task after the next animation frame). */
const afterNextPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * A device whose main input is a finger: a phone or a tablet. There the timeline is drawn once
 * the user opens it (or a year, a lane, an entry to show on it): a phone on a slow connection is
 * spared vis-timeline's 90 KB and its half-second of setup until then, and the page's filters,
 * list and year index work at once. Elsewhere the timeline is drawn as soon as the page is in.
 * The same query is in globals.css, which shows the preview in its place before hydration.
 */
const TOUCH_FIRST = '(hover: none) and (pointer: coarse)';

const DAY = 86_400_000;
const YEAR = 365.25 * DAY;
/** Closest zoom: about one day across the timeline. */
export const ZOOM_MIN = DAY;
/** Widest zoom: about thirty years across the timeline. */
export const ZOOM_MAX = 30 * YEAR;
/** Two entries are drawn apart (not clustered) when at least this many pixels separate them. */
const UNCLUSTERED_GAP_PX = 170;

export type TimelineStep = 'previous' | 'next' | 'first' | 'last';

export interface TimelineHandle {
  /** Shows one calendar year, January to December. */
  showYear(year: number): void;
  /** Moves keyboard focus to the timeline itself. */
  focus(): void;
}

interface TimelineProps {
  /**
   * Every item of the chronology (the timeline keeps them all and shows the filtered ones), or
   * null while they are on their way: the timeline is built once they are in.
   */
  items: readonly ExplorerItem[] | null;
  /** The items could not be had: the timeline says so instead of loading forever. */
  failed: boolean;
  /** Entries per year that pass the filters: the preview a touch screen shows until the timeline is opened. */
  yearCounts: ReadonlyArray<readonly [year: string, count: number]>;
  /** The items that pass the filters, in time order. */
  visible: readonly ExplorerItem[];
  selectedId: string | null;
  /** Incremented when the selection should be brought into view (keyboard step, deep link, cross-reference). */
  revealRequest: number;
  lanes: LaneMode;
  onLanesChange: (lanes: LaneMode) => void;
  /** An item was chosen with the pointer or with Enter. */
  onSelect: (id: string) => void;
  /** ←/→/Home/End in the timeline. */
  onStep: (step: TimelineStep) => void;
  /** Enter on the timeline with an item already selected. */
  onOpen: () => void;
  handleRef?: Ref<TimelineHandle>;
}

interface VisState {
  timeline: VisTimeline;
  dataset: DataSet<VisItem, 'id'>;
  view: DataView<VisItem, 'id'>;
  /** Ids the DataView lets through; mutated, then view.refresh() once per filter change. */
  shown: Set<string>;
  shownKey: string;
  lanes: LaneMode;
  /** The target of the window's animated move under way, if any. */
  moving: { start: number; end: number; until: number } | null;
  /**
   * Level of detail (large chronologies only, see lib/explorer/level-of-detail.ts): the entries
   * that pass the filters, in time order; the dataset then holds only what the window needs.
   */
  lod: { entries: LodEntry[]; aggregates: Map<string, LodAggregate>; span: { first: number; last: number } } | null;
}

/** The DOM id of an item's box content, for aria-activedescendant. */
const itemDomId = (id: string) => `tl-${id}`;

function laneGroups(mode: LaneMode): Array<{ id: string; content: string; order: number }> | undefined {
  if (mode === 'kind') {
    return [
      { id: 'news', content: ja.timeline.laneNews, order: 0 },
      { id: 'statement', content: ja.timeline.laneStatement, order: 1 },
    ];
  }
  if (mode === 'partner') {
    const labels = { nato: ja.timeline.laneNato, eu: ja.timeline.laneEu, europe: ja.timeline.laneEurope, other: ja.timeline.laneOther };
    return PARTNER_LANES.map((lane, order) => ({ id: lane, content: labels[lane], order }));
  }
  return undefined;
}

/** A vis item; `align` is per item in vis but missing from its DataItem type. */
type VisItem = DataItem & { align?: 'left' | 'right' | 'center' };

/** Share of the whole span at either end whose boxes open inwards, so they are never cut off. */
const EDGE_SHARE = 0.05;

function toVisItem(item: ExplorerItem, lanes: LaneMode, span: { first: number; last: number }): VisItem {
  const start = toLocalDate(item.date, item.time);
  const position = span.last > span.first ? (start.getTime() - span.first) / (span.last - span.first) : 0.5;
  return {
    id: item.id,
    start,
    // Never rendered (the template builds the box), but vis wants a string.
    content: item.shortTitle,
    type: 'box',
    align: position < EDGE_SHARE ? 'left' : position > 1 - EDGE_SHARE ? 'right' : 'center',
    className: item.kind === 'statement' ? 'tl-statement' : 'tl-news',
    group: laneOf(item, lanes) ?? undefined,
  };
}

/** The first and last instants of the items, for toVisItem. */
function timeSpan(items: readonly ExplorerItem[]): { first: number; last: number } {
  const span = dateSpan(items);
  return span ? { first: toLocalDate(span.first).getTime(), last: toLocalDate(span.last).getTime() } : { first: 0, last: 0 };
}

/** The entries level of detail works on: those that pass the filters, in time order. */
function lodEntries(visible: readonly ExplorerItem[], lanes: LaneMode): LodEntry[] {
  return visible
    .map((item) => ({ id: item.id, time: toLocalDate(item.date, item.time).getTime(), lane: laneOf(item, lanes) }))
    .sort((a, b) => a.time - b.time);
}

function aggregateVisItem(aggregate: LodAggregate): VisItem {
  return {
    id: aggregate.id,
    start: new Date(aggregate.start),
    // A tenth short of the period's end, so that neighbours stand apart rather than stack.
    end: new Date(aggregate.start + (aggregate.end - aggregate.start) * 0.9),
    content: String(aggregate.count),
    type: 'range',
    className: 'tl-aggregate',
    group: aggregate.lane ?? undefined,
  };
}

/**
 * Fills the dataset with what the window needs: the real items of the window, or aggregates per
 * period. One remove and one update (each a single DataSet transaction); unchanged items stay.
 */
function refreshLod(
  vis: Pick<VisState, 'dataset' | 'lanes' | 'lod'>,
  window: { start: number; end: number },
  itemsById: ReadonlyMap<string, ExplorerItem>,
  widthPx: number,
  reset = false,
): void {
  const lod = vis.lod;
  if (!lod) return;
  const { start, end } = window;
  const content = lodContent(lod.entries, start, end, widthPx);
  const next: VisItem[] = [];
  lod.aggregates = new Map();
  if (content.mode === 'items') {
    for (const id of content.ids) {
      const item = itemsById.get(id);
      if (item) next.push(toVisItem(item, vis.lanes, lod.span));
    }
  } else {
    for (const aggregate of content.aggregates) {
      lod.aggregates.set(aggregate.id, aggregate);
      next.push(aggregateVisItem(aggregate));
    }
  }
  if (reset) {
    vis.dataset.clear();
    vis.dataset.add(next);
    return;
  }
  const nextIds = new Set(next.map((item) => String(item.id)));
  const stale = vis.dataset.getIds().filter((id) => !nextIds.has(String(id)));
  if (stale.length > 0) vis.dataset.remove(stale);
  // New items, and aggregates whose count changed (a filter, a lane); real items never change.
  const changed = next.filter((item) => vis.dataset.get(String(item.id))?.content !== item.content);
  if (changed.length > 0) vis.dataset.update(changed);
}

function aggregateElement(aggregate: LodAggregate): HTMLElement {
  const element = document.createElement('span');
  element.className = 'tl-aggregate-count';
  element.textContent = ja.timeline.clusterCount(aggregate.count);
  element.title = ja.timeline.clusterTitle.replace('{count}', String(aggregate.count));
  return element;
}

/**
 * The box of one item. Built with textContent: vis inserts template elements unsanitised.
 */
function itemElement(item: ExplorerItem): HTMLElement {
  const kindLabel = item.kind === 'statement' ? ja.timeline.laneStatement : ja.timeline.laneNews;
  const box = document.createElement('span');
  box.className = 'tl-item';
  box.id = itemDomId(item.id);
  box.setAttribute('role', 'button');
  box.setAttribute('aria-label', ja.timeline.itemLabel(formatJaDate(item.date), item.title, kindLabel));
  box.title = item.title;
  const date = document.createElement('span');
  date.className = 'tl-item-date';
  date.textContent = item.date.replaceAll('-', '.');
  const title = document.createElement('span');
  title.className = 'tl-item-title';
  title.textContent = item.shortTitle;
  if (item.kind === 'statement') {
    const badge = document.createElement('span');
    badge.className = 'tl-item-badge';
    badge.textContent = ja.timeline.laneStatement;
    date.prepend(badge);
  }
  box.append(date, title);
  return box;
}

/** The number of items in a cluster, or null when the template is drawing an item. */
function clusterSize(data: unknown): number | null {
  if (typeof data !== 'object' || data === null || Reflect.get(data, 'isCluster') !== true) return null;
  const items: unknown = Reflect.get(data, 'items');
  return Array.isArray(items) ? items.length : 0;
}

function clusterElement(count: number): HTMLElement {
  const element = document.createElement('span');
  element.className = 'tl-cluster';
  element.textContent = ja.timeline.clusterCount(count);
  element.title = ja.timeline.clusterTitle.replace('{count}', String(count));
  return element;
}

/** Room kept at each end of the window, in pixels, so the first and last boxes are not cut off. */
const EDGE_ROOM_PX = 24;

/**
 * A window over the items: from the first January before the first item to the first January
 * after the last (so the axis names both years), widened so the end boxes fit.
 */
function spanWindow(items: readonly ExplorerItem[], widthPx: number): { start: Date; end: Date } | null {
  const span = dateSpan(items);
  if (!span) return null;
  const first = toLocalDate(span.first).getTime();
  const last = toLocalDate(span.last).getTime() + DAY;
  const room = Math.min(EDGE_ROOM_PX, widthPx * 0.1);
  const total = Math.max(last - first, 30 * DAY);
  const pad = ((room / widthPx) * total) / (1 - (2 * room) / widthPx);
  const start = Math.min(new Date(Number(span.first.slice(0, 4)), 0, 1).getTime(), first - pad);
  const end = Math.max(new Date(Number(span.last.slice(0, 4)) + 1, 0, 1).getTime(), last + pad);
  return { start: new Date(start), end: new Date(end) };
}

const ANIMATION_MS = 250;

/** Where the window is going: an animated move still under way, else where it is. */
function targetWindow(vis: VisState): { start: number; end: number } {
  if (vis.moving && performance.now() < vis.moving.until) return { start: vis.moving.start, end: vis.moving.end };
  const { start, end } = vis.timeline.getWindow();
  return { start: start.getTime(), end: end.getTime() };
}

/**
 * Moves the window, remembering where to while the animation runs so that the next move (a
 * second press of 拡大, the next ← during the glide) starts from there rather than from midway.
 */
function moveWindow(vis: VisState, start: number, end: number, animate = true): void {
  vis.moving = animate ? { start, end, until: performance.now() + ANIMATION_MS + 50 } : null;
  vis.timeline.setWindow(new Date(start), new Date(end), animate ? { animation: { duration: ANIMATION_MS, easingFunction: 'easeInOutQuad' } } : { animation: false });
}

/** Shows every visible item, or every item when none passes the filters. */
function fitAll(vis: VisState | null, container: HTMLElement | null, visible: readonly ExplorerItem[], items: readonly ExplorerItem[]): void {
  const window = spanWindow(visible.length > 0 ? visible : items, container?.clientWidth || 800);
  if (window && vis) moveWindow(vis, window.start.getTime(), window.end.getTime());
}

function clusterBounds(element: Element): [number, number] | null {
  const item: unknown = Reflect.get(element, 'vis-item');
  if (typeof item !== 'object' || item === null) return null;
  const data: unknown = Reflect.get(item, 'data');
  if (typeof data !== 'object' || data === null) return null;
  const min: unknown = Reflect.get(data, 'min');
  const max: unknown = Reflect.get(data, 'max');
  return typeof min === 'number' && typeof max === 'number' ? [min, max] : null;
}

function eventTarget(event: unknown): Element | null {
  if (typeof event !== 'object' || event === null) return null;
  const target: unknown = Reflect.get(event, 'target');
  if (target instanceof Element) return target;
  return eventTarget(Reflect.get(event, 'srcEvent'));
}

/**
 * The vis-timeline island. vis is imported inside the effect (it stays out of the first load),
 * created once and destroyed on unmount; filter changes reach it as one DataView refresh.
 */
const NO_ITEMS: readonly ExplorerItem[] = [];

export function Timeline({ items: itemsOrNull, failed, yearCounts, visible, selectedId, revealRequest, lanes, onLanesChange, onSelect, onStep, onOpen, handleRef }: TimelineProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const visRef = useRef<VisState | null>(null);
  const [status, setStatus] = useState<'loading' | 'ready' | 'failed'>('loading');
  // Whether the timeline is to be drawn: at once, except on a touch screen (see TOUCH_FIRST).
  const [wanted, setWanted] = useState(false);
  /** The window asked for (showYear) before the timeline existed: it opens there. */
  const askedWindow = useRef<{ start: Date; end: Date } | null>(null);
  const instructionsId = useId();
  const itemsReady = itemsOrNull !== null;
  const items = itemsOrNull ?? NO_ITEMS;
  const itemsById = useRef(new Map<string, ExplorerItem>());

  const visibleKey = visible.map((item) => item.id).join(',');

  /**
   * Brings an item into view at a zoom where it stands alone: close enough that its nearest
   * visible neighbour is UNCLUSTERED_GAP_PX away, never wider than the current window.
   */
  const reveal = useEffectEvent((id: string) => {
    const vis = visRef.current;
    const item = itemsById.current.get(id);
    if (!vis || !item || !vis.shown.has(id)) return;
    const time = toLocalDate(item.date, item.time).getTime();
    const { start, end } = targetWindow(vis);
    const span = end - start;
    let gap = Infinity;
    for (const other of visible) {
      if (other.id === id) continue;
      const distance = Math.abs(toLocalDate(other.date, other.time).getTime() - time);
      if (distance > 0 && distance < gap) gap = distance;
    }
    const width = containerRef.current?.clientWidth || 800;
    const fitting = Number.isFinite(gap) ? Math.max(ZOOM_MIN * 2, (gap * width) / UNCLUSTERED_GAP_PX) : span;
    const target = Math.min(span, fitting);
    const margin = span * 0.08;
    const inView = time > start + margin && time < end - margin;
    if (target >= span && inView) return;
    moveWindow(vis, time - target / 2, time + target / 2);
  });

  const zoomToCluster = useEffectEvent((element: Element) => {
    const bounds = clusterBounds(element);
    const vis = visRef.current;
    if (!vis || !bounds) return;
    const [min, max] = bounds;
    const pad = Math.max((max - min) * 0.25, 3 * DAY);
    moveWindow(vis, min - pad, max + pad);
  });

  const handleSelect = useEffectEvent((ids: unknown[]) => {
    const [first] = ids;
    const aggregate = first !== undefined ? visRef.current?.lod?.aggregates.get(String(first)) : undefined;
    if (aggregate && visRef.current) {
      // An aggregate is a period: choosing it opens that period.
      const pad = (aggregate.end - aggregate.start) * 0.05;
      moveWindow(visRef.current, aggregate.start - pad, aggregate.end + pad);
      visRef.current.timeline.setSelection(selectedId && visRef.current.shown.has(selectedId) ? [selectedId] : []);
    } else if (first !== undefined) onSelect(String(first));
    // A click on empty ground must not lose the selection (and with it the open panel).
    else if (selectedId && visRef.current?.shown.has(selectedId)) visRef.current.timeline.setSelection([selectedId]);
  });

  const initialData = useEffectEvent(() => ({ items, visible, lanes }));
  const selectedIdNow = useEffectEvent(() => selectedId);

  // An entry to show on the timeline (a deep link, 一覧's タイムラインで見る) asks for it on any device.
  const wantedAtOnce = useEffectEvent(() => (revealRequest > 0 && selectedId !== null) || !window.matchMedia(TOUCH_FIRST).matches);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the device is known only in the browser, after hydration
    if (wantedAtOnce()) setWanted(true);
  }, []);

  // Fetch the timeline's code as soon as the page has painted, not only once the entries are in.
  useEffect(() => {
    if (!wanted) return;
    let cancelled = false;
    afterNextPaint()
      .then(() => (cancelled ? undefined : loadVis()))
      .catch(() => undefined); // the creation effect reports a failure
    return () => {
      cancelled = true;
    };
  }, [wanted]);

  // Create the timeline once the items are in; destroy it on unmount (React runs this twice in development).
  useEffect(() => {
    if (!itemsReady || !wanted) return;
    let cancelled = false;
    let created: VisTimeline | null = null;
    (async () => {
      try {
        // The page's own content paints first; then the timeline's code is requested.
        await afterNextPaint();
        if (cancelled) return;
        const [{ Timeline: VisTimelineClass }, { DataSet: VisDataSet, DataView: VisDataView }] = await loadVis();
        // Evaluating the chunk and building the timeline are each a long task on a slow phone:
        // let input and paint in between rather than block the page for both in one go.
        await yieldToMain();
        const container = containerRef.current;
        if (cancelled || !container) return;
        const data = initialData();
        itemsById.current = new Map(data.items.map((item) => [item.id, item]));
        const shown = new Set(data.visible.map((item) => item.id));
        const span = timeSpan(data.items);
        const window = askedWindow.current ?? spanWindow(data.items, container.clientWidth || 800);
        askedWindow.current = null;
        // A large chronology starts with what its first window needs (see refreshLod).
        const lod = data.items.length >= LOD_MIN_ITEMS ? { entries: lodEntries(data.visible, data.lanes), aggregates: new Map<string, LodAggregate>(), span } : null;
        const dataset = new VisDataSet<VisItem, 'id'>(lod ? [] : data.items.map((item) => toVisItem(item, data.lanes, span)));
        const view = new VisDataView<VisItem, 'id'>(dataset, { filter: (item) => isAggregateId(String(item.id)) || shown.has(String(item.id)) });
        if (lod && window) {
          const first = { start: window.start.getTime(), end: window.end.getTime() };
          refreshLod({ dataset, lanes: data.lanes, lod }, first, itemsById.current, container.clientWidth || 800, true);
        }
        const options: TimelineOptions = {
          // vis draws its clusters only when the window changes after its initial draw (about a
          // second in): open a minute short of the window, then set the window itself, and only
          // then call the timeline ready.
          ...(window ? { start: window.start, end: new Date(window.end.getTime() - 60_000) } : {}),
          onInitialDrawComplete: () => {
            if (cancelled) return;
            if (window) created?.setWindow(window.start, window.end, { animation: false });
            if (visRef.current) visRef.current.moving = null;
            setStatus('ready');
          },
          // Grows when items stack higher than the room the page gives it (nothing is cut off).
          minHeight: container.clientHeight || 320,
          zoomMin: ZOOM_MIN,
          zoomMax: ZOOM_MAX,
          // Let the page scroll: the wheel zooms only with Ctrl, and the timeline never scrolls vertically.
          zoomKey: 'ctrlKey',
          verticalScroll: false,
          horizontalScroll: false,
          moveable: true,
          zoomable: true,
          selectable: true,
          multiselect: false,
          editable: false,
          stack: true,
          showCurrentTime: false,
          showTooltips: false,
          orientation: { axis: 'bottom', item: 'bottom' },
          margin: { axis: 8, item: { horizontal: 6, vertical: 6 } },
          maxMinorChars: 5,
          dataAttributes: ['id'],
          groupOrder: 'order',
          cluster: {
            maxItems: 2,
            titleTemplate: ja.timeline.clusterTitle,
            showStipes: true,
            fitOnDoubleClick: false,
            // Aggregates (level of detail) are counts already: never clustered.
            clusterCriteria: (a, b) => !isAggregateId(String(a.id)) && !isAggregateId(String(b.id)),
          },
          format: {
            minorLabels: { millisecond: 'SSS', second: 's', minute: 'HH:mm', hour: 'H時', weekday: 'D日', day: 'D日', week: 'D日', month: 'M月', year: 'YYYY年' },
            majorLabels: { millisecond: 'H:mm:ss', second: 'M月D日 H:mm', minute: 'YYYY年M月D日', hour: 'YYYY年M月D日', weekday: 'YYYY年M月', day: 'YYYY年M月', week: 'YYYY年M月', month: 'YYYY年', year: '' },
          },
          template: (item: unknown) => {
            const count = clusterSize(item);
            if (count !== null) return clusterElement(count);
            const id = typeof item === 'object' && item !== null ? Reflect.get(item, 'id') : undefined;
            // `lod` itself, not visRef: vis draws the first items before visRef is set.
            const aggregate = id !== undefined ? lod?.aggregates.get(String(id)) : undefined;
            if (aggregate) return aggregateElement(aggregate);
            const source = id !== undefined ? itemsById.current.get(String(id)) : undefined;
            return source ? itemElement(source) : '';
          },
        };
        const groups = laneGroups(data.lanes);
        await yieldToMain();
        if (cancelled) return;
        const timeline = groups
          ? new VisTimelineClass(container, view, new VisDataSet(groups), options)
          : new VisTimelineClass(container, view, options);
        created = timeline;
        timeline.on('select', (properties: { items?: unknown[] }) => handleSelect(properties.items ?? []));
        timeline.on('click', (properties: { isCluster?: boolean; event?: unknown }) => {
          if (!properties.isCluster) return;
          const cluster = eventTarget(properties.event)?.closest('.vis-cluster');
          if (cluster) zoomToCluster(cluster);
        });
        visRef.current = { timeline, dataset, view, shown, shownKey: [...shown].join(','), lanes: data.lanes, moving: null, lod };
        if (lod) {
          // Real items or aggregates for the new window, once a move ends.
          timeline.on('rangechanged', () => {
            const vis = visRef.current;
            if (!vis || cancelled) return;
            refreshLod(vis, targetWindow(vis), itemsById.current, containerRef.current?.clientWidth || 800);
            const selected = selectedIdNow();
            vis.timeline.setSelection(selected && vis.shown.has(selected) ? [selected] : []);
          });
        }
      } catch (error) {
        console.error(error);
        if (!cancelled) setStatus('failed');
      }
    })();
    return () => {
      cancelled = true;
      created?.destroy();
      visRef.current = null;
    };
  }, [itemsReady, wanted]);

  // Filters: one DataView refresh; lanes: one DataSet update and new groups.
  useEffect(() => {
    const vis = visRef.current;
    if (status !== 'ready' || !vis) return;
    if (vis.lanes !== lanes) {
      vis.lanes = lanes;
      // Items may only name groups that exist: drop the old lanes, move the items, add the new lanes.
      vis.timeline.setGroups(undefined);
      if (vis.lod) {
        vis.dataset.clear();
        vis.lod.entries = lodEntries(visible, lanes);
      } else vis.dataset.update(items.map((item) => ({ id: item.id, group: laneOf(item, lanes) ?? undefined })));
      vis.timeline.setGroups(laneGroups(lanes));
      if (vis.lod) refreshLod(vis, targetWindow(vis), itemsById.current, containerRef.current?.clientWidth || 800, true);
    }
    if (vis.shownKey !== visibleKey) {
      vis.shownKey = visibleKey;
      vis.shown.clear();
      for (const id of visibleKey.split(',')) if (id) vis.shown.add(id);
      if (vis.lod) {
        vis.lod.entries = lodEntries(visible, vis.lanes);
        refreshLod(vis, targetWindow(vis), itemsById.current, containerRef.current?.clientWidth || 800);
      }
      vis.view.refresh();
      // When nothing that passes the filters is in view any more, show where the results are.
      const { start, end } = targetWindow(vis);
      const anyInView = visible.some((item) => {
        const time = toLocalDate(item.date, item.time).getTime();
        return time >= start && time <= end;
      });
      if (!anyInView) fitAll(vis, containerRef.current, visible, items);
    }
    vis.timeline.setSelection(selectedId && vis.shown.has(selectedId) ? [selectedId] : []);
  }, [status, items, visible, visibleKey, lanes, selectedId]);

  useEffect(() => {
    if (status === 'ready' && revealRequest > 0 && selectedId) reveal(selectedId);
  }, [status, revealRequest, selectedId]);

  useImperativeHandle(
    handleRef,
    () => ({
      showYear(year: number) {
        // A fortnight either side, so the boxes of early January and late December are not cut off.
        const start = new Date(year, 0, 1).getTime() - 14 * DAY;
        const end = new Date(year + 1, 0, 1).getTime() + 14 * DAY;
        if (visRef.current) moveWindow(visRef.current, start, end);
        else {
          askedWindow.current = { start: new Date(start), end: new Date(end) };
          setWanted(true);
        }
      },
      focus() {
        containerRef.current?.focus();
      },
    }),
    [],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement;
    if (target.closest('select, input, textarea')) return;
    const steps: Record<string, TimelineStep> = { ArrowLeft: 'previous', ArrowRight: 'next', Home: 'first', End: 'last' };
    const step = steps[event.key];
    if (step) {
      event.preventDefault();
      onStep(step);
      return;
    }
    if ((event.key === 'Enter' || event.key === ' ') && target === containerRef.current) {
      event.preventDefault();
      if (selectedId) onOpen();
      else onStep('first');
      return;
    }
    if (event.key === '+' || event.key === '-') {
      if (target.closest('button')) return;
      event.preventDefault();
      zoom(event.key === '+' ? 'in' : 'out');
    }
  };

  /**
   * Zooms by a factor. When the selected item is in view it stays where it is on screen (so
   * pressing 拡大 closes in on it); otherwise the zoom is about the middle.
   */
  const zoom = (direction: 'in' | 'out') => {
    const vis = visRef.current;
    if (!vis) return;
    const factor = direction === 'in' ? 0.5 : 2;
    const { start: from, end } = targetWindow(vis);
    const span = end - from;
    const selected = selectedId && vis.shown.has(selectedId) ? itemsById.current.get(selectedId) : undefined;
    const anchorTime = selected ? toLocalDate(selected.date, selected.time).getTime() : NaN;
    const anchor = anchorTime > from && anchorTime < from + span ? anchorTime : from + span / 2;
    const nextSpan = Math.min(ZOOM_MAX, Math.max(ZOOM_MIN, span * factor));
    const nextStart = anchor - ((anchor - from) / span) * nextSpan;
    moveWindow(vis, nextStart, nextStart + nextSpan);
  };

  const activeId = selectedId && visible.some((item) => item.id === selectedId) ? itemDomId(selectedId) : undefined;

  /** The timeline cannot be drawn: its code or the entries could not be had. */
  const unavailable = status === 'failed' || failed;

  /** Opens the timeline from its preview; focus goes where the preview was, to the timeline. */
  const open = () => {
    setWanted(true);
    containerRef.current?.focus();
  };

  return (
    <section
      aria-label={ja.timelineRegion}
      className="timeline-region rounded-lg border border-slate-200 bg-white"
      data-wanted={wanted || undefined}
      onKeyDown={onKeyDown}
    >
      <div role="toolbar" aria-label={ja.timeline.controls} className="flex flex-wrap items-center gap-2 border-b border-slate-200 px-3 py-2">
        <button type="button" className="tool-button timeline-zoom" onClick={() => zoom('in')} disabled={status !== 'ready'}>
          <span aria-hidden="true">＋</span> {ja.timeline.zoomIn}
        </button>
        <button type="button" className="tool-button timeline-zoom" onClick={() => zoom('out')} disabled={status !== 'ready'}>
          <span aria-hidden="true">－</span> {ja.timeline.zoomOut}
        </button>
        <button type="button" className="tool-button timeline-zoom" onClick={() => fitAll(visRef.current, containerRef.current, visible, items)} disabled={status !== 'ready'}>
          {ja.timeline.fitAll}
        </button>
        <label className="ml-auto flex items-center gap-2 text-sm text-slate-700">
          {ja.timeline.lanes}
          <select
            className="rounded border border-slate-300 bg-white px-2 py-1 text-sm"
            value={lanes}
            onChange={(event) => {
              onLanesChange(event.target.value as LaneMode);
              setWanted(true);
            }}
          >
            <option value="none">{ja.timeline.lanesNone}</option>
            <option value="kind">{ja.timeline.lanesKind}</option>
            <option value="partner">{ja.timeline.lanesPartner}</option>
          </select>
        </label>
      </div>
      <p id={instructionsId} className="px-3 pt-2 text-xs text-slate-600">
        <span className="hidden md:inline">{ja.timeline.instructions}</span>
        <span className="md:hidden">{ja.timeline.touchInstructions}</span>
      </p>
      <div className="relative">
        <div
          ref={containerRef}
          className="timeline-canvas"
          role="group"
          aria-label={ja.timelineRegion}
          aria-describedby={instructionsId}
          aria-activedescendant={activeId}
          tabIndex={0}
          data-status={status}
          onFocus={() => setWanted(true)}
        />
        {status !== 'ready' ? (
          <>
            <p className={`${unavailable ? '' : 'timeline-loading '}absolute inset-0 flex items-center justify-center text-sm text-slate-600`}>
              {unavailable ? ja.timeline.failed : ja.timelineLoading}
            </p>
            {wanted || unavailable ? null : <TimelinePreview yearCounts={yearCounts} onOpen={open} />}
          </>
        ) : null}
      </div>
    </section>
  );
}
