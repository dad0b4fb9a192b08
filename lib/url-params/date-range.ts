/**
 * The date range of `from` and `to`: a year (`2023`), a month (`2023-05`) or a day
 * (`2023-05-13`). `from` means the start of its period and `to` the end of its period, both
 * inclusive: `from=2022&to=2023` is 2022-01-01 to 2023-12-31. Dates stay strings: a period is a
 * prefix of the YYYY-MM-DD dates it holds, so no Date (and no time zone) is involved.
 */

const PERIOD = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True for `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a real year (1000–9999), month and day: `2025-02-30` is not. */
export function isPeriod(text: string): boolean {
  const match = PERIOD.exec(text);
  if (!match) return false;
  const year = Number(match[1]);
  if (year < 1000) return false;
  if (match[2] === undefined) return true;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return false;
  if (match[3] === undefined) return true;
  const day = Number(match[3]);
  return day >= 1 && day <= daysInMonth(year, month);
}

/** The first day of a period: `2023` → `2023-01-01`, `2023-05` → `2023-05-01`. */
export function periodFirstDay(period: string): string {
  return period.length === 4 ? `${period}-01-01` : period.length === 7 ? `${period}-01` : period;
}

/** The last day of a period: `2023` → `2023-12-31`, `2024-02` → `2024-02-29`. */
export function periodLastDay(period: string): string {
  if (period.length === 4) return `${period}-12-31`;
  if (period.length === 7) return `${period}-${String(daysInMonth(Number(period.slice(0, 4)), Number(period.slice(5, 7)))).padStart(2, '0')}`;
  return period;
}

/** Whether a YYYY-MM-DD date lies in the range (either end may be open). */
export function inDateRange(date: string, from: string | null, to: string | null): boolean {
  // A period is a prefix of its dates: compare the date cut to the period's length.
  if (from !== null && date.slice(0, from.length) < from) return false;
  if (to !== null && date.slice(0, to.length) > to) return false;
  return true;
}
