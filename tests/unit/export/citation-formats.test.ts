import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { writeExport } from '@/lib/export';
import { bibtexKey, escapeBibtex } from '@/lib/export/bibtex';
import { META, newsRecord, statementRecord, TRICKY_TEXTS } from './tricky';

const records = [...TRICKY_TEXTS.map((text, index) => newsRecord(text, `2507-0626${String(index).padStart(2, '0')}`)), statementRecord('日英防衛相会談{共同声明}')];

describe('JSON export', () => {
  it('parses, with the filters, the data version, the count and every entry intact', () => {
    const parsed = JSON.parse(writeExport('json', { ...META, count: records.length }, records)) as Record<string, unknown>;
    expect(parsed.version).toEqual(META.version);
    expect(parsed.filters).toEqual(META.filters);
    expect(parsed.count).toBe(records.length);
    expect(parsed.entries).toEqual(records);
  });

  it('is valid JSON with no entries', () => {
    expect(JSON.parse(writeExport('json', META, []))).toMatchObject({ count: 0, entries: [] });
  });
});

describe('CSL-JSON export', () => {
  const schema = JSON.parse(readFileSync('tests/fixtures/csl/csl-data.json', 'utf8')) as object;
  const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
  const items = JSON.parse(writeExport('csljson', META, records)) as Record<string, unknown>[];

  it('is valid against the CSL data schema', () => {
    expect(validate(items), JSON.stringify(validate.errors)).toBe(true);
  });

  it('catches an item the schema refuses (the validator is live)', () => {
    expect(validate([{ id: 'x', type: 'newspaper-column' }])).toBe(false);
  });

  it('writes news as article-newspaper in its outlet, with the date in parts', () => {
    expect(items[0]).toMatchObject({
      type: 'article-newspaper',
      id: '2507-062600',
      title: TRICKY_TEXTS[0],
      'container-title': '日本経済新聞',
      issued: { 'date-parts': [[2025, 6, 26]] },
      accessed: { 'date-parts': [[2026, 12, 1]] },
      URL: 'https://example.org/events/2507-062600',
      language: 'ja',
    });
  });

  it('writes a statement as a report by its issuing body, published by its site', () => {
    expect(items.at(-1)).toMatchObject({ type: 'report', author: [{ literal: '防衛省' }], publisher: 'Jディフェンスニュース', title: '日英防衛相会談{共同声明}' });
  });

  it('keeps every text exactly', () => {
    TRICKY_TEXTS.forEach((text, index) => expect(items[index]?.title).toBe(text));
  });

  it('is an empty array with no entries', () => {
    expect(JSON.parse(writeExport('csljson', META, []))).toEqual([]);
  });
});

/** RIS records as tag/value pairs, read back line by line. */
function readRis(text: string): [string, string][][] {
  const records: [string, string][][] = [];
  let current: [string, string][] = [];
  for (const line of text.split('\r\n')) {
    if (line === '') continue;
    const match = /^([A-Z][A-Z0-9])  - (.*)$/.exec(line);
    if (!match) throw new Error(`not a RIS line: ${JSON.stringify(line)}`);
    current.push([match[1] ?? '', match[2] ?? '']);
    if (match[1] === 'ER') {
      records.push(current);
      current = [];
    }
  }
  expect(current).toEqual([]);
  return records;
}

describe('RIS export', () => {
  const text = writeExport('ris', META, records);
  const read = readRis(text);
  const field = (record: [string, string][] | undefined, tag: string) => record?.filter(([t]) => t === tag).map(([, v]) => v);

  it('writes one record per entry, each on tagged lines, ending with ER', () => {
    expect(read).toHaveLength(records.length);
    for (const record of read) {
      expect(record[0]?.[0]).toBe('TY');
      expect(record.at(-1)).toEqual(['ER', '']);
    }
  });

  it('writes news as NEWS in its outlet with a RIS date', () => {
    const first = read[0];
    expect(field(first, 'TY')).toEqual(['NEWS']);
    expect(field(first, 'T2')).toEqual(['日本経済新聞']);
    expect(field(first, 'DA')).toEqual(['2025/06/26/']);
    expect(field(first, 'PY')).toEqual(['2025']);
    expect(field(first, 'UR')).toEqual(['https://example.org/events/2507-062600']);
    expect(field(first, 'LA')).toEqual(['ja']);
  });

  it('writes a statement as GOVDOC by its ministry', () => {
    const last = read.at(-1);
    expect(field(last, 'TY')).toEqual(['GOVDOC']);
    expect(field(last, 'AU')).toEqual(['防衛省']);
    expect(field(last, 'PB')).toEqual(['Jディフェンスニュース']);
  });

  it('keeps each text on its line: breaks folded to spaces, nothing else changed', () => {
    TRICKY_TEXTS.forEach((text, index) => {
      const expected = text.replace(/[\t\r\n]+/g, ' ').trim();
      expect(field(read[index], 'TI')).toEqual([expected]);
      expect(field(read[index], 'AB')).toEqual([expected]);
    });
  });
});

