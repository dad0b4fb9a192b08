/**
 * Calendar arithmetic on `YYYY-MM-DD` strings. A Date is built only from a date's calendar
 * parts, at the reader's local midnight, and days are counted between calendar days
 * (date-fns), so no time zone, daylight saving change or UTC offset can move a date.
 */
import { differenceInCalendarDays } from 'date-fns';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const CLOCK_TIME = /^(\d{2}):(\d{2})$/;

/**
 * A local Date on the given day: at local midnight, or at the local clock time `HH:MM` when one
 * is given. Throws a RangeError for a string that is not `YYYY-MM-DD`.
 */
export function toLocalDate(isoDate: string, time: string | null = null): Date {
  const day = ISO_DATE.exec(isoDate);
  if (!day) throw new RangeError(`not a YYYY-MM-DD date: ${isoDate}`);
  const clock = time === null ? null : CLOCK_TIME.exec(time);
  const date = new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3]), Number(clock?.[1] ?? 0), Number(clock?.[2] ?? 0));
  // new Date(y, m, d) maps years 0–99 to 1900–1999.
  date.setFullYear(Number(day[1]));
  return date;
}

/** Whole calendar days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return differenceInCalendarDays(toLocalDate(b), toLocalDate(a));
}

/** The day a news event happened: the day its summary states (lib/parser/digest/event-date.ts), else the day it was reported. */
export function eventDay(event: { date: string; eventDate: { date: string } | null }): string {
  return event.eventDate?.date ?? event.date;
}
