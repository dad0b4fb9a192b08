import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { tokyoDate } from '../../lib/cite/access-date';
import { fixtureChronology } from '../app-fixture';
import { countEntries, TOTAL_ENTRIES } from './explorer-helpers';
import { readWithCitationJs } from '../unit/export/readers';
import { downloadFromMenu, readCsv } from './export-readers';

// The app under test is built from tests/fixtures/app-data: counts and titles come from there.
const { events, statements } = fixtureChronology();
const eventById = new Map(events.map((event) => [event.id, event]));
/** The day in Tokyo, which an export is dated by (as every citation's access date). */
const today = () => tokyoDate(new Date());

/** The number of entries the page says it shows. */
async function shownCount(page: Page): Promise<number> {
  const text = (await page.locator('.result-count').textContent()) ?? '';
  const match = /(\d+)件を表示/.exec(text);
  expect(match, `a count in ${JSON.stringify(text)}`).not.toBeNull();
  return Number(match?.[1]);
}

test.describe('書き出し: export the current view', () => {
  test('downloads the filtered view as CSV that Excel reads: BOM, one row per entry shown, Japanese intact, no formula', async ({ page }) => {
    await page.goto('/?partner=NATO&kind=news');
    const expected = events.filter((event) => event.partners.includes('NATO')).length;
    await expect(page.locator('.result-count')).toHaveText(`全${TOTAL_ENTRIES}件中 ${expected}件を表示`);
    const { name, bytes } = await downloadFromMenu(page, 'CSV');
    expect(name).toBe(`chronology_partner-NATO_kind-news_${today()}.csv`);
    const [header, ...rows] = readCsv(bytes);
    expect(header?.slice(0, 7)).toEqual(['id', 'kind', 'date', 'date_end', 'date_status', 'reported_date', 'reported_time']);
    expect(rows).toHaveLength(await shownCount(page));
    const column = (name: string) => header?.indexOf(name) ?? -1;
    for (const row of rows) {
      const event = eventById.get(row[column('id')] ?? '');
      expect(event, `row ${row[0]} is a fixture event`).toBeDefined();
      expect(row[column('kind')]).toBe('news');
      expect(row[column('partner_codes')]?.split(';')).toContain('NATO');
      // Japanese intact: the title as the digest has it (a formula-like start would gain a quote).
      expect(row[column('title')]?.replace(/^'(?=[=+\-@\t\r])/, '')).toBe(event?.title);
      expect(row[column('permalink')]).toBe(new URL(`/events/${event?.id}`, page.url()).href);
      expect(row[column('source')]).toMatch(/^digest\/japan-nato-eu\.txt:\d+:\d+$/);
      for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r＝＋－＠]/);
    }
  });

  test('the links follow filters changed in the page, and the list view offers them too', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('checkbox', { name: /日本経済新聞/ }).check();
    const expected = countEntries({ outlets: ['nikkei'] });
    await expect(page.locator('.result-count')).toHaveText(`全${TOTAL_ENTRIES}件中 ${expected}件を表示`);
    await page.getByRole('link', { name: '一覧', exact: true }).click();
    await expect(page).toHaveURL(/view=list/);
    const { name, bytes } = await downloadFromMenu(page, 'JSON');
    expect(name).toBe(`chronology_outlet-nikkei_${today()}.json`);
    const json = JSON.parse(bytes.toString('utf8')) as { count: number; filters: { outlets: string[] }; version: { hash: string }; entries: { id: string; outletKey: string }[] };
    expect(json.count).toBe(expected);
    expect(json.entries).toHaveLength(expected);
    expect(json.filters.outlets).toEqual(['nikkei']);
    expect(json.version.hash).toMatch(/^[0-9a-f]{10}$/);
    for (const entry of json.entries) expect(entry.outletKey).toBe('nikkei');
  });

  // What each reader makes of every kind of text is proven at unit level
  // (tests/unit/export/read-back.test.ts); these journeys download what the filters show.
  test('CSL-JSON: one item per entry shown, with its title and date', async ({ page }) => {
    await page.goto('/?partner=NATO');
    const { name, bytes } = await downloadFromMenu(page, 'CSL-JSON');
    expect(name).toBe(`chronology_partner-NATO_${today()}.csl.json`);
    const items = JSON.parse(bytes.toString('utf8')) as { id: string; type: string; title: string; issued: { 'date-parts': number[][] } }[];
    expect(items).toHaveLength(countEntries({ partners: ['NATO'] }));
    for (const item of items) {
      const entry = eventById.get(item.id) ?? statements.find((s) => s.slug === item.id);
      expect(item.title).toBe(entry?.title);
      const event = eventById.get(item.id);
      if (event) expect(item.issued).toEqual({ 'date-parts': [event.date.split('-').map(Number)] });
    }
  });

  test('RIS reads back in citation-js: one NEWS or report record per entry, titles intact', async ({ page }) => {
    await page.goto('/');
    const { name, bytes } = await downloadFromMenu(page, 'RIS');
    expect(name).toBe(`chronology_${today()}.ris`);
    const items = readWithCitationJs(bytes.toString('utf8'));
    expect(items).toHaveLength(TOTAL_ENTRIES);
    expect(items.filter((item) => item.type === 'article-newspaper')).toHaveLength(events.length);
    for (const item of items) {
      const event = eventById.get(item.id);
      expect(item.title).toBe(event ? event.title : statements.find((s) => s.slug === item.id)?.title);
    }
  });

  test('BibTeX reads back in citation-js: an entry per statement, unique keys, titles intact', async ({ page }) => {
    await page.goto('/?kind=statement');
    const { name, bytes } = await downloadFromMenu(page, 'BibTeX');
    expect(name).toBe(`chronology_kind-statement_${today()}.bib`);
    const items = readWithCitationJs(bytes.toString('utf8'));
    expect(items).toHaveLength(statements.length);
    expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
    for (const item of items) {
      const statement = statements.find((s) => item.id === `statement-${s.slug}`);
      expect(item.title).toBe(statement?.title);
    }
  });

  test('opens by keyboard and passes axe', async ({ page }) => {
    await page.goto('/?view=list');
    const summary = page.locator('details.export-menu > summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('link', { name: 'CSV形式で書き出す' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'BibTeX形式で書き出す' })).toHaveAttribute('href', '/api/export?format=bibtex');
    const results = await new AxeBuilder({ page }).include('.export-menu').analyze();
    expect(results.violations).toEqual([]);
  });
});

