import type { ExplorerItem } from '@/lib/explorer';
import { ja } from '@/lib/i18n/ja';
import { StateLink } from './StateLink';

interface YearIndexProps {
  items: readonly ExplorerItem[];
  /** Where a year leads without JavaScript (the list view, at that year). */
  hrefForYear: (year: string) => string;
  onYear: (year: number) => void;
}

/** Entries per year, each year a way into the timeline. Years without entries are left out. */
export function YearIndex({ items, hrefForYear, onYear }: YearIndexProps) {
  const counts = new Map<string, number>();
  for (const item of items) {
    const year = item.date.slice(0, 4);
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  const years = [...counts].sort(([a], [b]) => a.localeCompare(b));
  const most = Math.max(1, ...counts.values());
  if (years.length === 0) return null;
  return (
    <nav aria-labelledby="year-index-heading" className="rounded-lg border border-slate-200 bg-white p-3">
      <h2 id="year-index-heading" className="text-sm font-bold text-slate-900">
        {ja.explorer.yearIndexHeading}
      </h2>
      <p className="text-xs text-slate-600">{ja.explorer.yearIndexHint}</p>
      <ul className="year-index mt-2">
        {years.map(([year, count]) => (
          <li key={year}>
            <StateLink href={hrefForYear(year)} onNavigate={() => onYear(Number(year))} className="year-link" aria-label={ja.explorer.yearLabel(year, count)}>
              <span className="year-link-label">{year}</span>
              <span className="year-link-bar" aria-hidden="true">
                <span style={{ width: `${Math.max(8, (count / most) * 100)}%` }} />
              </span>
              <span className="year-link-count" aria-hidden="true">
                {count}
              </span>
            </StateLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
