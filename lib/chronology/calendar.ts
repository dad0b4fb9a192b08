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

/** True when the parts make a real calendar date (no 2023-02-30). */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  // The parsers ask this of every entry: integers of four-digit years are answered by arithmetic,
  // without a Date (Date.UTC reads years 0–99 as 1900–1999, so no such year is real).
  if (Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) && year >= 100 && year <= 9999) {
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    return day <= (month === 2 ? (leap ? 29 : 28) : DAYS_IN_MONTH[month - 1]!);
  }
  // In UTC, where every day exists: a local calendar may skip one (Pacific/Kiritimati, 1994-12-31).
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The `YYYY-MM-DD` string of calendar parts. */
export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The day a news event happened: the day its summary states (lib/parser/digest/event-date.ts), else the day it was reported. */
export function eventDay(event: { date: string; eventDate: { date: string } | null }): string {
  return event.eventDate?.date ?? event.date;
}