test.describe('GET /api/export', () => {
  test('answers with the type, the attachment name and the data version', async ({ request }) => {
    for (const [format, type] of [
      ['csv', 'text/csv; charset=utf-8'],
      ['json', 'application/json'],
      ['csljson', 'application/vnd.citationstyles.csl+json'],
      ['ris', 'application/x-research-info-systems'],
      ['bibtex', 'application/x-bibtex'],
    ] as const) {
      const response = await request.get(`/api/export?format=${format}&partner=NATO`);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe(type);
      expect(response.headers()['content-disposition']).toMatch(/^attachment; filename="chronology_partner-NATO_\d{4}-\d{2}-\d{2}\.[a-z.]+"$/);
      expect(response.headers()['x-chronology-version']).toMatch(/^[0-9a-f]{10}$/);
    }
  });

  test('names a Japanese query in filename*', async ({ request }) => {
    const response = await request.get(`/api/export?format=csv&q=${encodeURIComponent('事務総長')}`);
    expect(response.status()).toBe(200);
    const disposition = response.headers()['content-disposition'] ?? '';
    expect(disposition).toContain(`filename*=UTF-8''${encodeURIComponent(`chronology_q-事務総長_`)}`);
    const rows = readCsv(await response.body()).slice(1);
    const api = (await (await request.get(`/api/events?q=${encodeURIComponent('事務総長')}`)).json()) as { count: number };
    expect(rows).toHaveLength(api.count);
    expect(api.count).toBeGreaterThan(0);
  });

  test('refuses a bad format or filter with every reason', async ({ request }) => {
    for (const [query, params] of [
      ['', ['format']],
      ['format=xlsx', ['format']],
      ['format=csv&format=ris', ['format']],
      ['format=csv&outlet=nowhere&kind=poem', ['outlet', 'kind']],
      ['format=pdf&partner=XX&view=list', ['partner', 'view', 'format']],
    ] as const) {
      const response = await request.get(`/api/export?${query}`);
      expect(response.status(), query).toBe(400);
      const body = (await response.json()) as { errors: { param: string; message: string }[] };
      expect(body.errors.map((error) => error.param).sort(), query).toEqual([...params].sort());
    }
  });
});
