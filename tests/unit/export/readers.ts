import fs from 'node:fs';
import path from 'node:path';
import { Cite, plugins, type CslData } from '@citation-js/core';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-bibtex';
import CSL from 'citeproc';
import { parse } from 'csv-parse/sync';

/** The CSV's rows, header first, as csv-parse reads them (every row must have as many cells). */
export function readCsv(text: string): string[][] {
  if (!text.startsWith('\uFEFF')) throw new Error('the CSV starts with no byte order mark');
  return parse(text.slice(1), { relax_column_count: false }) as string[][];
}

/** RIS or BibTeX as citation-js reads it (the reader behind many reference tools): CSL items. */
export function readWithCitationJs(text: string): CslData[] {
  return new Cite(text).data;
}

/** RIS records as citation-js tokenises them, before it maps tags to CSL: one object per record. */
export function readRisTags(text: string): Record<string, string | string[]>[] {
  return plugins.input.chainLink(text) as Record<string, string | string[]>[];
}

/**
 * The bibliography citeproc-js (the citation processor Zotero uses) makes of CSL-JSON items with
 * the APA style and the locales vendored in tests/fixtures/csl, as plain text by item id.
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
        .trim(),
    ]),
  );
}
