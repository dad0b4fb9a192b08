import fs from 'node:fs';
import { expect, type Download, type Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';

/** Opens the 書き出し menu and downloads one format: the file's name and bytes. */
export async function downloadFromMenu(page: Page, label: string): Promise<{ name: string; bytes: Buffer }> {
  const menu = page.locator('details.export-menu');
  if (!(await menu.evaluate((element) => (element as HTMLDetailsElement).open))) await menu.locator('summary').click();
  const [download] = await Promise.all([page.waitForEvent('download'), menu.getByRole('link', { name: `${label}形式で書き出す`, exact: true }).click()]);
  return { name: download.suggestedFilename(), bytes: await readDownload(download) };
}

async function readDownload(download: Download): Promise<Buffer> {
  const file = await download.path();
  return fs.readFileSync(file);
}

/** The CSV's rows, header first, read by csv-parse (the BOM checked and removed first). */
export function readCsv(bytes: Buffer): string[][] {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return parse(bytes.subarray(3).toString('utf8')) as string[][];
}
