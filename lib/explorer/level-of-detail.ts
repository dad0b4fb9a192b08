/**
 * Level of detail for large chronologies. vis-timeline stays smooth with a few hundred items on
 * screen, not with thousands: past LOD_MIN_ITEMS entries the timeline is given, for the window it
 * shows, either the real items (when few enough fall in it) or one aggregate per period and lane
 * (a count), with periods wide enough that aggregates stand apart. Pure: times are numbers (ms),
 * periods are calendar periods in the reader's local time.
 */
import { addDays, addMonths, addQuarters, addWeeks, addYears, startOfDay, startOfMonth, startOfQuarter, startOfWeek } from 'date-fns';

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

/** The first year of the run of `length` years (five, ten) holding `year`: 2020 for 2024 in decades. */
const runStart = (year: number, length: number) => year - (((year % length) + length) % length);

/** The local start of the period holding `time`. Weeks start on Monday. */
export function periodStart(time: number, period: LodPeriod): number {
  const date = new Date(time);
  if (period === 'day') return startOfDay(date).getTime();
  if (period === 'week') return startOfWeek(date, { weekStartsOn: 1 }).getTime();
  if (period === 'month') return startOfMonth(date).getTime();
  if (period === 'quarter') return startOfQuarter(date).getTime();
  const year = date.getFullYear();
  if (period === 'year') return new Date(year, 0, 1).getTime();
  return new Date(runStart(year, period === 'five-years' ? 5 : 10), 0, 1).getTime();
}

/**
 * The local start of the period after the one starting at `start`. Calendar steps, not fixed
 * lengths: a week across a change to or from summer time is still Monday to Monday at midnight.
 */
export function periodEnd(start: number, period: LodPeriod): number {
  if (period === 'day') return addDays(start, 1).getTime();
  if (period === 'week') return addWeeks(start, 1).getTime();
  if (period === 'month') return addMonths(start, 1).getTime();
  if (period === 'quarter') return addQuarters(start, 1).getTime();
  return addYears(start, period === 'year' ? 1 : period === 'five-years' ? 5 : 10).getTime();
}

/** One entry as level of detail sees it: an id, its instant, its lane (or null), its importance. */
export interface LodEntry {
  id: string;
  time: number;
  lane: string | null;
  importance: number;
}

export interface LodAggregate {
  /** Stable per period and lane: `agg:<period>:<start>:<lane>`. */
  id: string;
  period: LodPeriod;
  start: number;
  end: number;
  lane: string | null;
  count: number;
  /** The id of its most important entry (the earliest of equals), which names the aggregate on the timeline. */
  topId: string;
  topImportance: number;
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
 * LOD_MAX_REAL_ITEMS, else aggregates of the same stretch, each with its most important entry
 * (found in the same pass: one comparison per entry).
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
    if (aggregate) {
      aggregate.count++;
      if (entry.importance > aggregate.topImportance) {
        aggregate.topId = entry.id;
        aggregate.topImportance = entry.importance;
      }
    } else {
      byKey.set(id, { id, period, start: periodFrom, end: periodEnd(periodFrom, period), lane: entry.lane, count: 1, topId: entry.id, topImportance: entry.importance });
    }
  }
  return { mode: 'aggregates', aggregates: [...byKey.values()] };
}
