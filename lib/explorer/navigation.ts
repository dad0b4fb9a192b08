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
 * The item before or after `current` among `sorted`, which is in time order. When `current` is
 * not among them (filtered out), the nearest one in that direction is returned; when there is no
 * current item, `next` starts at the oldest and `previous` at the newest. Null at either end.
 * A binary search: the explorer asks this on every selection, with up to 100,000 entries.
 */
export function adjacentInTimeOrder<T extends Timed>(sorted: readonly T[], current: Timed | null, direction: 'previous' | 'next'): T | null {
  if (!current) return (direction === 'next' ? sorted[0] : sorted[sorted.length - 1]) ?? null;
  // How many items come before `current` (previous), or before or at it (next).
  const after = direction === 'next';
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const item = sorted[middle];
    if (item === undefined) break;
    const order = compareByTime(item, current);
    if (order < 0 || (after && order === 0)) low = middle + 1;
    else high = middle;
  }
  return (after ? sorted[low] : sorted[low - 1]) ?? null;
}
