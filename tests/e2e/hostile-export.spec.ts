import path from 'node:path';
import { expect, test } from '@playwright/test';
import { loadChronology } from '../../lib/chronology/load';
import { downloadFromMenu, readBibtex, readCsv, readRis, risField, unescapeBibtex } from './export-readers';

// Runs against the app built from tests/fixtures/hostile-data; digest/export.txt holds titles and
// summaries that start like spreadsheet formulas and carry quotes, commas, braces, backslashes,
// `%`, `</script>` and markup. Every export must keep them as text, intact.
const { events, statements } = loadChronology(path.resolve('tests/fixtures/hostile-data'));
const eventById = new Map(events.map((event) => [event.id, event]));
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;
const folded = (text: string) => text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim();

test.describe('hostile text in every export format', () => {
  test('the fixture has formula-like and brace-heavy entries to export', () => {
    const starts = events.flatMap((event) => [event.title, event.summary]).filter((text) => FORMULA_START.test(text)).map((text) => text[0]);
    for (const start of ['=', '+', '-', '@', '＝', '＋']) expect(starts).toContain(start);
    expect(events.some((event) => event.title.includes('</script>'))).toBe(true);
    expect(events.some((event) => /[{}\\%]/.test(event.summary))).toBe(true);
  });

  test('CSV: a formula-like cell starts with the neutralising quote and otherwise equals the source', async ({ page }) => {
    await page.goto('/');
    const [header, ...rows] = readCsv((await downloadFromMenu(page, 'CSV')).bytes);
    expect(rows).toHaveLength(events.length + statements.length);
    const column = (name: string) => header?.indexOf(name) ?? -1;
    for (const row of rows) {
      const event = eventById.get(row[column('id')] ?? '');
      if (!event) continue;
      for (const [cell, source] of [
        [row[column('title')], event.title],
        [row[column('summary')], event.summary],
        [row[column('outlet_name')], event.outlet.name],
      ] as const) {
        expect(cell).toBe(FORMULA_START.test(source) ? `'${source}` : source);
      }
    }
    expect(rows.some((row) => row[column('title')]?.startsWith(`'=cmd|`))).toBe(true);
  });

  test('JSON and CSL-JSON parse, every title intact', async ({ page }) => {
    await page.goto('/');
    const json = JSON.parse((await downloadFromMenu(page, 'JSON')).bytes.toString('utf8')) as { entries: { id: string; title: string; summary: string }[] };
    const csl = JSON.parse((await downloadFromMenu(page, 'CSL-JSON')).bytes.toString('utf8')) as { id: string; title: string }[];
    for (const event of events) {
      expect(json.entries.find((entry) => entry.id === event.id)).toMatchObject({ title: event.title, summary: event.summary });
      expect(csl.find((item) => item.id === event.id)?.title).toBe(event.title);
    }
  });

  test('RIS: no value breaks its line or starts a tag, titles intact', async ({ page }) => {
    await page.goto('/');
    const records = readRis((await downloadFromMenu(page, 'RIS')).bytes.toString('utf8'));
    expect(records).toHaveLength(events.length + statements.length);
    for (const event of events) {
      const record = records.find((r) => risField(r, 'ID')[0] === event.id);
      expect(risField(record, 'TI')).toEqual([folded(event.title)]);
      expect(risField(record, 'AB')).toEqual([folded(event.summary)]);
    }
  });

  test('BibTeX: braces balanced, specials escaped, every text reads back', async ({ page }) => {
    await page.goto('/');
    const entries = readBibtex((await downloadFromMenu(page, 'BibTeX')).bytes.toString('utf8'));
    expect(entries).toHaveLength(events.length + statements.length);
    for (const event of events) {
      const entry = entries.find((e) => e.key === `news-${event.id}`);
      const title = entry?.fields.get('title') ?? '';
      expect(title).not.toMatch(/(?<!\\)[%&#$_]/);
      expect(unescapeBibtex(title)).toBe(folded(event.title));
      expect(unescapeBibtex(entry?.fields.get('abstract') ?? '')).toBe(folded(event.summary));
    }
  });
});
