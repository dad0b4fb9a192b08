/**
 * Dates in English (`26 June 2025`), beside the Japanese ones of ./dates.ts. The Date handed to
 * date-fns is built from the entry's calendar parts at the reader's local noon: no time zone, and no
 * daylight saving change at midnight, can move it to another day.
 */
import { format } from 'date-fns';
import type { EntryDating } from './dates';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A local Date at noon on the given `YYYY-MM-DD` day. */
function localNoon(isoDate: string): Date {
  const day = ISO_DATE.exec(isoDate);
  if (!day) throw new RangeError(`not a YYYY-MM-DD date: ${isoDate}`);
  const date = new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3]), 12);
  date.setFullYear(Number(day[1]));
  return date;
}

/** `26 June 2025`; a text that is no `YYYY-MM-DD` date is given back as it is. */
export function formatEnDate(isoDate: string): string {
  return ISO_DATE.test(isoDate) ? format(localNoon(isoDate), 'd MMMM yyyy') : isoDate;
}

/** `26 June 2025, 22:48`, or just the date when there is no time. */
export function formatEnDateTime(isoDate: string, time: string | null): string {
  return time ? `${formatEnDate(isoDate)}, ${time}` : formatEnDate(isoDate);
}

/**
 * The day it happened, in words: `29 June 2022`, a range `8–10 April 2025` (`30 June – 2 July
 * 2025`, `30 December 2024 – 2 January 2025`), `by 11 July 2024`, with the time when it has one.
 */
export function formatEnEventDay({ date, time, dateEnd, dateStatus }: EntryDating): string {
  let text = formatEnDate(date);
  if (dateEnd && ISO_DATE.test(date) && ISO_DATE.test(dateEnd)) {
    const start = localNoon(date);
    const end = formatEnDate(dateEnd);
    if (dateEnd.slice(0, 7) === date.slice(0, 7)) text = `${format(start, 'd')}–${end}`;
    else if (dateEnd.slice(0, 4) === date.slice(0, 4)) text = `${format(start, 'd MMMM')} – ${end}`;
    else text = `${text} – ${end}`;
  }
  if (dateStatus === 'by') text = `by ${text}`;
  return time ? `${text}, ${time}` : text;
}