/** The fields of BibTeX entries, read back by counting braces as BibTeX does (escaped or not). */
function readBibtex(text: string): { type: string; key: string; fields: Map<string, string> }[] {
  const entries: { type: string; key: string; fields: Map<string, string> }[] = [];
  const header = /@(\w+)\{([^,\s]+),/g;
  let match: RegExpExecArray | null;
  while ((match = header.exec(text))) {
    const fields = new Map<string, string>();
    let at = header.lastIndex;
    for (;;) {
      const name = /^\s*(\w+) = /.exec(text.slice(at));
      if (!name) break;
      at += name[0].length;
      let value = '';
      if (text[at] === '{') {
        let depth = 0;
        const start = at;
        do {
          if (text[at] === '{') depth += 1;
          if (text[at] === '}') depth -= 1;
          at += 1;
        } while (depth > 0 && at < text.length);
        expect(depth).toBe(0);
        value = text.slice(start + 1, at - 1);
      } else {
        const bare = /^\w+/.exec(text.slice(at));
        value = bare?.[0] ?? '';
        at += value.length;
      }
      fields.set(name[1] ?? '', value);
      if (text[at] === ',') at += 1;
    }
    expect(text.slice(at).trimStart().startsWith('}')).toBe(true);
    entries.push({ type: match[1] ?? '', key: match[2] ?? '', fields });
    header.lastIndex = at;
  }
  return entries;
}

/** What a LaTeX reader makes of an escaped value. */
function unescapeBibtex(value: string): string {
  return value
    .replaceAll('\\textbackslash{}', '\\')
    .replaceAll('\\textbraceleft{}', '{')
    .replaceAll('\\textbraceright{}', '}')
    .replaceAll('\\textasciicircum{}', '^')
    .replaceAll('\\textasciitilde{}', '~')
    .replace(/\\([%&#$_])/g, '$1');
}

describe('BibTeX export', () => {
  const text = writeExport('bibtex', META, records);
  const entries = readBibtex(text);

  it('writes one entry per record, with unique ASCII keys', () => {
    expect(entries).toHaveLength(records.length);
    const keys = entries.map((entry) => entry.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^[A-Za-z0-9-]+$/);
  });

  it('makes keys unique even when two records share an id', () => {
    const twice = readBibtex(writeExport('bibtex', META, [newsRecord('a'), newsRecord('b')]));
    expect(twice.map((entry) => entry.key)).toEqual(['news-2507-062601', 'news-2507-062601-2']);
  });

  it('writes news as @article in its outlet, a statement as @misc by its ministry', () => {
    expect(entries[0]?.type).toBe('article');
    expect(entries[0]?.fields.get('journal')).toBe('日本経済新聞');
    expect(entries[0]?.fields.get('year')).toBe('2025');
    expect(entries[0]?.fields.get('month')).toBe('jun');
    expect(entries[0]?.fields.get('date')).toBe('2025-06-26');
    expect(entries[0]?.fields.get('url')).toBe('https://example.org/events/2507-062600');
    expect(entries.at(-1)?.type).toBe('misc');
    expect(entries.at(-1)?.fields.get('author')).toBe('{防衛省}');
    expect(entries.at(-1)?.fields.get('organization')).toBe('防衛省');
  });

  it('escapes every special character, so each text reads back exactly (breaks folded)', () => {
    TRICKY_TEXTS.forEach((value, index) => {
      const title = entries[index]?.fields.get('title') ?? '';
      expect(title).not.toMatch(/(?<!\\)[%&#$_]/);
      expect(unescapeBibtex(title)).toBe(value.replace(/[\t\r\n]+/g, ' ').trim());
    });
  });

  it('escapes the LaTeX specials', () => {
    expect(escapeBibtex('{a} \\ % & # $ _ ^ ~')).toBe('\\textbraceleft{}a\\textbraceright{} \\textbackslash{} \\% \\& \\# \\$ \\_ \\textasciicircum{} \\textasciitilde{}');
  });

  it('keeps keys ASCII', () => {
    expect(bibtexKey(statementRecord('x', 'a_b'))).toBe('statement-a-b');
  });
});

describe('the two dates of an entry and its author', () => {
  const moved = { ...newsRecord('日NATO首脳会談'), date: '2022-06-29', reportedDate: '2022-06-30', reportedTime: '00:34' };
  const scheduled = { ...newsRecord('事務総長が訪日へ', '2505-040508'), date: '2025-04-08', dateEnd: '2025-04-10', dateStatus: 'scheduled' as const, reportedDate: '2025-04-05' };

  it('cite a news article on the day it was published, and carry the day it tells of beside it', () => {
    const [csl] = JSON.parse(writeExport('csljson', META, [moved])) as Array<Record<string, unknown>>;
    expect(csl?.issued).toEqual({ 'date-parts': [[2022, 6, 30]] });
    expect(csl?.['event-date']).toEqual({ 'date-parts': [[2022, 6, 29]] });
    const ris = writeExport('ris', META, [scheduled]);
    expect(ris).toContain('DA  - 2025/04/05/\r\n');
    expect(ris).toContain('N1  - 出来事の日: 2025-04-08〜2025-04-10（予定）\r\n');
    // An English file (lang=en) says it in English; the source's title stays as written.
    const english = writeExport('ris', { ...META, lang: 'en' }, [scheduled]);
    expect(english).toContain('N1  - Event date: 2025-04-08 to 2025-04-10 (scheduled)\r\n');
    expect(english).toContain('TI  - 事務総長が訪日へ\r\n');
    const bibtex = writeExport('bibtex', META, [moved]);
    expect(bibtex).toContain('date = {2022-06-30}');
    expect(bibtex).toContain('eventdate = {2022-06-29}');
  });

  it("name a statement's issuing body as its author, and its site only as publisher: with no body known, no author", () => {
    const unsigned = { ...statementRecord('記者会見'), issuer: null };
    const [csl] = JSON.parse(writeExport('csljson', META, [unsigned])) as Array<Record<string, unknown>>;
    expect(csl).not.toHaveProperty('author');
    expect(csl?.publisher).toBe('Jディフェンスニュース');
    expect(writeExport('ris', META, [unsigned])).not.toContain('AU  - ');
    expect(writeExport('ris', META, [unsigned])).toContain('PB  - Jディフェンスニュース');
    expect(writeExport('bibtex', META, [unsigned])).not.toContain('author = ');
    expect(writeExport('ris', META, [statementRecord('共同声明')])).toContain('AU  - 防衛省');
  });
});
