import { ja } from '@/lib/i18n/ja';
import { jaMilestones } from '@/lib/i18n/ja-milestones';
import { StateLink } from './StateLink';

interface YearIndexProps {
  /** Visible entries per year, oldest year first. */
  yearCounts: ReadonlyArray<readonly [year: string, count: number]>;
  /** Where a year leads: the explorer filtered to that year (`from=YYYY&to=YYYY`). */
  hrefForYear: (year: string) => string;
  onYear: (year: number) => void;
}

/** Entries per year, each year a way into the timeline. Years without entries are left out. */
export function YearIndex({ yearCounts: years, hrefForYear, onYear }: YearIndexProps) {
  const most = Math.max(1, ...years.map(([, count]) => count));
  if (years.length === 0) return null;
  return (
    <nav aria-labelledby="year-index-heading" className="rounded-lg border border-rule bg-surface p-3">
      <h2 id="year-index-heading" className="text-sm font-bold text-ink">
        {ja.explorer.yearIndexHeading}
      </h2>
      <p className="text-xs text-muted">{jaMilestones.yearIndexHint}</p>
      {/* Dimmed while the explorer waits for the entries of a new state (data-pending). */}
      <ul className="mt-2 grid grid-cols-[repeat(auto-fill,minmax(9rem,1fr))] gap-x-4 gap-y-1 in-data-pending:opacity-55">
        {years.map(([year, count]) => (
          <li key={year}>
            <StateLink href={hrefForYear(year)} onNavigate={() => onYear(Number(year))} className="grid grid-cols-[2.75rem_1fr_1.75rem] items-center gap-1.5 rounded p-1 text-[0.8125rem] text-ink hover:bg-accent-soft" aria-label={ja.explorer.yearLabel(year, count)}>
              <span className="font-semibold tabular-nums text-accent underline underline-offset-2">{year}</span>
              <span className="h-2 rounded-full bg-rule" aria-hidden="true">
                <span className="block h-full rounded-full bg-accent-bar" style={{ width: `${Math.max(8, (count / most) * 100)}%` }} />
              </span>
              <span className="text-right tabular-nums text-secondary" aria-hidden="true">
                {count}
              </span>
            </StateLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
