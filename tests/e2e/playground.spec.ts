import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { enPlayground } from '../../lib/i18n/en-playground';
import { jaPlayground } from '../../lib/i18n/ja-playground';
import { parseDigest } from '../../lib/parser/digest';
import { APP_FIXTURE_DIGEST, fixtureChronology } from '../app-fixture';
import { run } from '../cli/spawn';
import { seriousViolations } from './explorer-helpers';

const digest = fs.readFileSync(APP_FIXTURE_DIGEST, 'utf8');

/** The fixture with mistakes of several kinds: a duplicated entry, an unknown date, a stray line after the last entry. */
function brokenCopy(): string {
  const [first, second] = parseDigest(digest).events;
  if (!first || !second) throw new Error('the fixture digest needs two entries');
  const firstEntry = digest.slice(first.span.start, first.span.end);
  const withImpossibleDate = digest.slice(0, second.fields.date.start) + '2025.02.30' + digest.slice(second.fields.date.end);
  return `${withImpossibleDate.slice(0, first.span.start)}${firstEntry}${withImpossibleDate.slice(first.span.start)}\n孤立した行`;
}

/** Drops a file on the page as a reader drags one from their desktop. */
async function dropFile(page: Page, name: string, bytes: Buffer): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ({ name, base64 }) => {
      const binary = atob(base64);
      const data = Uint8Array.from(binary, (char) => char.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([data], name, { type: 'text/plain' }));
      return transfer;
    },
    { name, base64: bytes.toString('base64') },
  );
  await page.dispatchEvent('h1', 'dragover', { dataTransfer });
  await page.dispatchEvent('h1', 'drop', { dataTransfer });
}

async function downloadOf(page: Page, button: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'playground-')), download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

test('a dropped digest lists every entry, already published, and no request carries its text', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(`${request.url()}\n${request.postData() ?? ''}`));
  await page.goto('/playground');
  await expect(page.getByTestId('privacy')).toBeVisible();
  await dropFile(page, 'japan-nato-eu.txt', Buffer.from(digest));
  const { events } = fixtureChronology();
  await expect(page.getByTestId('entry-count')).toHaveText(`出来事 ${events.length}件`);
  const table = page.getByRole('table');
  for (const event of events) await expect(table.getByRole('cell', { name: event.id, exact: true })).toBeVisible();
  await expect(page.getByText(`公開済み ${events.length}件`)).toBeVisible();
  // A title, a summary's start: none of the text is in any URL or body the page sent.
  const telling = events.flatMap((event) => [event.title, event.summary.slice(0, 12)]).filter((s) => s.length >= 4);
  for (const request of requests) for (const piece of telling) expect(request).not.toContain(encodeURIComponent(piece).slice(0, 30));
  for (const request of requests) for (const piece of telling) expect(request).not.toContain(piece);
});

test('a broken copy shows each problem at its line:column, selects it in the editor, and saves what npm run parse reads alike', async ({ page }) => {
  const broken = brokenCopy();
  const expected = parseDigest(broken).diagnostics;
  expect(expected.length).toBeGreaterThanOrEqual(3);
  await page.goto('/playground');
  await page.getByLabel('ファイルを選ぶ').setInputFiles({ name: 'broken.txt', mimeType: 'text/plain', buffer: Buffer.from(broken) });
  const places = page.getByTestId('problem-place');
  await expect(places).toHaveText(expected.map((d) => `${d.line}:${d.column}`));

  const last = expected.at(-1)!;
  await page.getByRole('button', { name: new RegExp(`^${last.line}:${last.column} へ移動`) }).click();
  await expect.poll(() => page.evaluate(() => document.getSelection()?.toString())).toBe(broken.slice(last.start, last.end));

  const savedText = await downloadOf(page, 'テキストを保存(UTF-8)');
  const savedJson = JSON.parse(fs.readFileSync(await downloadOf(page, '出来事を JSON で保存'), 'utf8')) as unknown;
  const savedReport = fs.readFileSync(await downloadOf(page, '問題の一覧を保存(テキスト)'), 'utf8');
  expect(fs.readFileSync(savedText, 'utf8')).toBe(broken);
  const cliJson = run('node_modules/.bin/tsx', ['scripts/parse.ts', 'digest', savedText]);
  expect(JSON.parse(cliJson.stdout)).toEqual(savedJson);
  const cliText = run('node_modules/.bin/tsx', ['scripts/parse.ts', 'digest', savedText, '--format', 'text']);
  expect(cliText.stdout.replaceAll(savedText, 'broken.txt')).toBe(savedReport);
});

