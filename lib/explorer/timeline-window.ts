/**
 * The timeline's window and zoom arithmetic. Pure: a window is a pair of instants (ms since the
 * epoch) and an entry stands at its local date and time (see dates.ts), so the arithmetic reads
 * the same in every time zone. The vis-timeline adapter only applies what these functions return.
 */
import { addYears, startOfYear } from 'date-fns';
import { periodFirstDay, periodLastDay } from '@/lib/url-params/date-range';
import { dateSpan, toLocalDate } from './dates';

const DAY_MS = 86_400_000;
const YEAR_MS = 365.25 * DAY_MS;

/** Closest zoom: about one day across the timeline. */
export const ZOOM_MIN = DAY_MS;
/** Widest zoom: about thirty years across the timeline. */
export const ZOOM_MAX = 30 * YEAR_MS;
/** Two entries are drawn apart (not clustered) when at least this many pixels separate them. */
export const UNCLUSTERED_GAP_PX = 170;
/**
 * Half the widest thing vis centres on an instant: a cluster's pill (its label at most 11rem,
 * globals.css' .tl-group, with its padding and border), wider than half an item's box.
 */
const CENTRED_HALF_PX = 100;
/** The most of a narrow timeline's width (a phone's) that the room at either end may take. */
const EDGE_ROOM_SHARE = 0.2;
/** Share of the whole span at either end whose boxes open inwards, so they are never cut off. */
const EDGE_SHARE = 0.05;

/** What the timeline shows: from `start` to `end`, both instants in ms. */
export interface TimeWindow {
  start: number;
  end: number;
}

/** The instant an entry stands at on the timeline: its local day, at its time when it has one. */
export function entryTime(entry: { date: string; time?: string | null }): number {
  return toLocalDate(entry.date, entry.time ?? null).getTime();
}

/** The local midnights of the first and last days of the entries ({0, 0} without entries). */
export function timeSpan(entries: ReadonlyArray<{ date: string }>): { first: number; last: number } {
  const span = dateSpan(entries);
  return span ? { first: entryTime({ date: span.first }), last: entryTime({ date: span.last }) } : { first: 0, last: 0 };
}

/**
 * The room, in pixels, kept between an entry near either end of a window and the window's edge,
 * so that the box or cluster centred on it is drawn whole in a timeline `widthPx` wide.
 */
export function edgeRoomPx(widthPx: number): number {
  return Math.min(CENTRED_HALF_PX, widthPx * EDGE_ROOM_SHARE);
}

/**
 * Which way a box at `time` opens: inwards near either end of `span` (so that it is never cut
 * off by the edge of the window that shows everything), centred elsewhere.
 */
export function boxAlignment(time: number, span: { first: number; last: number }): 'left' | 'right' | 'center' {
  const position = span.last > span.first ? (time - span.first) / (span.last - span.first) : 0.5;
  return position < EDGE_SHARE ? 'left' : position > 1 - EDGE_SHARE ? 'right' : 'center';
}

/**
 * A window over the entries: from the first January before the first entry to the first January
 * after the last (so that the axis names both years), widened so that a box or a cluster centred
 * on the first or the last entry is drawn whole in a timeline `widthPx` wide (edgeRoomPx). Null
 * without entries.
 */
export function spanWindow(entries: ReadonlyArray<{ date: string }>, widthPx: number): TimeWindow | null {
  const span = dateSpan(entries);
  if (!span) return null;
  const firstDay = toLocalDate(span.first);
  const lastDay = toLocalDate(span.last);
  const first = firstDay.getTime();
  const last = lastDay.getTime() + DAY_MS;
  const yearStart = startOfYear(firstDay).getTime();
  const yearEnd = addYears(startOfYear(lastDay), 1).getTime();
  return withRoom({ start: yearStart, end: yearEnd }, first, last, widthPx);
}

/**
 * `bounds`, widened only as far as needed so that a box or a cluster centred on the instants
 * `first` and `last` is drawn whole in a timeline `widthPx` wide (edgeRoomPx).
 */
function withRoom(bounds: TimeWindow, first: number, last: number, widthPx: number): TimeWindow {
  const roomShare = edgeRoomPx(widthPx) / widthPx;
  let window = bounds;
  // Widening an end makes each pixel stand for more time, so the room is measured again on the
  // wider window until it holds at both ends (each round adds at most 2 × EDGE_ROOM_SHARE of the last).
  for (let round = 0; round < 24; round++) {
    const pad = roomShare * Math.max(window.end - window.start, 30 * DAY_MS);
    const next = { start: Math.min(bounds.start, first - pad), end: Math.max(bounds.end, last + pad) };
    if (next.start === window.start && next.end === window.end) break;
    window = next;
  }
  return window;
}

/**
 * The window after one zoom step: half as wide going in, twice as wide going out, never past
 * ZOOM_MIN or ZOOM_MAX. An `anchor` inside the window keeps its place on screen (so that zooming
 * in closes in on the selected entry); otherwise the zoom is about the middle.
 */
export function zoomWindow(window: TimeWindow, direction: 'in' | 'out', anchor: number | null): TimeWindow {
  const span = window.end - window.start;
  const about = anchor !== null && anchor > window.start && anchor < window.end ? anchor : window.start + span / 2;
  const nextSpan = Math.min(ZOOM_MAX, Math.max(ZOOM_MIN, span * (direction === 'in' ? 0.5 : 2)));
  const start = about - ((about - window.start) / span) * nextSpan;
  return { start, end: start + nextSpan };
}

