import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadChronology } from '@/lib/chronology/load';
import { exportRecord, writeExport, type ExportRecord } from '@/lib/export';
import { CSV_COLUMNS } from '@/lib/export/csv';
import { foldLines, publishedOn } from '@/lib/export/record';
import { partnerGazetteer } from '@/lib/gazetteer/partners';
import { readCsv, readRisTags, readWithCitationJs, renderBibliography } from './readers';
import { META, newsRecord, statementRecord } from './tricky';

// Every export written from arbitrary records and read back by the readers people use must give
// back the title, summary, date and partners that went in: exactly in CSV and CSL-JSON; in RIS and
// BibTeX as the README's export section says those formats carry text (one line per value).

/** Pieces that break naive writers and readers, mixed with arbitrary text. */
const PIECES = [
  '\r', '\n', '\r\n', '\u2028', '\u2029', '"', "'", ',', ';', '\t', ' ', '  ', '\u3000', '\u00a0',
  '=', '+', '-', '--', '@', '＝', '＋', '－', '＠', '`', '``', "''", '<<', '>>', ',,', '!`',
  '{', '}', '\\', '%', '&', '#', '$', '_', '^', '~', '<b>', '</script>',
  '🇯🇵', '𠮷', '👩‍👩‍👧', 'é', 'ＡＢＣ１２３', '日本・NATO首脳会談', '@misc{x,', 'TI  - ',
];
const text = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 10 }).map((parts) => parts.join(''));
/** A title holds something to see; a summary may be empty. */
const title = text.filter((value) => /[^\s\u0000-\u001f\u007f]/.test(foldLines(value)));
const day = fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
const partners = fc.subarray(partnerGazetteer.map((entry) => ({ code: entry.code, name: entry.nameJa })));

const records = fc
  .array(fc.record({ kind: fc.constantFrom('news', 'statement'), title, summary: text, date: day, reportedDate: day, partners }), { minLength: 1, maxLength: 6 })
  .map((drafts) =>
    drafts.map(({ kind, ...fields }, index): ExportRecord => ({ ...(kind === 'news' ? newsRecord('', `2507-0626${index}`) : statementRecord('', `statement-${index}`)), ...fields })),
  );

const RUNS = { numRuns: 150 };
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;

/** One value on one line, runs of spaces as one: what RIS keeps of a text. */
const risText = (value: string) => foldLines(value).replace(/ {2,}/g, ' ').trim();
/** What BibTeX keeps: one line, every character, but blank space read as any one space (TeX reads it so). */
const bibtexText = (value: string) => risText(value).replace(/\s+/g, ' ');

