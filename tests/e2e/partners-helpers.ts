import { expect, type APIRequestContext, type Page } from '@playwright/test';

interface ApiEntry {
  id: string;
  kind: 'news' | 'statement';
  date: string;
  partners: string[];
  outlet: { key: string } | null;
}

/** The entries `/api/events` answers for a query, e.g. `partner=NATO`. */
export async function apiEntries(request: APIRequestContext, query = ''): Promise<ApiEntry[]> {
  const response = await request.get(`/api/events${query ? `?${query}` : ''}`);
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { events: ApiEntry[] };
  return body.events;
}

/** Entries per year and kind: `2018` → { news, statement }. */
export function perYearAndKind(entries: readonly ApiEntry[]): Map<number, { news: number; statement: number }> {
  const byYear = new Map<number, { news: number; statement: number }>();
  for (const entry of entries) {
    const year = Number(entry.date.slice(0, 4));
    const row = byYear.get(year) ?? { news: 0, statement: 0 };
    row[entry.kind] += 1;
    byYear.set(year, row);
  }
  return byYear;
}

/** A chart's table (in its <details>) as rows: the year, then each cell's number, by series. */
export async function chartTable(page: Page, chart: string): Promise<Array<{ year: number; values: Record<string, number>; total: number }>> {
  return page.locator(`table[data-chart-table="${chart}"] tbody tr`).evaluateAll((rows) =>
    rows.map((row) => {
      const values: Record<string, number> = {};
      for (const cell of row.querySelectorAll('td[data-series]')) values[cell.getAttribute('data-series') ?? ''] = Number(cell.textContent);
      const cells = row.querySelectorAll('td');
      return { year: Number(row.querySelector('th')?.textContent), values, total: Number(cells[cells.length - 1]?.textContent) };
    }),
  );
}

/** A chart's drawn segments: year, series, the value it carries and its drawn length. */
export async function chartBars(page: Page, chart: string, length: 'height' | 'width'): Promise<Array<{ year: number; series: string; value: number; length: number }>> {
  return page.locator(`[data-chart="${chart}"] rect[data-series]`).evaluateAll(
    (rects, dimension) =>
      rects.map((rect) => ({
        year: Number(rect.getAttribute('data-year')),
        series: rect.getAttribute('data-series') ?? '',
        value: Number(rect.getAttribute('data-value')),
        // Lengths as drawn, on screen: proportional to the value whatever the units.
        length: rect.getBoundingClientRect()[dimension as 'height' | 'width'],
      })),
    length,
  );
}

/** Checks that the bars draw exactly the table's non-zero cells, each as long as its value says. */
export function expectBarsMatchTable(bars: Awaited<ReturnType<typeof chartBars>>, table: Awaited<ReturnType<typeof chartTable>>): void {
  const fromTable = table.flatMap((row) => Object.entries(row.values).flatMap(([series, value]) => (value > 0 ? [`${row.year}/${series}/${value}`] : [])));
  expect(bars.map((bar) => `${bar.year}/${bar.series}/${bar.value}`).sort()).toEqual(fromTable.sort());
  expect(bars.length).toBeGreaterThan(0);
  const unit = (bars[0]?.length ?? 0) / (bars[0]?.value ?? 1);
  for (const bar of bars) expect(bar.length).toBeCloseTo(bar.value * unit, 0);
}
