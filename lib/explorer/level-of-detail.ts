/**
 * Level of detail for large chronologies. vis-timeline stays smooth with a few hundred items on
 * screen, not with thousands: past LOD_MIN_ITEMS entries the timeline is given, for the window it
 * shows, either the real items (when few enough fall in it) or one aggregate per period and lane
 * (a count), with periods wide enough that aggregates stand apart. Pure: times are numbers (ms),
 * periods are calendar periods in the reader's local time.
 */

/** Below this many entries the timeline gets every item and clusters them itself. */
export const LOD_MIN_ITEMS = 2000;
/** At most this many real items in the window; more are shown as aggregates. */
export const LOD_MAX_REAL_ITEMS = 250;
/** Aggregates are at least this many pixels apart. */
export const LOD_MIN_GAP_PX = 60;

export type LodPeriod = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'five-years' | 'decade';

const DAY = 86_400_000;
/** The shortest length of each period, in ms (for choosing one; boundaries are calendar ones). */
const PERIOD_MS: ReadonlyArray<[LodPeriod, number]> = [
  ['day', DAY],
  ['week', 7 * DAY],
  ['month', 28 * DAY],
  ['quarter', 90 * DAY],
  ['year', 365 * DAY],
  ['five-years', 1826 * DAY],
  ['decade', 3652 * DAY],
];

/** The shortest period that keeps aggregates `LOD_MIN_GAP_PX` apart in a window `spanMs` wide. */
export function lodPeriod(spanMs: number, widthPx: number): LodPeriod {
  const needed = (spanMs * LOD_MIN_GAP_PX) / Math.max(1, widthPx);
  return PERIOD_MS.find(([, ms]) => ms >= needed)?.[0] ?? 'decade';
}

/** The local start of the period holding `time`. Weeks start on Monday. */
export function periodStart(time: number, period: LodPeriod): number {
  const date = new Date(time);
  const year = date.getFullYear();
  const month = date.getMonth();
  let start: Date;
  if (period === 'day') start = new Date(year, month, date.getDate());
  else if (period === 'week') start = new Date(year, month, date.getDate() - ((date.getDay() + 6) % 7));
  else if (period === 'month') start = new Date(year, month, 1);
  else if (period === 'quarter') start = new Date(year, month - (month % 3), 1);
  else if (period === 'year') start = new Date(year, 0, 1);
  else if (period === 'five-years') start = new Date(year - (((year % 5) + 5) % 5), 0, 1);
  else start = new Date(year - (((year % 10) + 10) % 10), 0, 1);
  return start.getTime();
}

/** The local start of the period after the one starting at `start`. */
export function periodEnd(start: number, period: LodPeriod): number {
  const date = new Date(start);
  const year = date.getFullYear();
  const month = date.getMonth();
  const day = date.getDate();
  if (period === 'day') return new Date(year, month, day + 1).getTime();
  if (period === 'week') return new Date(year, month, day + 7).getTime();
  if (period === 'month') return new Date(year, month + 1, 1).getTime();
  if (period === 'quarter') return new Date(year, month + 3, 1).getTime();
  if (period === 'year') return new Date(year + 1, 0, 1).getTime();
  if (period === 'five-years') return new Date(year + 5, 0, 1).getTime();
  return new Date(year + 10, 0, 1).getTime();
}

/** One entry as level of detail sees it: an id, its instant, its lane (or null). */
export interface LodEntry {
  id: string;
  time: number;
  lane: string | null;
}

export interface LodAggregate {
  /** Stable per period and lane: `agg:<period>:<start>:<lane>`. */
  id: string;
  period: LodPeriod;
  start: number;
  end: number;
  lane: string | null;
  count: number;
}

export type LodContent = { mode: 'items'; ids: string[] } | { mode: 'aggregates'; aggregates: LodAggregate[] };

/** The first index in `entries` (time order) whose time is ≥ `time`. */
export function lowerBound(entries: readonly LodEntry[], time: number): number {
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((entries[mid]?.time ?? Infinity) < time) low = mid + 1;
    else high = mid;
  }
  return low;
}

export const AGGREGATE_PREFIX = 'agg:';
export const isAggregateId = (id: string): boolean => id.startsWith(AGGREGATE_PREFIX);

/**
 * What the timeline should hold for the window [start, end] over `entries` (the entries that pass
 * the filters, in time order): the real items of the window and half a window either side (so a
 * drag shows no gap before the next update) when the window itself holds at most
 * LOD_MAX_REAL_ITEMS, else aggregates of the same stretch.
 */
export function lodContent(entries: readonly LodEntry[], start: number, end: number, widthPx: number): LodContent {
  const span = Math.max(1, end - start);
  const inWindow = lowerBound(entries, end + 1) - lowerBound(entries, start);
  const from = lowerBound(entries, start - span / 2);
  const to = lowerBound(entries, end + span / 2 + 1);
  if (inWindow <= LOD_MAX_REAL_ITEMS) {
    return { mode: 'items', ids: entries.slice(from, to).map((entry) => entry.id) };
  }
  const period = lodPeriod(span, widthPx);
  const byKey = new Map<string, LodAggregate>();
  for (let index = from; index < to; index++) {
    const entry = entries[index];
    if (!entry) continue;
    const periodFrom = periodStart(entry.time, period);
    const id = `${AGGREGATE_PREFIX}${period}:${periodFrom}:${entry.lane ?? ''}`;
    const aggregate = byKey.get(id);
    if (aggregate) aggregate.count++;
    else byKey.set(id, { id, period, start: periodFrom, end: periodEnd(periodFrom, period), lane: entry.lane, count: 1 });
  }
  return { mode: 'aggregates', aggregates: [...byKey.values()] };
}
