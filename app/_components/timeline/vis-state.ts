/**
 * The vis-timeline adapter's state and the moves it makes on it (use-vis-timeline.ts): where the
 * window is going, moving it, framing the results, bringing an entry into view. Plain functions
 * over the state, so that the hook keeps to React's side of things.
 */
import type { DataView } from 'vis-data/esnext';
import type { Timeline as VisTimeline } from 'vis-timeline/esnext';
import { clearEdges, entryTime, nearestGap, panWindow, revealWindow, sameWindow, type ExplorerItem, type LaneMode, type TimeWindow } from '@/lib/explorer';
import { isDrawnWhole } from './edge-fit';
import type { LevelOfDetail, VisItem, VisItems } from './vis-items';

type VisRuntime = typeof import('./vis-runtime');

const ANIMATION_MS = 250;

/** The timeline's width in pixels; a guess before it is laid out. */
export const widthOf = (element: HTMLElement | null): number => element?.clientWidth || 800;

export interface VisState {
  /** The chunk the timeline runs on. */
  runtime: VisRuntime;
  timeline: VisTimeline;
  dataset: VisItems;
  view: DataView<VisItem, 'id'>;
  /** Ids the DataView lets through; mutated, then view.refresh() once per filter change. */
  shown: Set<string>;
  lanes: LaneMode;
  /** The target of the window's animated move under way, if any. */
  moving: (TimeWindow & { until: number }) | null;
  /** Large chronologies only: the dataset then holds only what the window needs. */
  lod: LevelOfDetail | null;
  /** The frame on show while the URL names no window (frameWindow), and how to make it at another width. */
  fitted: { window: TimeWindow; frame: (widthPx: number) => TimeWindow | null } | null;
  /** The timeline's width changed: once redrawn, the selected entry must still be drawn whole. */
  checkSelection: boolean;
  /** An entry was revealed: once drawn, the page scrolls so that it is not under a sheet or an edge. */
  scrollToSelection: boolean;
}

/**
 * Scrolls the page, as little as it takes, to the selected box (the page's scroll padding keeps it
 * clear of the detail sheet) while the reader is on the timeline or its panel (stepping with the
 * keys), never away from a control they went on to.
 */
export function scrollToSelected(container: HTMLElement, id: string | null): void {
  const focused = document.activeElement;
  const onTimeline = !focused || focused === document.body || container.contains(focused) || focused.closest('.detail-panel') !== null;
  const box = id && onTimeline ? container.querySelector(`.vis-item.vis-box[data-id="${CSS.escape(id)}"]`) : null;
  box?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

/** Whether an animated move is still under way. */
export const isMoving = (vis: VisState): boolean => vis.moving !== null && performance.now() < vis.moving.until;

/** Where the window is going: an animated move still under way, else where it is. */
export function targetWindow(vis: VisState): TimeWindow {
  if (vis.moving && performance.now() < vis.moving.until) return { start: vis.moving.start, end: vis.moving.end };
  const { start, end } = vis.timeline.getWindow();
  return { start: start.getTime(), end: end.getTime() };
}

/**
 * Moves the window, remembering where to while the animation runs so that the next move (a
 * second press of 拡大, the next ← during the glide) starts from there rather than from midway.
 */
export function moveWindow(vis: VisState, { start, end }: TimeWindow): void {
  vis.fitted = null;
  vis.moving = { start, end, until: performance.now() + ANIMATION_MS + 50 };
  vis.timeline.setWindow(new Date(start), new Date(end), { animation: { duration: ANIMATION_MS, easingFunction: 'easeInOutQuad' } });
}

/** Selects the selected entry on the timeline when it passes the filters, nothing otherwise. */
export function showSelection(vis: VisState, selectedId: string | null): void {
  vis.timeline.setSelection(selectedId && vis.shown.has(selectedId) ? [selectedId] : []);
}

/** Shows the frame (the results, or the date range), and keeps it at any width until another move. */
export function showFrame(vis: VisState, frame: (widthPx: number) => TimeWindow | null, widthPx: number): void {
  const window = frame(widthPx);
  if (!window) return;
  if (!sameWindow(targetWindow(vis), window, 1 / 2000)) moveWindow(vis, window);
  vis.fitted = { window, frame };
}

/**
 * The timeline's width changed (the detail panel opened or closed beside it, the window was
 * resized): a window that showed every entry shows them all again at the new width, with room
 * at its ends (spanWindow), and the selected entry is checked once the timeline is redrawn.
 */
export function fitToWidth(vis: VisState, widthPx: number): void {
  const { fitted } = vis;
  if (fitted && sameWindow(targetWindow(vis), fitted.window, 1 / 2000)) {
    const window = fitted.frame(widthPx);
    if (window) {
      vis.timeline.setWindow(new Date(window.start), new Date(window.end), { animation: false });
      vis.fitted = { window, frame: fitted.frame };
    }
  }
  vis.checkSelection = true;
  vis.timeline.redraw();
}

/**
 * Brings an entry into view, keeping the zoom: nothing moves while its box is drawn whole; out of
 * view, the window pans to it (and, once there, zooms in only if it is drawn inside a cluster);
 * inside a cluster, the window closes in until it stands apart from its nearest neighbour.
 * Returns the window it moves to, or null.
 */
export function revealEntry(vis: VisState, item: ExplorerItem, visible: readonly ExplorerItem[], container: HTMLElement | null): TimeWindow | null {
  if (!vis.shown.has(item.id) || (container && !isMoving(vis) && isDrawnWhole(container, item.id))) return null;
  const widthPx = widthOf(container);
  const time = entryTime(item);
  const current = targetWindow(vis);
  // Neither window cuts a neighbour's box at its edges (clearEdges).
  const others = visible.filter((other) => other.id !== item.id).map(entryTime);
  const panned = panWindow(current, time, widthPx);
  if (panned) {
    const pan = clearEdges(panned, others, widthPx);
    moveWindow(vis, pan);
    vis.checkSelection = true;
    return pan;
  }
  const revealed = revealWindow(current, time, nearestGap(time, others), widthPx);
  const window = revealed && clearEdges(revealed, others, widthPx);
  if (window) moveWindow(vis, window);
  return window;
}

/** Whether the DataView already lets exactly these entries through. */
export function showsExactly(shown: ReadonlySet<string>, visible: readonly ExplorerItem[]): boolean {
  return shown.size === visible.length && visible.every((item) => shown.has(item.id));
}
