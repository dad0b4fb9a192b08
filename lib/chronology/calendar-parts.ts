/**
 * Checking and writing a date from its calendar parts, as the parsers read dates. Apart from
 * calendar.ts because only the parsers need it: the explorer's pages use calendar.ts, and a module
 * shared with the playground's parser worker carries into their bundle every export either side uses.
 */

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
