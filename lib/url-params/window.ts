/**
 * The timeline's window in the URL: `window=2022-01-01..2025-12-31`, or to the minute for a close
 * zoom (`2024-07-10T06:00..2024-07-12T18:30`). Each end is a wall-clock time in the reader's own
 * time zone, as the entries' dates are (lib/explorer/dates.ts): a shared link opens on the same
 * days anywhere. The text is checked here without a Date (the server reads it too); the browser
 * turns it into instants with parseWindowText and writes it back with formatWindowText.
 */
import { isPeriod } from './date-range';

const INSTANT = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2}))?$/;
const DAY_MS = 86_400_000;
/** From this span on, the window is written to the day (an error of at most 0.5 % of it). */
const DAYS_FROM_MS = 200 * DAY_MS;

/** `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM` naming a real day and time, as `YYYY-MM-DDTHH:MM` (comparable as text), or null. */
function instantText(text: string): string | null {
  const match = INSTANT.exec(text);
  if (!match?.[1] || !isPeriod(match[1])) return null;
  const hours = match[2] ?? '00';
  const minutes = match[3] ?? '00';
  if (Number(hours) > 23 || Number(minutes) > 59) return null;
  return `${match[1]}T${hours}:${minutes}`;
}

/** Whether the text is a window: two instants joined by `..`, the first before the second. */
export function isWindowText(text: string): boolean {
  const [start, end, ...rest] = text.split('..');
  if (start === undefined || end === undefined || rest.length > 0) return false;
  const first = instantText(start);
  const last = instantText(end);
  return first !== null && last !== null && first < last;
}

/** The local instant (ms) of a checked `YYYY-MM-DD[THH:MM]`. */
function localInstant(text: string): number {
  const [day = '', time = '00:00'] = text.split('T');
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return new Date(year, month - 1, date, hours, minutes).getTime();
}

/** The window a `window` value names, in local instants (ms); null when it is not one. */
export function parseWindowText(text: string): { start: number; end: number } | null {
  if (!isWindowText(text)) return null;
  const [start = '', end = ''] = text.split('..');
  return { start: localInstant(start), end: localInstant(end) };
}

const pad = (value: number) => String(value).padStart(2, '0');

/** A local instant as `YYYY-MM-DD`, or with `THH:MM`, rounded to the nearest day or minute. */
function instantAt(time: number, toTheDay: boolean): string {
  const unit = toTheDay ? DAY_MS : 60_000;
  const date = new Date(time);
  if (toTheDay) {
    // The nearest local midnight (a day may be 23 or 25 hours long where clocks change).
    if (date.getHours() >= 12) date.setDate(date.getDate() + 1);
    date.setHours(0, 0, 0, 0);
  } else date.setTime(Math.round(time / unit) * unit);
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return toTheDay ? day : `${day}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * The `window` value of a window (local instants, ms): to the day when it spans 200 days or more,
 * to the minute below, so that the window read back differs by well under 1 % of its span.
 */
export function formatWindowText(window: { start: number; end: number }): string {
  const toTheDay = window.end - window.start >= DAYS_FROM_MS;
  const start = instantAt(window.start, toTheDay);
  let end = instantAt(window.end, toTheDay);
  // A window too close to round apart keeps a minute between its ends.
  if (end <= start) end = instantAt(window.start + 60_000, false);
  return `${start}..${end}`;
}
