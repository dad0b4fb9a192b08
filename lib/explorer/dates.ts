/**
 * Dates for display and for the timeline. Entries carry `YYYY-MM-DD` strings; a Date is only
 * built here, at the reader's local midnight (or local clock time), so that 15 April stays on
 * 15 April in Tokyo and in Los Angeles alike.
 */

function parts(isoDate: string): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new RangeError(`not a YYYY-MM-DD date: ${isoDate}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** A local Date on the entry's day (at its time when it has one). */
export function toLocalDate(isoDate: string, time: string | null = null): Date {
  const [year, month, day] = parts(isoDate);
  const [hours, minutes] = time && /^\d{2}:\d{2}$/.test(time) ? time.split(':').map(Number) : [0, 0];
  const date = new Date(year, month - 1, day, hours ?? 0, minutes ?? 0);
  // new Date(y, m, d) maps years 0–99 to 1900–1999.
  date.setFullYear(year);
  return date;
}

/** `2025年6月26日`. */
export function formatJaDate(isoDate: string): string {
  const [year, month, day] = parts(isoDate);
  return `${year}年${month}月${day}日`;
}

/** `2025年6月26日 22:48`, or just the date when there is no time. */
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