/** The smallest non-zero distance from `time` to any of `others`, or Infinity when there is none. */
export function nearestGap(time: number, others: Iterable<number>): number {
  let gap = Infinity;
  for (const other of others) {
    const distance = Math.abs(other - time);
    if (distance > 0 && distance < gap) gap = distance;
  }
  return gap;
}

/**
 * Where to move so that the entry at `time` is in view and stands alone: centred, close enough
 * that its nearest neighbour (`gap` away) is UNCLUSTERED_GAP_PX off in a timeline `widthPx` wide,
 * never wider than the current window. Null when it already stands alone, well inside the window:
 * 8 % of it, and at least edgeRoomPx, from either edge, so that its box is drawn whole.
 */
export function revealWindow(window: TimeWindow, time: number, gap: number, widthPx: number): TimeWindow | null {
  const span = window.end - window.start;
  const fitting = Number.isFinite(gap) ? Math.max(ZOOM_MIN * 2, (gap * widthPx) / UNCLUSTERED_GAP_PX) : span;
  const target = Math.min(span, fitting);
  const margin = span * Math.max(0.08, edgeRoomPx(widthPx) / widthPx);
  const inView = time > window.start + margin && time < window.end - margin;
  if (target >= span && inView) return null;
  return { start: time - target / 2, end: time + target / 2 };
}

/**
 * Where to pan so that the entry at `time` is in view, at the same zoom: null when it is already
 * well inside the window (as revealWindow measures it), else the window of the same span centred on it.
 */
export function panWindow(window: TimeWindow, time: number, widthPx: number): TimeWindow | null {
  const span = window.end - window.start;
  const margin = span * Math.max(0.08, edgeRoomPx(widthPx) / widthPx);
  if (time > window.start + margin && time < window.end - margin) return null;
  return { start: time - span / 2, end: time + span / 2 };
}

/**
 * `window`, widened at an end where an entry stands so near that edge that the box or cluster
 * centred on it would be cut (within edgeRoomPx of it, inside or outside): the edge moves out past
 * that entry's room, so the whole box is drawn. Widening changes the scale and may bring the next
 * entry near the new edge, so it is measured again (a few rounds at most); a window with nothing
 * near its edges comes back as it was.
 */
export function clearEdges(window: TimeWindow, times: readonly number[], widthPx: number): TimeWindow {
  const roomShare = edgeRoomPx(widthPx) / widthPx;
  let { start, end } = window;
  for (let round = 0; round < 8; round++) {
    const room = roomShare * (end - start);
    let nextStart = start;
    let nextEnd = end;
    for (const time of times) {
      if (time > start - room && time < start + room) nextStart = Math.min(nextStart, time - room * 1.05);
      if (time > end - room && time < end + room) nextEnd = Math.max(nextEnd, time + room * 1.05);
    }
    if (nextStart === start && nextEnd === end) break;
    start = nextStart;
    end = nextEnd;
  }
  return { start, end };
}

/** The window that opens a cluster from `min` to `max`: a quarter more either side, at least three days. */
export function clusterWindow(min: number, max: number): TimeWindow {
  const pad = Math.max((max - min) * 0.25, 3 * DAY_MS);
  return { start: min - pad, end: max + pad };
}

/** The window that opens a period (an aggregate's), with a twentieth of it either side. */
export function periodWindow(period: TimeWindow): TimeWindow {
  const pad = (period.end - period.start) * 0.05;
  return { start: period.start - pad, end: period.end + pad };
}

/** Whether any of the instants falls in the window, ends included. */
export function anyInWindow(times: Iterable<number>, window: TimeWindow): boolean {
  for (const time of times) if (time >= window.start && time <= window.end) return true;
  return false;
}

/**
 * Whether two windows are the same to within `share` of the second's span at either end: a
 * window read back from the URL (to the day or the minute) is the one that was written.
 */
export function sameWindow(a: TimeWindow, b: TimeWindow, share = 0.01): boolean {
  const tolerance = (b.end - b.start) * share;
  return Math.abs(a.start - b.start) <= tolerance && Math.abs(a.end - b.end) <= tolerance;
}

/**
 * The window that frames the results when the URL names none: the `from`/`to` range when one is
 * given (an open end taken from the entries), widened where an entry near either end needs the
 * room to be drawn whole; else the span of the entries that pass the filters (all of them when
 * none does), as spanWindow frames it. Null without entries.
 */
export function frameWindow(range: { from: string | null; to: string | null }, visible: ReadonlyArray<{ date: string }>, all: ReadonlyArray<{ date: string }>, widthPx: number): TimeWindow | null {
  const entries = visible.length > 0 ? visible : all;
  if (range.from === null && range.to === null) return spanWindow(entries, widthPx);
  const span = dateSpan(entries);
  const first = range.from ? periodFirstDay(range.from) : span?.first;
  const last = range.to ? periodLastDay(range.to) : span?.last;
  if (!first || !last) return null;
  const start = toLocalDate(first).getTime();
  const end = toLocalDate(last).getTime() + DAY_MS;
  const inRange = entries.map(entryTime).filter((time) => time >= start && time < end);
  if (inRange.length === 0) return { start, end };
  return withRoom({ start, end }, Math.min(...inRange), Math.max(...inRange), widthPx);
}
