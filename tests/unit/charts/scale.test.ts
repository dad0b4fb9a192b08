import { describe, expect, it } from 'vitest';
import { linearScale, niceMax, stackedColumns, stackSegments } from '@/lib/charts/scale';

describe('chart geometry', () => {
  it('rounds the axis up to a whole tick step', () => {
    expect(niceMax(0)).toEqual({ max: 1, step: 1 });
    expect(niceMax(3)).toEqual({ max: 3, step: 1 });
    expect(niceMax(17)).toEqual({ max: 20, step: 5 });
    expect(niceMax(130)).toEqual({ max: 150, step: 50 });
  });

  it('maps counts linearly, and everything to 0 on an empty axis', () => {
    expect(linearScale(20, 100)(5)).toBe(25);
    expect(linearScale(0, 100)(5)).toBe(0);
  });

  it('stacks segments from the baseline in series order, leaving out empty series', () => {
    const segments = stackSegments([2, 0, 3], linearScale(10, 100));
    expect(segments).toEqual([
      { series: 0, value: 2, start: 0, length: 20 },
      { series: 2, value: 3, start: 20, length: 30 },
    ]);
  });

  it('draws each column as tall as its total, its segments in proportion to their values', () => {
    const chart = stackedColumns(
      [
        { label: '2013', values: [4, 1] },
        { label: '2014', values: [0, 0] },
        { label: '2015', values: [7, 3] },
      ],
      { width: 400, height: 200 },
    );
    const plotHeight = chart.plot.bottom - chart.plot.top;
    expect(chart.max).toBe(10);
    expect(chart.columns.map((column) => column.total)).toEqual([5, 0, 10]);
    expect(chart.columns[1]?.segments).toEqual([]);
    const tallest = chart.columns[2];
    expect(tallest?.segments.reduce((sum, s) => sum + s.height, 0)).toBeCloseTo(plotHeight);
    // The top segment starts where the bottom one ends.
    expect(tallest?.segments[1]?.y).toBeCloseTo((tallest?.segments[0]?.y ?? 0) - (tallest?.segments[1]?.height ?? 0));
    for (const column of chart.columns) for (const s of column.segments) expect(s.height / s.value).toBeCloseTo(plotHeight / chart.max);
    expect(chart.ticks.at(-1)).toEqual({ value: 10, y: chart.plot.top });
    // Columns sit side by side inside the plot.
    expect(chart.columns[0]?.x).toBeGreaterThanOrEqual(chart.plot.left);
    expect((chart.columns[2]?.x ?? 0) + (chart.columns[2]?.width ?? 0)).toBeLessThanOrEqual(chart.plot.right);
  });
});
