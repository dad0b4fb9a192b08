import { stackedColumns } from '@/lib/charts/scale';
import { SeriesLegend, SeriesPatterns, seriesShape, type SeriesTone } from './series';
import { pageStrings } from '@/lib/i18n/page-lang';

export interface ChartSeries {
  tone: SeriesTone;
  label: string;
}

interface StackedYearChartProps {
  /** Unique on the page: the SVG's title and pattern ids start with it. */
  id: string;
  title: string;
  description: string;
  series: readonly ChartSeries[];
  /** One row per year, oldest first; `values` in `series` order. */
  rows: ReadonlyArray<{ year: number; values: readonly number[] }>;
}

const cell = 'border border-rule px-2 py-0.5';

/**
 * Entries per year as stacked columns, drawn on the server. The SVG has a title and a description;
 * each column carries its total as text, each segment its series and value as data attributes;
 * the legend names the series; the same numbers follow as a table in a <details>.
 */
export function StackedYearChart({ id, title, description, series, rows }: StackedYearChartProps) {
  const { partners: jaPartners } = pageStrings();
  const chart = stackedColumns(rows.map((row) => ({ label: String(row.year), values: row.values })));
  const { plot } = chart;
  const tones = series.map((s) => s.tone);
  return (
    <figure className="space-y-2" data-chart={id}>
      {/*
        On a phone the chart keeps its size (its text stays readable) and scrolls sideways in its own box.
        The box runs right to left so that it opens on the latest years (where most entries are), not on
        an empty 2013–2019; the chart itself is drawn left to right and, when it fits, sits on the left.
      */}
      <div className="overflow-x-auto [direction:rtl]" tabIndex={0} role="group" aria-label={jaPartners.chart.scrollBox}>
        <svg viewBox={`0 0 ${chart.width} ${chart.height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} className="mr-auto h-auto w-full min-w-[36rem] max-w-3xl text-secondary [direction:ltr]">
          <title id={`${id}-title`}>{title}</title>
          <desc id={`${id}-desc`}>{description}</desc>
          <defs>
            <SeriesPatterns prefix={id} tones={tones} />
          </defs>
          <text x={plot.left} y={12} className="fill-current text-[11px]">
            {jaPartners.chart.countAxis}
          </text>
          {chart.ticks.map((tick) => (
            <g key={tick.value}>
              <line x1={plot.left} x2={plot.right} y1={tick.y} y2={tick.y} className="stroke-rule" />
              <text x={plot.left - 6} y={tick.y + 4} textAnchor="end" className="fill-current text-[11px] tabular-nums">
                {tick.value}
              </text>
            </g>
          ))}
          {chart.columns.map((column) => (
            <g key={column.label}>
              {column.segments.map((segment) => {
                const tone = series[segment.series]?.tone ?? 'other';
                return (
                  <rect
                    key={segment.series}
                    x={column.x}
                    y={segment.y}
                    width={column.width}
                    height={segment.height}
                    data-year={column.label}
                    data-series={tone}
                    data-value={segment.value}
                    {...seriesShape(id, tone)}
                  />
                );
              })}
              {column.total > 0 ? (
                <text x={column.x + column.width / 2} y={plot.bottom - (column.total / chart.max) * (plot.bottom - plot.top) - 3} textAnchor="middle" className="fill-ink text-[10px] tabular-nums">
                  {column.total}
                </text>
              ) : null}
              <text x={column.x + column.width / 2} y={plot.bottom + 14} textAnchor="middle" className="fill-current text-[10px] tabular-nums">
                {column.label}
              </text>
            </g>
          ))}
          <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} className="stroke-control" />
        </svg>
      </div>
      <SeriesLegend prefix={id} series={series} label={jaPartners.chart.legend} />
      <details className="text-sm">
        <summary className="cursor-pointer text-accent underline">{jaPartners.chart.table}</summary>
        <table className="mt-2 border-collapse text-sm tabular-nums" data-chart-table={id}>
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr>
              <th scope="col" className={`${cell} text-left`}>
                {jaPartners.chart.year}
              </th>
              {series.map((s) => (
                <th key={s.tone} scope="col" className={`${cell} text-right`}>
                  {s.label}
                </th>
              ))}
              <th scope="col" className={`${cell} text-right`}>
                {jaPartners.chart.total}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.year}>
                <th scope="row" className={`${cell} text-left font-normal`}>
                  {row.year}
                </th>
                {row.values.map((value, index) => (
                  <td key={series[index]?.tone ?? index} className={`${cell} text-right`} data-series={series[index]?.tone}>
                    {value}
                  </td>
                ))}
                <td className={`${cell} text-right`}>{row.values.reduce((a, b) => a + b, 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
