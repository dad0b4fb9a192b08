import { ja } from '@/lib/i18n/ja';
import { StateLink } from './StateLink';

interface YearIndexProps {
  /** Visible entries per year, oldest year first. */
  yearCounts: ReadonlyArray<readonly [year: string, count: number]>;
  /** Where a year leads without JavaScript (the list view, at that year). */
  hrefForYear: (year: string) => string;
  onYear: (year: number) => void;
}

/** Entries per year, each year a way into the timeline. Years without entries are left out. */
export function YearIndex({ yearCounts: years, hrefForYear, onYear }: YearIndexProps) {
  const most = Math.max(1, ...years.map(([, count]) => count));
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
