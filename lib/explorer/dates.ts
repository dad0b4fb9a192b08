/**
 * Dates for display and for the timeline. Entries carry `YYYY-MM-DD` strings; a Date is only
 * built from their calendar parts, at the reader's local midnight (or local clock time), so that
 * 15 April stays on 15 April in Tokyo and in Los Angeles alike.
 */
import { getDay } from 'date-fns';
import { toLocalDate } from '../chronology/calendar';

/**
 * The weekdays as Japanese dates write them, Sunday first (getDay's order). Not date-fns's `format`
 * with its `ja` locale: that pair brings a whole formatter and locale into the home page's first
 * JavaScript for one character.
 */
const WEEKDAYS = ['日', '月', '火', '水', '木', '金', '土'] as const;

/** A local Date on the entry's day (at its time when it has one); see lib/chronology/calendar. */
export { toLocalDate };

/** `2025年6月26日(木)`: the date with its weekday. */
export function formatJaDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${year}年${month}月${day}日(${WEEKDAYS[getDay(toLocalDate(isoDate))]})`;
}

/** `2025年6月26日(木) 22:48`, or just the date when there is no time. */
export function formatJaDateTime(isoDate: string, time: string | null): string {
  return time ? `${formatJaDate(isoDate)} ${time}` : formatJaDate(isoDate);
}

/** The machine-readable value of a `<time>` element: `2025-06-26` or `2025-06-26T22:48`. */
export function dateTimeAttribute(isoDate: string, time: string | null): string {
  return time ? `${isoDate}T${time}` : isoDate;
}

/** The first and last days of the items, or null when there are none. */
export function dateSpan(items: ReadonlyArray<{ date: string }>): { first: string; last: string } | null {
  let first: string | null = null;
  let last: string | null = null;
  for (const { date } of items) {
    if (first === null || date < first) first = date;
    if (last === null || date > last) last = date;
  }
  return first !== null && last !== null ? { first, last } : null;
}
