/**
 * Every year from the first to the last, with the years left out of `yearCounts` at zero: the
 * columns of the timeline's touch preview and of the embed view (a module without React, for both).
 */
export function everyYear(yearCounts: ReadonlyArray<readonly [year: string, count: number]>): Array<[year: number, count: number]> {
  const counts = new Map(yearCounts.map(([year, count]) => [Number(year), count]));
  const years = [...counts.keys()].filter(Number.isInteger);
  if (years.length === 0) return [];
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, index) => [first + index, counts.get(first + index) ?? 0]);
}
