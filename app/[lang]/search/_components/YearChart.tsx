import type { YearCount } from '@/lib/search';
import { fillYears, yearChart, type ChartSize } from '@/lib/search-page';
import { pageStrings } from '@/lib/i18n/page-lang';

/**
 * The sizes the chart is drawn at: a phone's column, and from sm the page's. Each is shown at
 * about the width it is drawn for, so its 11-unit labels read at about 11 px (an SVG drawn for
 * 640 and shrunk into a phone's 332 px had 5 px labels).
 */
const SIZES: ReadonlyArray<{ key: string; size: ChartSize; className: string }> = [
  { key: 'narrow', size: { width: 360, height: 200 }, className: 'sm:hidden' },
  { key: 'wide', size: { width: 640, height: 200 }, className: 'hidden sm:block' },
];

/** A year label takes about this much room: fewer labels on a narrow chart. */
const YEAR_LABEL_ROOM = 36;

/**
 * The hits per year as bars, drawn on the server: each bar carries its count as text (colour is
 * not all that tells it), the axes are labelled, and the same figures follow as a table.
 */
export function YearChart({ byYear, query }: { byYear: readonly YearCount[]; query: string }) {
  const { ui: ja } = pageStrings();
  const years = fillYears(byYear);
  const first = years[0]?.year;
  const last = years.at(-1)?.year;
  if (first === undefined || last === undefined) return null;
  return (
    <figure className="space-y-2">
      {SIZES.map(({ key, size, className }) => (
        <ChartSvg key={key} id={`year-chart-${key}`} byYear={byYear} size={size} className={className} query={query} first={first} last={last} />
      ))}
      <details className="text-sm">
        <summary className="cursor-pointer text-accent underline">{ja.search.chartTable}</summary>
        <table className="mt-2 border-collapse text-sm tabular-nums">
          <caption className="sr-only">{ja.search.chartTitle(query)}</caption>
          <thead>
            <tr>
              <th scope="col" className="border border-rule px-2 py-0.5 text-left">
                {ja.search.tableYear}
              </th>
              <th scope="col" className="border border-rule px-2 py-0.5 text-right">
                {ja.search.tableCount}
              </th>
            </tr>
          </thead>
          <tbody>
            {years.map(({ year, count }) => (
              <tr key={year}>
                <th scope="row" className="border border-rule px-2 py-0.5 text-left font-normal">
                  {year}
                </th>
                <td className="border border-rule px-2 py-0.5 text-right">{count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

interface ChartSvgProps {
  id: string;
  byYear: readonly YearCount[];
  size: ChartSize;
  className: string;
  query: string;
  first: number;
  last: number;
}

/** The chart drawn for one width (SVG user units = CSS pixels at that width). */
function ChartSvg({ id, byYear, size, className, query, first, last }: ChartSvgProps) {
  const { ui: ja } = pageStrings();
  const chart = yearChart(byYear, size);
  const { plot } = chart;
  const labelEvery = Math.ceil(chart.bars.length / Math.max(1, Math.floor((plot.right - plot.left) / YEAR_LABEL_ROOM)));
  return (
    <svg viewBox={`0 0 ${chart.width} ${chart.height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} className={`h-auto w-full max-w-3xl text-secondary ${className}`}>
      <title id={`${id}-title`}>{ja.search.chartTitle(query)}</title>
      <desc id={`${id}-desc`}>{ja.search.chartDescription(first, last, chart.max)}</desc>
      <text x={plot.left} y={12} className="fill-current text-[11px]">
        {ja.search.chartCountAxis}
      </text>
      {chart.ticks.map((tick) => (
        <g key={tick.value}>
          <line x1={plot.left} x2={plot.right} y1={tick.y} y2={tick.y} className="stroke-rule" />
          <text x={plot.left - 6} y={tick.y + 4} textAnchor="end" className="fill-current text-[11px] tabular-nums">
            {tick.value}
          </text>
        </g>
      ))}
      {chart.bars.map((bar, index) => (
        <g key={bar.year}>
          <rect x={bar.x} y={bar.y} width={bar.width} height={bar.height} className="fill-accent-bar" />
          {bar.count > 0 ? (
            <text x={bar.x + bar.width / 2} y={bar.y - 3} textAnchor="middle" className="fill-ink text-[10px] tabular-nums">
              {bar.count}
            </text>
          ) : null}
          {index % labelEvery === 0 || index === chart.bars.length - 1 ? (
            <text x={bar.x + bar.width / 2} y={plot.bottom + 14} textAnchor="middle" className="fill-current text-[11px] tabular-nums">
              {bar.year}
            </text>
          ) : null}
        </g>
      ))}
      <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} className="stroke-control" />
      {/* The axis's name heads the row of years, under the counts' labels: at the right end, an English "Year" ran into the last year. */}
      <text x={plot.left - 6} y={plot.bottom + 14} textAnchor="end" className="fill-current text-[11px]">
        {ja.search.chartYearAxis}
      </text>
    </svg>
  );
}
