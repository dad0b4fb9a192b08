import fs from 'node:fs';
import path from 'node:path';
import { expect, type Download, type Page } from '@playwright/test';
import CSL from 'citeproc';
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

/** RIS records as tag/value pairs; every line must be a tag line. */
export function readRis(text: string): [string, string][][] {
  const records: [string, string][][] = [];
  let current: [string, string][] = [];
  for (const line of text.split('\r\n')) {
    if (line === '') continue;
    const match = /^([A-Z][A-Z0-9])  - (.*)$/.exec(line);
    expect(match, `a RIS tag line: ${JSON.stringify(line)}`).not.toBeNull();
    current.push([match?.[1] ?? '', match?.[2] ?? '']);
    if (match?.[1] === 'ER') {
      records.push(current);
      current = [];
    }
  }
  expect(current).toEqual([]);
  return records;
}

export const risField = (record: [string, string][] | undefined, tag: string): string[] => (record ?? []).filter(([t]) => t === tag).map(([, v]) => v);

export interface BibtexEntry {
  type: string;
  key: string;
  fields: Map<string, string>;
}

/** BibTeX entries read by counting braces as BibTeX does (an escaped brace counts too). */
export function readBibtex(text: string): BibtexEntry[] {
  const entries: BibtexEntry[] = [];
  const header = /@(\w+)\{([^,\s]+),/g;
  let match: RegExpExecArray | null;
  while ((match = header.exec(text))) {
    const fields = new Map<string, string>();
    let at = header.lastIndex;
    for (;;) {
      const name = /^\s*(\w+) = /.exec(text.slice(at));
      if (!name) break;
      at += name[0].length;
      let value: string;
      if (text[at] === '{') {
        let depth = 0;
        const start = at;
        do {
          if (text[at] === '{') depth += 1;
          if (text[at] === '}') depth -= 1;
          at += 1;
        } while (depth > 0 && at < text.length);
        expect(depth, `braces of ${name[1]} in ${match[2]} balance`).toBe(0);
        value = text.slice(start + 1, at - 1);
      } else {
        value = /^\w+/.exec(text.slice(at))?.[0] ?? '';
        at += value.length;
      }
      fields.set(name[1] ?? '', value);
      if (text[at] === ',') at += 1;
    }
    expect(text.slice(at).trimStart().startsWith('}'), `entry ${match[2]} closes`).toBe(true);
    entries.push({ type: match[1] ?? '', key: match[2] ?? '', fields });
    header.lastIndex = at;
  }
  return entries;
}

/** What LaTeX makes of an escaped BibTeX value. */
export function unescapeBibtex(value: string): string {
  return value
    .replaceAll('\\textbackslash{}', '\\')
    .replaceAll('\\textbraceleft{}', '{')
    .replaceAll('\\textbraceright{}', '}')
    .replaceAll('\\textasciicircum{}', '^')
    .replaceAll('\\textasciitilde{}', '~')
    .replace(/\\([%&#$_])/g, '$1');
}

/**
 * The bibliography citeproc-js (the citation processor Zotero uses) makes of CSL-JSON items with
 * the APA style and the locales vendored in tests/fixtures/csl, as plain text.
 */
export function renderBibliography(items: { id: string }[]): Map<string, string> {
  const fixture = (name: string) => fs.readFileSync(path.resolve('tests/fixtures/csl', name), 'utf8');
  const byId = new Map(items.map((item) => [item.id, item]));
  const engine = new CSL.Engine(
    { retrieveLocale: (lang: string) => fixture(lang.startsWith('ja') ? 'locales-ja-JP.xml' : 'locales-en-US.xml'), retrieveItem: (id: string) => byId.get(id) },
    fixture('apa.csl'),
    'en-US',
  );
  engine.updateItems(items.map((item) => item.id));
  const bibliography = engine.makeBibliography();
  if (!bibliography) throw new Error('citeproc made no bibliography');
  // Entries come as HTML, in the style's order (entry_ids says whose): tags dropped, the few
  // entities citeproc writes decoded.
  const [{ entry_ids: ids }, entries] = bibliography;
  return new Map(
    entries.map((entry, index) => [
      ids[index]?.[0] ?? '',
      entry
        .replace(/<[^>]+>/g, '')
        .replaceAll('&#38;', '&')
        .replaceAll('&amp;', '&')
        .replaceAll('&lt;', '<')
        .replaceAll('&gt;', '>')
        .replaceAll('&quot;', '"')
        .replaceAll('&#39;', "'")
        // APA's typographic apostrophe: the text's own ' comes back as ’.
        .replaceAll('\u2019', "'")
        .trim(),
    ]),
  );
}
