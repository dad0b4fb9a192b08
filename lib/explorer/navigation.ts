import type { ExplorerItem } from './types';

type Timed = Pick<ExplorerItem, 'kind' | 'id' | 'date' | 'time'>;

/**
 * Orders two strings by UTF-16 code units. Dates (YYYY-MM-DD), times (HH:MM) and ids are ASCII
 * written to sort this way; `localeCompare` would give the same order through the ICU collator,
 * which costs tens of milliseconds to set up on a phone and is many times slower per comparison.
 */
function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Time order: date, then time (an entry without a time first), then news before statements, then id. */
export function compareByTime(a: Timed, b: Timed): number {
  return (
    compareCodeUnits(a.date, b.date) ||
    compareCodeUnits(a.time ?? '', b.time ?? '') ||
    (a.kind === b.kind ? 0 : a.kind === 'news' ? -1 : 1) ||
    compareCodeUnits(a.id, b.id)
  );
}

/** A copy of the items in time order, oldest first. */
export function sortByTime<T extends Timed>(items: readonly T[]): T[] {
  return [...items].sort(compareByTime);
}

/** A copy of the items newest first, as the list view shows them. */
export function sortNewestFirst<T extends Timed>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => compareByTime(b, a));
}

/**
 * The item before or after `current` in time order among `items` (any order). When `current` is
 * not among them (filtered out), the nearest one in that direction is returned; when there is no
 * current item, `next` starts at the oldest and `previous` at the newest. Null at either end.
 */
export function adjacentItem<T extends Timed>(
  items: readonly T[],
  current: Timed | null,
  direction: 'previous' | 'next',
): T | null {
  const sorted = sortByTime(items);
  if (sorted.length === 0) return null;
  if (!current) return (direction === 'next' ? sorted[0] : sorted[sorted.length - 1]) ?? null;
  if (direction === 'next') return sorted.find((item) => compareByTime(item, current) > 0) ?? null;
  for (let i = sorted.length - 1; i >= 0; i--) {
    const item = sorted[i];
    if (item && compareByTime(item, current) < 0) return item;
  }
  return null;
}
