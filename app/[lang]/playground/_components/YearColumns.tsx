import type { PlaygroundWords as PlaygroundStrings } from '@/lib/i18n/playground-strings';

/** Entries per year, oldest first, every year from the first to the last (years without entries at 0). */
export function entriesPerYear(dates: readonly string[]): Array<{ year: number; count: number }> {
  const counts = new Map<number, number>();
  for (const date of dates) {
    const year = Number(date.slice(0, 4));
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  if (counts.size === 0) return [];
  const years = [...counts.keys()];
  const first = Math.min(...years);
  return Array.from({ length: Math.max(...years) - first + 1 }, (_, i) => ({ year: first + i, count: counts.get(first + i) ?? 0 }));
}

/**
 * A small preview of the entries along time: one column per year, as the phone's timeline
 * preview draws them, each year and its count written below. Drawn here rather than with the
 * explorer's charts: sharing their modules with this page made the bundler split them out of
 * `/`'s own chunk, and the explorer's first load grew.
 */
export function YearColumns({ strings, dates }: { strings: PlaygroundStrings; dates: readonly string[] }) {
  const years = entriesPerYear(dates);
  const first = years[0];
  const last = years.at(-1);
  if (!first || !last) return null;
  const most = Math.max(1, ...years.map((y) => y.count));
  return (
    <figure className="space-y-1">
      <figcaption className="font-bold">{strings.chart.title}</figcaption>
      <p className="text-sm text-secondary">{strings.chart.description(first.year, last.year, dates.length)}</p>
      <ol className="flex h-32 max-w-3xl items-end gap-0.5 overflow-x-auto border-b border-control pt-4">
        {years.map(({ year, count }) => (
          <li key={year} className="flex h-full min-w-7 flex-1 flex-col items-center justify-end">
            <span className="text-[0.6875rem] tabular-nums text-secondary">{count > 0 ? count : ''}</span>
            <span className="w-full rounded-t-xs bg-accent-bar" style={{ height: count === 0 ? 0 : `${Math.max(4, (count / most) * 100)}%` }} aria-hidden="true" />
            <span className="sr-only">{strings.chart.yearCount(year, count)}</span>
          </li>
        ))}
      </ol>
      <p className="flex max-w-3xl justify-between text-xs text-secondary" aria-hidden="true">
        <span>{strings.chart.yearEnd(first.year)}</span>
        <span>{strings.chart.yearEnd(last.year)}</span>
      </p>
    </figure>
  );
}
