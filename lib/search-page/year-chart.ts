/**
 * The geometry of the search page's chart of hits per year: one bar per year from the first year
 * with a hit to the last (years without one drawn as empty), a count axis with round ticks. Pure
 * arithmetic, so the page's SVG only draws what it is given.
 */
import type { YearCount } from '@/lib/search';

export interface ChartBar {
  year: number;
  count: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ChartTick {
  value: number;
  y: number;
}

export interface YearChart {
  width: number;
  height: number;
  /** The plot area, inside the axes. */
  plot: { left: number; top: number; right: number; bottom: number };
  bars: ChartBar[];
  ticks: ChartTick[];
  max: number;
}

export interface ChartSize {
  width: number;
  height: number;
}

// Room on the right for the year axis's label, beside the last year's.
const MARGIN = { left: 40, right: 22, top: 22, bottom: 26 };

/** A round step for about four ticks up to `max`: 1, 2, 5, 10, 20, 50… */
export function tickStep(max: number): number {
  if (max <= 4) return 1;
  const rough = max / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((candidate) => candidate >= rough);
  return step ?? 10 * power;
}

/** Every year from the first to the last of `byYear` (sorted or not), with 0 where it has none. */
export function fillYears(byYear: readonly YearCount[]): YearCount[] {
  if (byYear.length === 0) return [];
  const counts = new Map(byYear.map(({ year, count }) => [year, count]));
  const years = byYear.map(({ year }) => year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, i) => ({ year: first + i, count: counts.get(first + i) ?? 0 }));
}

/** The chart of `byYear` in a box of `size` (SVG user units). */
export function yearChart(byYear: readonly YearCount[], size: ChartSize = { width: 640, height: 200 }): YearChart {
  const years = fillYears(byYear);
  const plot = { left: MARGIN.left, top: MARGIN.top, right: size.width - MARGIN.right, bottom: size.height - MARGIN.bottom };
  const peak = Math.max(0, ...years.map(({ count }) => count));
  const step = tickStep(peak);
  const max = Math.max(step, Math.ceil(peak / step) * step);
  const plotHeight = plot.bottom - plot.top;
  const slot = years.length > 0 ? (plot.right - plot.left) / years.length : 0;
  const gap = Math.min(6, slot * 0.2);
  const bars = years.map(({ year, count }, i) => {
    const height = (count / max) * plotHeight;
    return { year, count, x: plot.left + i * slot + gap / 2, y: plot.bottom - height, width: slot - gap, height };
  });
  const ticks: ChartTick[] = [];
  for (let value = 0; value <= max; value += step) ticks.push({ value, y: plot.bottom - (value / max) * plotHeight });
  return { width: size.width, height: size.height, plot, bars, ticks, max };
}