test('an empty file and a binary file are named as such, with an example entry for the empty one', async ({ page }) => {
  await page.goto('/playground');
  await dropFile(page, 'empty.txt', Buffer.alloc(0));
  await expect(page.getByText('ファイルは空です。')).toBeVisible();
  await expect(page.getByText('<2507-062601>', { exact: false })).toBeVisible();
  await dropFile(page, 'image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  await expect(page.getByText(/このファイルはテキストではありません/)).toBeVisible();
});

test('the page works by keyboard alone and has no serious accessibility violations', async ({ page }) => {
  await page.goto('/playground');
  const editor = page.getByRole('textbox', { name: '解析するテキスト' });
  for (let i = 0; i < 30 && !(await editor.evaluate((element) => element === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(editor).toBeFocused();
  await page.keyboard.type('2025.06.26 日経新聞 見出し <2507-062601> 要旨。\n余り');
  const residue = page.getByRole('button', { name: /^2:1 へ移動/ });
  await expect(residue).toBeVisible();
  // Tab leaves the editor (it is not trapped) and reaches the problem; Enter selects its text.
  for (let i = 0; i < 10 && !(await residue.evaluate((element) => element === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(residue).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(editor).toBeFocused();
  await expect.poll(() => page.evaluate(() => document.getSelection()?.toString())).toBe('余り');
  expect(await seriousViolations(page)).toEqual([]);
});

test('after a first visit the page opens and parses without a network, in either language', async ({ page, context }) => {
  for (const [url, words] of [['/playground', jaPlayground], ['/en/playground', enPlayground]] as const) {
    await page.goto(url);
    await expect(page.getByTestId('offline-ready'), url).toBeVisible();
    // The parser's worker is fetched on the first parse, through the service worker that keeps it.
    await dropFile(page, 'a.txt', Buffer.from('2025.06.26 日経新聞 見出し <2507-062601> 要旨。'));
    await expect(page.getByTestId('entry-count'), url).toHaveText(words.results.count(1));
    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('html'), url).toHaveAttribute('lang', url.startsWith('/en/') ? 'en' : 'ja');
    await dropFile(page, 'b.txt', Buffer.from(brokenCopy()));
    await expect(page.getByTestId('entry-count'), url).toHaveText(words.results.count(parseDigest(brokenCopy()).events.length));
    await context.setOffline(false);
  }
});

test('「エクスプローラーで見る」 shows every dropped entry in the explorer under a not-published banner, with nothing to cite, export or embed', async ({ page }) => {
  const { events } = fixtureChronology();
  await page.goto('/playground');
  await dropFile(page, 'mine.txt', Buffer.from(digest));
  await expect(page.getByTestId('entry-count')).toHaveText(`出来事 ${events.length}件`);
  const [preview] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'エクスプローラーで見る' }).click()]);
  const banner = preview.getByTestId('preview-banner');
  await expect(banner.getByRole('heading', { name: 'プレビュー:公開されていないデータです' })).toBeVisible();
  await expect(banner).toContainText(`「mine.txt」の出来事 ${events.length}件`);
  await expect(preview.getByText(`全${events.length}件を表示`)).toBeVisible();
  await expect(preview.getByText('書き出し')).toHaveCount(0);
  await expect(preview.getByText('埋め込み')).toHaveCount(0);
  // The list holds every entry; a title opens the entry here, in the preview's own URL, with no citation.
  await preview.getByRole('navigation', { name: '表示方法' }).getByRole('link', { name: '一覧', exact: true }).click();
  await expect(preview).toHaveURL(/\/playground\/preview\?view=list$/);
  for (const event of events) await expect(preview.getByRole('heading', { name: event.title, exact: true }).first()).toBeVisible();
  const newest = [...events].sort((a, b) => b.date.localeCompare(a.date) || (b.time ?? '').localeCompare(a.time ?? ''))[0]!;
  await preview.getByRole('heading', { name: newest.title, exact: true }).first().getByRole('link').click();
  await expect(preview.getByRole('complementary').getByRole('heading', { name: newest.title, exact: true })).toBeVisible();
  await expect(preview).toHaveURL(new RegExp(`/playground/preview\\?event=${newest.id}$`));
  await expect(preview.getByTestId('panel-cite')).toHaveCount(0);
  expect(await seriousViolations(preview)).toEqual([]);
  // Deleted, the preview is gone: the page says there is nothing to show.
  await preview.getByRole('button', { name: 'このプレビューを消去' }).click();
  await preview.reload();
  await expect(preview.getByText('プレビューするデータがありません', { exact: false })).toBeVisible();
});
