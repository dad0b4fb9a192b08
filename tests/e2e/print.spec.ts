import { expect, test } from '@playwright/test';
import { fixtureChronology } from '../app-fixture';
import { sortNewestFirst } from '../../lib/explorer';
import { itemsOf } from './cite-helpers';
import { pdfText, printToPdf } from './print-helpers';

const chronology = fixtureChronology();
const items = itemsOf(chronology);
const newest = sortNewestFirst(items);
const news = items.find((item) => item.kind === 'news');
const statement = items.find((item) => item.kind === 'statement');
if (!news || !statement) throw new Error('the fixture needs a news event and a statement');

/** Text without white space: PDF text runs are split and joined at will. */
const squash = (text: string) => text.replace(/\s+/g, '');

test.describe('printing', () => {
  test('the list view prints as a chronology: no filters, navigation or buttons, and a print header', async ({ page }) => {
    await page.goto('/?view=list&partner=NATO');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('search')).toBeHidden();
    await expect(page.getByRole('banner').filter({ hasText: '検索' })).toBeHidden();
    await expect(page.getByRole('navigation', { name: '表示方法' })).toBeHidden();
    await expect(page.getByRole('button', { name: '埋め込み' })).toBeHidden();
    await expect(page.getByText('書き出し', { exact: true })).toBeHidden();
    await expect(page.getByRole('complementary', { name: '出来事の詳細' })).toBeHidden();
    const header = page.getByTestId('print-header');
    await expect(header).toBeVisible();
    await expect(header).toContainText(chronology.version.hash);
    await expect(header).toContainText('相手国・機関: NATO');
    await page.emulateMedia({ media: 'screen' });
    await expect(header).toBeHidden();
    await expect(page.getByRole('search')).toBeVisible();
  });

  test('the list view as an A4 PDF holds the entries with their URLs and not the filter form @pdf', async ({ page }) => {
    await page.goto('/?view=list');
    const pdf = await printToPdf(page);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = squash((await pdfText(pdf)).join(''));
    // Each entry of the first page is printed with its link's absolute URL after it (ASCII: legible with any font).
    const origin = new URL(page.url()).origin;
    for (const item of newest.slice(0, 5)) expect(text).toContain(`(${origin}${item.permalink})`);
    expect(text).toContain(chronology.version.hash);
    // The filter form's words and the explorer's controls are not on paper.
    for (const label of ['絞り込み', '選んだいずれかの報道機関の記事', 'タイムラインで見る', '埋め込み', '書き出し', '本文へ移動', 'タイムラインで出来事を選ぶと']) expect(text).not.toContain(label);
    // The titles are (where the machine has a Japanese font, their glyphs are text too).
    expect(text).toContain(squash(newest[0]!.title).replace(/[^\x20-\x7e]/g, '').slice(0, 4));
  });

  for (const item of [news, statement]) {
    test(`the ${item.kind} page prints without its navigation, with the citation and the data version @pdf`, async ({ page }) => {
      await page.goto(item.permalink);
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByRole('banner').filter({ hasText: '検索' })).toBeHidden();
      await expect(page.getByRole('button', { name: /コピー/ }).first()).toBeHidden();
      await expect(page.getByRole('contentinfo')).toBeHidden();
      // The link back to the timeline is navigation too.
      await expect(page.getByRole('link', { name: /年表でこの(出来事|声明)を見る/ })).toBeHidden();
      await expect(page.getByTestId('print-header')).toBeVisible();
      const text = squash((await pdfText(await printToPdf(page))).join(''));
      expect(text).toContain(chronology.version.hash);
      expect(text).toContain(squash(`${item.permalink}`));
    });
  }
});
