import type { ExplorerItem } from './types';

type Timed = Pick<ExplorerItem, 'kind' | 'id' | 'date' | 'time'>;

/** Time order: date, then time (an entry without a time first), then news before statements, then id. */
export function compareByTime(a: Timed, b: Timed): number {
  return (
    a.date.localeCompare(b.date) ||
    (a.time ?? '').localeCompare(b.time ?? '') ||
    (a.kind === b.kind ? 0 : a.kind === 'news' ? -1 : 1) ||
    a.id.localeCompare(b.id)
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
