'use client';

import { useEffect, useEffectEvent, useRef, useState, type RefObject } from 'react';
import type { Timeline as VisTimeline } from 'vis-timeline/esnext';
import { anyInWindow, entryTime, frameWindow, laneOf, sameWindow, zoomWindow, type ExplorerItem, type LaneMode, type TimeWindow } from '@/lib/explorer';
import type { LoadedEntries } from '../explorer/use-explorer-items';
import { useHandedEntries } from './use-handed-entries';
import { hideCutAxisLabels, isDrawnWhole, markSelected } from './edge-fit';
import type { LevelOfDetail, VisItem, VisItems } from './vis-items';
import { markLoadStep } from './load-steps';
import { opensOnDrawnTimeline } from './touch-first';
import { fitToWidth, isMoving, moveWindow, revealEntry, scrollToSelected, showFrame, showSelection, showsExactly, targetWindow, widthOf, type VisState } from './vis-state';

/**
 * vis-timeline, vis-data and the code that drives them (vis-runtime.ts): one chunk, out of the
 * first load (the page's HTML does not name it). The timeline is built when both it and the
 * entries are in. One request per page.
 */
type VisRuntime = typeof import('./vis-runtime');
let visRuntime: Promise<VisRuntime> | null = null;
const loadVis = () => {
  if (!visRuntime) {
    visRuntime = import('./vis-runtime');
    visRuntime.then(() => markLoadStep('timeline-code'), () => undefined);
  }
  return visRuntime;
};

// Where the timeline is drawn at once (not on a touch screen, not in the list view), the chunk is
// requested now, as the explorer's code is evaluated, rather than after hydration: requested
// then, it came in a tenth of a second after the page was ready and the entries were in, with
// the page idle meanwhile, on the way to the timeline's first items.
if (opensOnDrawnTimeline()) {
  loadVis().catch(() => undefined); // the creation effect asks again and reports a failure
}

/** Ends the current task, so the browser can handle input and paint before the next step. */
const yieldToMain = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

interface VisTimelineInput {
  containerRef: RefObject<HTMLElement | null>;
  /** Whether the timeline is to be drawn (a touch screen waits until it is opened). */
  wanted: boolean;
  /** Every entry of the chronology, or null while they are on their way. */
  entries: LoadedEntries | null;
  /** The entries that pass the filters, in time order. */
  visible: readonly ExplorerItem[];
  lanes: LaneMode;
  selectedId: string | null;
  /** The window the URL names, or null: the timeline then frames the results (frameWindow). */
  shownWindow: TimeWindow | null;
  /** The date range of the filters: the frame when no window is named. */
  range: { from: string | null; to: string | null };
  /** An entry was chosen on the timeline. */
  onSelect: (id: string) => void;
  /** The reader moved the window (or it moved to show an entry); null: back to the frame. */
  onWindowChange: (window: TimeWindow | null) => void;
}

/** The timeline as the view sees it: its state and the moves it can make. */
export interface VisTimelineControls {
  status: 'loading' | 'ready' | 'failed';
  /** One zoom step about the selected entry when it is in view, else about the middle. */
  zoom(direction: 'in' | 'out'): void;
  /** Shows every entry that passes the filters (the frame). */
  fitAll(): void;
  /** Brings an entry into view, standing alone; asked before the timeline is ready, once it is. */
  reveal(id: string): void;
  /**
   * Draws the timeline from entries the explorer has not rendered yet (Timeline's drawFirst).
   * Settles once the first draw is done or has failed; none when the timeline is already made.
   */
  drawFrom(entries: LoadedEntries, visible: readonly ExplorerItem[]): Promise<void> | undefined;
}

/**
 * The vis-timeline adapter. vis is imported inside the effect (it stays out of the first load),
 * created once the entries are in and the timeline is wanted, and destroyed on unmount (React
 * runs that effect twice in development); a change of filters reaches it as one DataView refresh.
 */
