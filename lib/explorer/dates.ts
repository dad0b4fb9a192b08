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

/** An entry's dating: its day, the last day of a range, whether it is scheduled, and its report (ExplorerItem). */
export interface EntryDating {
  date: string;
  time: string | null;
  dateEnd: string | null;
  dateStatus: 'scheduled' | 'by' | null;
}

/**
 * The day it happened, in words: `2022年6月29日(水)`, a range `2025年4月8日(火)〜10日(木)` (the last
 * day's month and year only when they change), `2024年7月11日(木)まで`, with the time when it has one.
 */
export function formatJaEventDay({ date, time, dateEnd, dateStatus }: EntryDating): string {
  let text = formatJaDate(date);
  if (dateEnd) {
    const end = formatJaDate(dateEnd);
    text += `〜${dateEnd.slice(0, 7) === date.slice(0, 7) ? end.replace(/^.*月/, '') : dateEnd.slice(0, 4) === date.slice(0, 4) ? end.replace(/^.*年/, '') : end}`;
  }
  if (dateStatus === 'by') text += 'まで';
  return time ? `${text} ${time}` : text;
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