describe('exports read back by the readers people use', () => {
  it('CSV (csv-parse): one row per entry, as many cells, every text exact (a formula behind its quote)', () => {
    fc.assert(
      fc.property(records, (input) => {
        const [header, ...rows] = readCsv(writeExport('csv', META, input));
        expect(header).toEqual([...CSV_COLUMNS]);
        expect(rows).toHaveLength(input.length);
        rows.forEach((row, index) => {
          const record = input[index]!;
          const cell = (column: (typeof CSV_COLUMNS)[number]) => row[CSV_COLUMNS.indexOf(column)];
          expect(row).toHaveLength(CSV_COLUMNS.length);
          for (const column of ['title', 'summary'] as const) {
            expect(cell(column)).toBe(FORMULA_START.test(record[column]) ? `'${record[column]}` : record[column]);
          }
          expect(cell('date')).toBe(record.date);
          expect(cell('reported_date')).toBe(record.reportedDate ?? '');
          expect(cell('partner_codes')).toBe(record.partners.map((partner) => partner.code).join(';'));
          expect(cell('partner_names')).toBe(record.partners.map((partner) => partner.name).join(';'));
        });
      }),
      RUNS,
    );
  });

  it('RIS (citation-js): one record per entry, each text on its line, the day in DA', () => {
    fc.assert(
      fc.property(records, (input) => {
        const ris = writeExport('ris', META, input);
        const items = readWithCitationJs(ris);
        const tags = readRisTags(ris);
        expect(items).toHaveLength(input.length);
        items.forEach((item, index) => {
          const record = input[index]!;
          expect(item.title).toBe(risText(record.title));
          expect(item.abstract ?? '').toBe(risText(record.summary));
          expect(item.keyword ?? '').toBe(record.partners.map((partner) => partner.name).join(','));
          // NEWS and GOVDOC take the year from PY; the day is in DA, where Zotero reads it.
          expect(item.issued?.['date-parts']).toEqual([[Number(publishedOn(record).slice(0, 4))]]);
          expect(tags[index]?.DA).toBe(`${publishedOn(record).replaceAll('-', '/')}/`);
        });
      }),
      RUNS,
    );
  });

  it('BibTeX (citation-js): one entry per record, every special character and ligature as written', () => {
    fc.assert(
      fc.property(records, (input) => {
        const items = readWithCitationJs(writeExport('bibtex', META, input));
        expect(items).toHaveLength(input.length);
        items.forEach((item, index) => {
          const record = input[index]!;
          expect(bibtexText(item.title ?? '')).toBe(bibtexText(record.title));
          expect(bibtexText(item.abstract ?? '')).toBe(bibtexText(record.summary));
          expect(item.keyword ?? '').toBe(record.partners.map((partner) => partner.name).join(','));
          expect(item.issued?.['date-parts']).toEqual([publishedOn(record).split('-').map(Number)]);
        });
      }),
      RUNS,
    );
  });

  const validate = new Ajv({ strict: false, allErrors: true }).compile(JSON.parse(readFileSync('tests/fixtures/csl/csl-data.json', 'utf8')) as object);

  it('CSL-JSON: valid against the CSL data schema, every text exact, and citeproc renders each item', () => {
    const rendered: { id: string; year: string }[] = [];
    const all: { id: string }[] = [];
    const RENDERED = 30;
    fc.assert(
      fc.property(records, (input) => {
        const items = JSON.parse(writeExport('csljson', META, input)) as { id: string; title: string; abstract?: string; keyword?: string; issued: unknown }[];
        expect(validate(items), JSON.stringify(validate.errors)).toBe(true);
        items.forEach((item, index) => {
          const record = input[index]!;
          expect(item.title).toBe(record.title);
          expect(item.abstract ?? '').toBe(record.summary);
          expect(item.keyword ?? '').toBe(record.partners.map((partner) => partner.name).join(','));
          expect(item.issued).toEqual({ 'date-parts': [publishedOn(record).split('-').map(Number)] });
          // One citeproc run over every generated item (an engine per run would take seconds).
          if (all.length >= RENDERED) return;
          const id = `item-${all.length}`;
          all.push({ ...item, id });
          rendered.push({ id, year: publishedOn(record).slice(0, 4) });
        });
      }),
      RUNS,
    );
    const bibliography = renderBibliography(all);
    expect(bibliography.size).toBe(all.length);
    for (const { id, year } of rendered) expect(bibliography.get(id)).toContain(`(${year}`);
  });

  it('keeps a field of 200,000 characters whole in every format', () => {
    const long = `${'日本・NATO "首脳", 会談\n'.repeat(10_000)}終わり`;
    const record = { ...newsRecord(long), summary: long };
    expect(readCsv(writeExport('csv', META, [record]))[1]?.[CSV_COLUMNS.indexOf('summary')]).toBe(long);
    expect(readWithCitationJs(writeExport('ris', META, [record]))[0]?.abstract).toBe(risText(long));
    expect(bibtexText(readWithCitationJs(writeExport('bibtex', META, [record]))[0]?.abstract ?? '')).toBe(bibtexText(long));
    expect((JSON.parse(writeExport('csljson', META, [record])) as { abstract: string }[])[0]?.abstract).toBe(long);
  });
});