export function useVisTimeline({ containerRef, wanted, entries, visible, lanes, selectedId, shownWindow, range, onSelect, onWindowChange }: VisTimelineInput): VisTimelineControls {
  const visRef = useRef<VisState | null>(null);
  const [status, setStatus] = useState<VisTimelineControls['status']>('loading');
  /** The entry asked to be revealed before the timeline was ready. */
  const askedReveal = useRef<string | null>(null);
  const { drawn, tellDrawn, handOver } = useHandedEntries(entries, visible);
  const entriesReady = drawn !== null;
  const drawnEntries = drawn?.entries ?? null;
  const drawnVisible = drawn?.visible ?? visible;
  const { from, to } = range;
  /** The window that frames the results at a width, while the URL names none. */
  const frame = useEffectEvent((widthPx: number) => frameWindow({ from, to }, drawnVisible, drawnEntries?.items ?? [], widthPx));

  /** The explorer is told of a move from the timeline's own events (the URL keeps the window). */
  const reportWindow = useEffectEvent((window: TimeWindow | null) => onWindowChange(window));
  /** A move the reader asked for: made, and told. */
  const moveTo = useEffectEvent((window: TimeWindow) => {
    if (!visRef.current) return;
    moveWindow(visRef.current, window);
    reportWindow(window);
  });

  const zoomToCluster = useEffectEvent((bounds: [min: number, max: number]) => {
    if (visRef.current) moveTo(visRef.current.runtime.clusterWindow(...bounds));
  });

  const handleSelect = useEffectEvent((ids: unknown[]) => {
    const vis = visRef.current;
    const [first] = ids;
    if (!vis) return;
    const aggregate = first !== undefined ? vis.lod?.aggregates.get(String(first)) : undefined;
    if (aggregate) {
      // An aggregate is a period: choosing it opens that period.
      moveTo(vis.runtime.periodWindow(aggregate));
      showSelection(vis, selectedId);
    } else if (first !== undefined && drawnEntries?.byId.has(String(first))) onSelect(String(first));
    // A click on empty ground or on a cluster (vis's own id, which opens it: zoomToCluster) must
    // not lose the selection, and with it the open panel.
    else if (selectedId && vis.shown.has(selectedId)) vis.timeline.setSelection([selectedId]);
    else vis.timeline.setSelection([]);
  });

  const initialData = useEffectEvent(() => ({ entries: drawnEntries, visible: drawnVisible, lanes, shownWindow }));
  const selectedIdNow = useEffectEvent(() => selectedId);

  /** The selected entry, cut or drawn into a cluster once the width or the window changed, is brought into view. */
  const keepSelectionDrawn = useEffectEvent((container: HTMLElement) => {
    const vis = visRef.current;
    const item = selectedId ? drawnEntries?.byId.get(selectedId) : undefined;
    markSelected(container, selectedId);
    if (!vis || !item || isDrawnWhole(container, item.id)) return;
    const moved = revealEntry(vis, item, drawnVisible, container);
    if (moved) reportWindow(moved);
  });

  // Fetch the timeline's code as soon as the page is hydrated, not only once the entries are in:
  // waiting for a paint here put the request behind the entries' parsing (a long task with a
  // large chronology), so the chunk was fetched only then.
  useEffect(() => {
    if (wanted) loadVis().catch(() => undefined); // the creation effect reports a failure
  }, [wanted]);

  // Create the timeline once the entries are in; destroy it on unmount.
  useEffect(() => {
    if (!entriesReady || !wanted) return;
    let cancelled = false;
    let created: VisTimeline | null = null;
    let resizes: ResizeObserver | null = null;
    (async () => {
      try {
        // The code was requested as the page loaded (above): by now it is in, or nearly.
        const runtime = await loadVis();
        const { Timeline: VisTimelineClass, DataSet: VisDataSet, DataView: VisDataView, fillForWindow } = runtime;
        // Evaluating the chunk and building the timeline are each a long task on a slow phone:
        // let input and paint in between rather than block the page for both in one go.
        await yieldToMain();
        const container = containerRef.current;
        const data = initialData();
        if (cancelled || !container || !data.entries) return;
        const { items: all, byId } = data.entries;
        const shown = new Set(data.visible.map((item) => item.id));
        const span = runtime.timeSpan(all);
        const asked = data.shownWindow;
        const window = asked ?? frame(widthOf(container));
        // A large chronology starts with what its first window needs (see fillForWindow).
        const lod: LevelOfDetail | null = all.length >= runtime.LOD_MIN_ITEMS ? { entries: runtime.lodEntries(data.visible, data.lanes), aggregates: new Map(), span } : null;
        const dataset: VisItems = new VisDataSet<VisItem, 'id'>(lod ? [] : all.map((item) => runtime.toVisItem(item, data.lanes, span)));
        const view = new VisDataView<VisItem, 'id'>(dataset, { filter: (item) => runtime.isAggregateId(String(item.id)) || shown.has(String(item.id)) });
        if (lod && window) fillForWindow(dataset, lod, data.lanes, window, byId, widthOf(container), true);
        const options = runtime.timelineOptions({
          window,
          // Grows when items stack higher than the room the page gives it (nothing is cut off).
          minHeight: container.clientHeight || 320,
          // `lod` itself, not visRef: vis draws the first items before visRef is set.
          template: runtime.itemTemplate({ itemById: () => byId, aggregateById: () => lod?.aggregates }),
          onInitialDrawComplete: () => {
            if (cancelled) return;
            if (window) created?.setWindow(new Date(window.start), new Date(window.end), { animation: false });
            if (visRef.current) visRef.current.moving = null;
            setStatus('ready');
            tellDrawn();
          },
        });
        const groups = runtime.laneGroups(data.lanes);
        await yieldToMain();
        if (cancelled) return;
        const timeline = groups ? new VisTimelineClass(container, view, new VisDataSet(groups), options) : new VisTimelineClass(container, view, options);
        markLoadStep('timeline-created');
        created = timeline;
        // Given a start and an end, vis keeps its drawing hidden until its first 'rangechanged',
        // which it sends 200 ms after the last range change (a pause meant for the end of a drag):
        // the first items, drawn in the next frame, stayed hidden that long. The window is set
        // here, not dragged to: vis may show its first draw at once.
        Reflect.set(timeline, 'initialRangeChangeDone', true);
        timeline.on('select', (properties: { items?: unknown[] }) => handleSelect(properties.items ?? []));
        timeline.on('click', (properties: { isCluster?: boolean; event?: unknown }) => {
          const bounds = properties.isCluster ? runtime.clickedClusterBounds(properties.event) : null;
          if (bounds) zoomToCluster(bounds);
        });
        visRef.current = {
          runtime,
          timeline,
          dataset,
          view,
          shown,
          lanes: data.lanes,
          moving: null,
          lod,
          fitted: window && !asked ? { window, frame } : null,
          checkSelection: false,
          scrollToSelection: false,
        };
        timeline.on('changed', () => {
          if (cancelled) return;
          hideCutAxisLabels(container);
          markSelected(container, selectedIdNow());
          const vis = visRef.current;
          if (vis?.checkSelection && !isMoving(vis)) {
            vis.checkSelection = false;
            keepSelectionDrawn(container);
          }
          if (vis?.scrollToSelection && !isMoving(vis) && !vis.checkSelection) {
            vis.scrollToSelection = false;
            scrollToSelected(container, selectedIdNow());
          }
        });
        // A drag, a pinch or Ctrl+wheel: the window the reader chose goes into the URL.
        timeline.on('rangechanged', (properties: { byUser?: boolean }) => {
          const vis = visRef.current;
          if (!vis || cancelled) return;
          // An animated move has ended: what it brought into view can be read from the DOM.
          const { start, end } = timeline.getWindow();
          if (vis.moving && sameWindow({ start: start.getTime(), end: end.getTime() }, vis.moving, 1 / 2000)) vis.moving = null;
          if (vis.checkSelection) timeline.redraw();
          if (properties.byUser) {
            vis.fitted = null;
            vis.moving = null;
            reportWindow(targetWindow(vis));
          }
        });
        let width = container.clientWidth;
        resizes = new ResizeObserver(() => {
          const vis = visRef.current;
          if (!vis || cancelled || container.clientWidth === width) return;
          width = container.clientWidth;
          fitToWidth(vis, width);
        });
        resizes.observe(container);
        if (lod) {
          // Real items or aggregates for the new window, once a move ends.
          timeline.on('rangechanged', () => {
            const vis = visRef.current;
            if (!vis || cancelled) return;
            fillForWindow(vis.dataset, lod, vis.lanes, targetWindow(vis), byId, widthOf(containerRef.current));
            showSelection(vis, selectedIdNow());
          });
        }
      } catch (error) {
        console.error(error);
        if (!cancelled) setStatus('failed');
        tellDrawn();
      }
    })();
    return () => {
      cancelled = true;
      tellDrawn();
      resizes?.disconnect();
      created?.destroy();
      visRef.current = null;
    };
  }, [entriesReady, wanted, containerRef, tellDrawn]);

  // Filters: one DataView refresh; lanes: one DataSet update and new groups.
  useEffect(() => {
    const vis = visRef.current;
    if (status !== 'ready' || !vis || !drawnEntries) return;
    const width = widthOf(containerRef.current);
    const { fillForWindow, laneGroups, lodEntries } = vis.runtime;
    if (vis.lanes !== lanes) {
      vis.lanes = lanes;
      // Items may only name groups that exist: drop the old lanes, move the items, add the new lanes.
      vis.timeline.setGroups(undefined);
      if (vis.lod) {
        vis.dataset.clear();
        vis.lod.entries = lodEntries(drawnVisible, lanes);
      } else vis.dataset.update(drawnEntries.items.map((item) => ({ id: item.id, group: laneOf(item, lanes) ?? undefined })));
      vis.timeline.setGroups(laneGroups(lanes));
      if (vis.lod) fillForWindow(vis.dataset, vis.lod, lanes, targetWindow(vis), drawnEntries.byId, width, true);
    }
    if (!showsExactly(vis.shown, drawnVisible)) {
      vis.shown.clear();
      for (const item of drawnVisible) vis.shown.add(item.id);
      if (vis.lod) {
        vis.lod.entries = lodEntries(drawnVisible, vis.lanes);
        fillForWindow(vis.dataset, vis.lod, vis.lanes, targetWindow(vis), drawnEntries.byId, width);
      }
      vis.view.refresh();
      // When nothing that passes the filters is in the window the URL names, show where the results are.
      if (shownWindow && drawnVisible.length > 0 && !anyInWindow(drawnVisible.map(entryTime), targetWindow(vis))) reportWindow(null);
    }
    showSelection(vis, selectedId);
    if (containerRef.current) markSelected(containerRef.current, selectedId);
  }, [status, drawnEntries, drawnVisible, lanes, selectedId, shownWindow, containerRef]);

  // The window follows the URL (a shared link, back and forward, a date range): the one it names,
  // else the frame. A move that the timeline itself reported is already there.
  useEffect(() => {
    const vis = visRef.current;
    if (status !== 'ready' || !vis) return;
    if (shownWindow) {
      vis.fitted = null;
      if (!sameWindow(targetWindow(vis), shownWindow)) moveWindow(vis, shownWindow);
    } else showFrame(vis, frame, widthOf(containerRef.current));
  }, [status, shownWindow, from, to, drawnVisible, containerRef]);

  const revealNow = (id: string) => {
    const vis = visRef.current;
    const item = drawnEntries?.byId.get(id);
    const container = containerRef.current;
    const moved = vis && item ? revealEntry(vis, item, drawnVisible, container) : null;
    if (moved && vis) {
      vis.scrollToSelection = true;
      onWindowChange(moved);
    } else if (container) scrollToSelected(container, id);
  };

  const revealAsked = useEffectEvent(() => {
    const id = askedReveal.current;
    askedReveal.current = null;
    if (id) revealNow(id);
  });
  useEffect(() => {
    if (status === 'ready') revealAsked();
  }, [status]);

  return {
    status,
    zoom(direction) {
      const vis = visRef.current;
      if (!vis) return;
      const selected = selectedId && vis.shown.has(selectedId) ? drawnEntries?.byId.get(selectedId) : undefined;
      const window = zoomWindow(targetWindow(vis), direction, selected ? entryTime(selected) : null);
      moveWindow(vis, window);
      onWindowChange(window);
    },
    fitAll() {
      const vis = visRef.current;
      const window = frameWindow({ from, to }, drawnVisible, drawnEntries?.items ?? [], widthOf(containerRef.current));
      if (vis && window) moveWindow(vis, window);
      // Back to the frame: the URL names no window, and the frame is kept at any width.
      onWindowChange(null);
    },
    reveal(id) {
      if (status === 'ready') revealNow(id);
      else askedReveal.current = id;
    },
    drawFrom: handOver,
  };
}
