import { describe, expect, it } from 'vitest';
import { fillYears, tickStep, yearChart } from '@/lib/search-page';

describe('the chart of hits per year', () => {
  it('has a bar for every year from the first to the last, empty years included', () => {
    expect(fillYears([{ year: 2016, count: 2 }, { year: 2013, count: 1 }])).toEqual([
      { year: 2013, count: 1 },
      { year: 2014, count: 0 },
      { year: 2015, count: 0 },
      { year: 2016, count: 2 },
    ]);
    expect(fillYears([])).toEqual([]);
  });

  it('takes round steps for the count axis', () => {
    expect([1, 4, 5, 9, 23, 180, 1234].map(tickStep)).toEqual([1, 1, 2, 5, 10, 50, 500]);
  });

  it('draws the highest bar to the top of the axis and every bar inside the plot', () => {
    const chart = yearChart([{ year: 2020, count: 7 }, { year: 2022, count: 3 }], { width: 300, height: 100 });
    expect(chart.max).toBe(8);
    expect(chart.ticks.map((tick) => tick.value)).toEqual([0, 2, 4, 6, 8]);
    expect(chart.bars.map((bar) => bar.year)).toEqual([2020, 2021, 2022]);
    for (const bar of chart.bars) {
      expect(bar.x).toBeGreaterThanOrEqual(chart.plot.left);
      expect(bar.x + bar.width).toBeLessThanOrEqual(chart.plot.right);
      expect(bar.y + bar.height).toBeCloseTo(chart.plot.bottom);
    }
    expect(chart.bars[1]?.height).toBe(0);
    expect(chart.bars[0]!.height / chart.bars[2]!.height).toBeCloseTo(7 / 3);
  });
});
