/**
 * The arithmetic of the site's bar charts, kept out of the components: a linear scale from counts
 * to lengths, round ticks, and stacked bars. Pure, so the SVG only draws what it is given and the
 * tests can check that a bar's length is its number.
 */
import { tickStep } from '@/lib/search-page/year-chart';

/** The top of a count axis: `peak` rounded up to a whole tick step (at least one step). */
export function niceMax(peak: number): { max: number; step: number } {
  const step = tickStep(peak);
  return { max: Math.max(step, Math.ceil(peak / step) * step), step };
}

/** A linear map from [0, max] onto [0, length]; 0 for everything when max is 0. */
export function linearScale(max: number, length: number): (value: number) => number {
  return (value) => (max > 0 ? (value / max) * length : 0);
}

export interface StackSegment {
  /** The series' index in the order given. */
  series: number;
  value: number;
  /** Offset from the baseline and length along the count axis, in the scale's units. */
  start: number;
  length: number;
}

/** One bar's segments, stacked from the baseline in series order; empty series are left out. */
export function stackSegments(values: readonly number[], scale: (value: number) => number): StackSegment[] {
  const segments: StackSegment[] = [];
  let sum = 0;
  values.forEach((value, series) => {
    if (value > 0) segments.push({ series, value, start: scale(sum), length: scale(sum + value) - scale(sum) });
    sum += value;
  });
  return segments;
}

export interface StackedColumn {
  label: string;
  total: number;
  /** Left edge and width of the column. */
  x: number;
  width: number;
  segments: Array<StackSegment & { y: number; height: number }>;
}

export interface StackedChart {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  columns: StackedColumn[];
  ticks: Array<{ value: number; y: number }>;
  max: number;
}

const MARGIN = { left: 40, right: 22, top: 22, bottom: 26 };

/** Vertical stacked columns, one per row of `rows`, in a box of width × height (SVG user units). */
export function stackedColumns(rows: ReadonlyArray<{ label: string; values: readonly number[] }>, size = { width: 640, height: 220 }): StackedChart {
  const plot = { left: MARGIN.left, top: MARGIN.top, right: size.width - MARGIN.right, bottom: size.height - MARGIN.bottom };
  const totals = rows.map((row) => row.values.reduce((a, b) => a + b, 0));
  const { max, step } = niceMax(Math.max(0, ...totals));
  const scale = linearScale(max, plot.bottom - plot.top);
  const slot = rows.length > 0 ? (plot.right - plot.left) / rows.length : 0;
  const gap = Math.min(6, slot * 0.2);
  const columns = rows.map((row, i) => ({
    label: row.label,
    total: totals[i] ?? 0,
    x: plot.left + i * slot + gap / 2,
    width: slot - gap,
    segments: stackSegments(row.values, scale).map((segment) => ({ ...segment, y: plot.bottom - segment.start - segment.length, height: segment.length })),
  }));
  const ticks: Array<{ value: number; y: number }> = [];
  for (let value = 0; value <= max; value += step) ticks.push({ value, y: plot.bottom - scale(value) });
  return { width: size.width, height: size.height, plot, columns, ticks, max };
}