describe('the hostile fixture in every format', () => {
  // Formula starts, markup, braces, backslashes and line breaks of every kind, as the parser
  // reads them from tests/fixtures/hostile-data (the e2e test downloads its CSV).
  const { events, statements } = loadChronology(path.resolve('tests/fixtures/hostile-data'));
  const input = [
    ...events.map((event) => ({ ...newsRecord(event.title, event.id), summary: event.summary })),
    ...statements.map((statement) => ({ ...statementRecord(statement.title, statement.slug), summary: statement.lead })),
  ];

  it('holds line breaks in a title, a summary and a lead', () => {
    expect(input.some((record) => /[\r\n]/.test(record.title))).toBe(true);
    expect(input.some((record) => record.kind === 'statement' && /\n/.test(record.summary))).toBe(true);
  });

  it('reads back from JSON, CSL-JSON, RIS and BibTeX with every text as the format carries it', () => {
    const json = JSON.parse(writeExport('json', META, input)) as { entries: ExportRecord[] };
    expect(json.entries).toEqual(input);
    const csl = JSON.parse(writeExport('csljson', META, input)) as { title: string; abstract?: string }[];
    expect(csl.map((item) => [item.title, item.abstract ?? ''])).toEqual(input.map((record) => [record.title, record.summary]));
    const ris = readWithCitationJs(writeExport('ris', META, input));
    expect(ris.map((item) => [item.title, item.abstract ?? ''])).toEqual(input.map((record) => [risText(record.title), risText(record.summary)]));
    const bibtex = readWithCitationJs(writeExport('bibtex', META, input));
    expect(bibtex.map((item) => [bibtexText(item.title ?? ''), bibtexText(item.abstract ?? '')])).toEqual(input.map((record) => [bibtexText(record.title), bibtexText(record.summary)]));
  });
});

describe('the rules where a format cannot carry a character', () => {
  it('RIS and BibTeX write a line break, tab, U+2028 or run of spaces as one space, and trim the ends', () => {
    const record = { ...newsRecord(' 一行目\r\n二行目\r三行目\n四行目\u2028五行目\t六 '), summary: 'a\n\nb  - c' };
    expect(readWithCitationJs(writeExport('ris', META, [record]))[0]).toMatchObject({ title: '一行目 二行目 三行目 四行目 五行目 六', abstract: 'a b - c' });
    expect(readWithCitationJs(writeExport('bibtex', META, [record]))[0]).toMatchObject({ title: '一行目 二行目 三行目 四行目 五行目 六', abstract: 'a b - c' });
  });

  it('BibTeX reads blank space as one space, as TeX does; CSV and CSL-JSON keep it', () => {
    const record = newsRecord('a   b');
    expect(readWithCitationJs(writeExport('bibtex', META, [record]))[0]?.title).toBe('a b');
    expect(readCsv(writeExport('csv', META, [record]))[1]?.[CSV_COLUMNS.indexOf('title')]).toBe('a   b');
  });

  it('partner names hold no separator of the CSV (;) or of keywords (,)', () => {
    for (const entry of partnerGazetteer) expect(entry.nameJa).not.toMatch(/[;,]/);
  });

  it('a lone surrogate becomes U+FFFD in the record every writer is given, so every format carries the same text', () => {
    const record = exportRecord({ ...newsRecord('前\uD800後 \uDC00 🇯🇵'), partners: [{ code: 'NATO', name: 'NA\uDBFFTO' }] });
    expect(record.title).toBe('前\uFFFD後 \uFFFD 🇯🇵');
    expect(record.partners[0]?.name).toBe('NA\uFFFDTO');
    expect(JSON.stringify(JSON.parse(writeExport('csljson', META, [record])))).not.toMatch(/\\ud[89a-f]/i);
    expect(exportRecord(newsRecord('well 👩‍👩‍👧 formed'))).toEqual(newsRecord('well 👩‍👩‍👧 formed'));
  });
});
