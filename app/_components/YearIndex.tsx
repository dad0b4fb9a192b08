import { PARTNER_GROUPS, type GroupCounts } from '@/lib/charts/year-groups';
import { linearScale, stackSegments } from '@/lib/charts/scale';
import { SeriesLegend, SeriesPatterns, seriesShape } from './charts/series';
import { StateLink } from './StateLink';
import { textLinkClass } from './ui/text-link';
import { useStrings } from './i18n/strings-context';

interface YearIndexProps {
  /** Visible entries per year by partner group, oldest year first (lib/charts/year-groups.ts). */
  yearGroupCounts: ReadonlyArray<readonly [year: string, counts: GroupCounts]>;
  /** Where a year leads without JavaScript (the list view, at that year). */
  hrefForYear: (year: string) => string;
  /** The explorer narrowed to the year (from/to), the other filters kept. */
  hrefForRange: (year: string) => string;
  onYear: (year: number) => void;
}

const PATTERNS = 'year-index';
const cell = 'border border-rule px-2 py-0.5 text-right';

/**
 * Entries per year as bars stacked by partner group, each year a way into the timeline (its
 * label) and into the explorer narrowed to that year (its count). Drawn as SVG in the page's HTML,
 * so it reads without JavaScript; the legend names the groups, each group has a pattern as well as
 * a colour, each bar is labelled with its counts, and the same numbers follow as a table.
 * Years without entries are left out.
 */
export function YearIndex({ yearGroupCounts, hrefForYear, hrefForRange, onYear }: YearIndexProps) {
  const { ui: ja, partners: jaPartners, pages } = useStrings();
  const groups = PARTNER_GROUPS.map((group) => ({ tone: group, label: jaPartners.groups[group] }));
  if (yearGroupCounts.length === 0) return null;
  const rows = yearGroupCounts.map(([year, counts]) => {
    const values = PARTNER_GROUPS.map((group) => counts[group]);
    return { year, values, total: values.reduce((a, b) => a + b, 0) };
  });
  const scale = linearScale(Math.max(1, ...rows.map((row) => row.total)), 100);
  const first = rows[0]?.year ?? '';
  const last = rows.at(-1)?.year ?? '';
  return (
    <nav aria-labelledby="year-index-heading" className="rounded-lg border border-rule bg-surface p-3">
      <h2 id="year-index-heading" className="text-sm font-bold text-ink">
        {jaPartners.yearIndex.title}
      </h2>
      <p id="year-index-desc" className="text-xs text-muted">
        {jaPartners.yearIndex.description(first, last)} {jaPartners.yearIndex.rule}
      </p>
      <p className="text-xs text-muted">{jaPartners.yearIndex.hint}</p>
      {/* The patterns every bar below fills with (drawn once, referenced by id). */}
      <svg width="0" height="0" className="absolute" aria-hidden="true" focusable="false">
        <defs>
          <SeriesPatterns prefix={PATTERNS} tones={PARTNER_GROUPS} />
        </defs>
      </svg>
      <div className="mt-2">
        <SeriesLegend prefix={PATTERNS} series={groups} label={jaPartners.chart.legend} />
      </div>
      {/* Dimmed while the explorer waits for the entries of a new state (data-pending). */}
      <ul className="mt-2 grid grid-cols-[repeat(auto-fill,minmax(15rem,1fr))] gap-x-5 gap-y-1 in-data-pending:opacity-55" data-chart="year-index">
        {rows.map(({ year, values, total }) => {
          const parts = values.flatMap((count, index) => (count > 0 ? [jaPartners.yearIndex.part(groups[index]?.label ?? '', count)] : [])).join(pages.listComma);
          return (
            <li key={year} className="grid grid-cols-[3.25rem_1fr_2.25rem] items-center gap-1.5 text-[0.8125rem]">
              <StateLink href={hrefForYear(year)} onNavigate={() => onYear(Number(year))} className={`rounded p-1 font-semibold tabular-nums ${textLinkClass}`} aria-label={ja.explorer.yearLabel(year, total)}>
                {year}
              </StateLink>
              <svg role="img" aria-label={jaPartners.yearIndex.barLabel(year, parts)} className="h-3.5 w-full overflow-visible">
                {stackSegments(values, scale).map((segment) => {
                  const tone = PARTNER_GROUPS[segment.series] ?? 'other';
                  return (
                    <rect
                      key={tone}
                      x={`${segment.start}%`}
                      width={`${segment.length}%`}
                      y="0.5"
                      height="13"
                      data-year={year}
                      data-series={tone}
                      data-value={segment.value}
                      {...seriesShape(PATTERNS, tone)}
                    />
                  );
                })}
              </svg>
              <a href={hrefForRange(year)} className={`text-right tabular-nums ${textLinkClass}`} aria-label={jaPartners.yearIndex.rangeLabel(year, total)}>
                {total}
              </a>
            </li>
          );
        })}
      </ul>
      <details className="mt-2 text-xs">
        <summary className="cursor-pointer text-accent underline">{jaPartners.yearIndex.table}</summary>
        <table className="mt-2 border-collapse tabular-nums" data-chart-table="year-index">
          <caption className="sr-only">{jaPartners.yearIndex.title}</caption>
          <thead>
            <tr>
              <th scope="col" className={`${cell} text-left`}>
                {jaPartners.chart.year}
              </th>
              {groups.map((group) => (
                <th key={group.tone} scope="col" className={cell}>
                  {group.label}
                </th>
              ))}
              <th scope="col" className={cell}>
                {jaPartners.chart.total}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ year, values, total }) => (
              <tr key={year}>
                <th scope="row" className={`${cell} text-left font-normal`}>
                  {year}
                </th>
                {values.map((value, index) => (
                  <td key={groups[index]?.tone} className={cell} data-series={groups[index]?.tone}>
                    {value}
                  </td>
                ))}
                <td className={cell}>{total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </nav>
  );
}
