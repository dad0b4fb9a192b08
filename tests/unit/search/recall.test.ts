import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, findEntries, normaliseText, parseQuery, scanEntries, search, type SearchDocument, type SearchIndex } from '@/lib/search';

// Japanese and English text, with the characters the fold changes (full-width, half-width kana,
// upper case, white space) and a few that repeat, so that pairs recur apart from each other.
const alphabet = [...'日本英国安全保障不可分協力暗号資産のとはが、。ＮＡＴＯnatoNATOｶﾞｵｶﾞゥEUeuＧＣＡＰgcap 　\n-"()'.split(''), '𠮷'];
const text = fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 40 });
const documents = fc.array(
  fc.record({ title: text, units: fc.array(text, { maxLength: 4 }), year: fc.integer({ min: 2013, max: 2025 }) }),
  { minLength: 1, maxLength: 25 },
);

function toDocuments(generated: Array<{ title: string; units: string[]; year: number }>): SearchDocument[] {
  return generated.map((g, i) => ({
    entry: { kind: i % 3 === 0 ? 'statement' : 'news', key: `e${i}`, title: g.title, date: `${g.year}-01-01`, time: null },
    units: [g.title, ...g.units].map((t, u) => ({ field: u === 0 ? 'title' : 'paragraph', text: t, anchor: null, speaker: null })),
  }));
}

/** The folded units of each entry, in the index's order: what the plain scan reads. */
const scanned = (index: SearchIndex) =>
  index.entries.map((_, e) => index.units.slice(index.entryUnits[e], index.entryUnits[e + 1]).map((unit) => normaliseText(unit.text)));

describe('the bigram index, against a plain substring scan', () => {
  it('never finds fewer entries (nor more) than the scan, for terms cut from the text and made up', () => {
    // Made-up terms too: short ones of common characters, whose pairs often occur apart.
    const term = fc.oneof(
      text.filter((t) => normaliseText(t).length > 0),
      fc.string({ unit: fc.constantFrom(...'natoeu日本の'), minLength: 3, maxLength: 4 }),
      fc.constantFrom('日', 'n', 'ＮＡＴＯ', 'ガ', '𠮷'),
    );
    fc.assert(
      fc.property(documents, fc.array(fc.tuple(fc.nat(), fc.nat({ max: 8 }), fc.boolean()), { minLength: 1, maxLength: 3 }), term, (generated, cuts, extra) => {
        const docs = toDocuments(generated);
        // Terms cut out of the documents' own text, so that most queries find something.
        const all = docs.flatMap((d) => d.units.map((u) => u.text)).join(' ');
        const terms = cuts.map(([at, length, excluded]) => {
          const start = at % Math.max(1, all.length);
          return `${excluded ? '-' : ''}"${all.slice(start, start + length + 1).replaceAll('"', '')}"`;
        });
        const parsed = parseQuery([...terms, `"${extra.replaceAll('"', '')}"`].join(' '));
        if (!parsed.ok) return;
        const index = buildSearchIndex(docs);
        expect(findEntries(index, parsed.query)).toEqual(scanEntries(scanned(index), parsed.query));
      }),
      { numRuns: 400 },
    );
  });

  it('finds what the scan finds for short terms whose pairs often occur apart', () => {
    const small = fc.string({ unit: fc.constantFrom(...'natoNATO日本の 　'.split('')), maxLength: 30 });
    const docs = fc.array(fc.record({ title: small, units: fc.array(small, { maxLength: 3 }), year: fc.constant(2020) }), { minLength: 1, maxLength: 20 });
    const term = fc.string({ unit: fc.constantFrom(...'nato日本の'), minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(docs, term, (generated, t) => {
        const parsed = parseQuery(t);
        if (!parsed.ok) return;
        const index = buildSearchIndex(toDocuments(generated));
        expect(findEntries(index, parsed.query)).toEqual(scanEntries(scanned(index), parsed.query));
      }),
      { numRuns: 300 },
    );
  });

  it('finds an entry by any piece of any of its units', () => {
    fc.assert(
      fc.property(documents, fc.nat(), fc.nat(), fc.nat(), fc.nat({ max: 6 }), (generated, pickEntry, pickUnit, at, length) => {
        const index = buildSearchIndex(toDocuments(generated));
        const e = pickEntry % index.entries.length;
        const first = index.entryUnits[e] ?? 0;
        const units = (index.entryUnits[e + 1] ?? 0) - first;
        const folded = normaliseText(index.units[first + (pickUnit % units)]?.text ?? '');
        if (folded.length === 0) return;
        const start = at % folded.length;
        const piece = folded.slice(start, start + length + 1);
        // Half a surrogate pair is not a query anyone types; a quote cannot be inside a phrase.
        if (/[\uD800-\uDFFF"]/.test(piece)) return;
        // Nor is a piece the fold changes again: a sound mark that white space kept apart from its
        // kana (`ｶ ﾞ` folds to カ + U+3099, which a query folds on to ガ). A known limit of the fold.
        if (normaliseText(piece) !== piece) return;
        const parsed = parseQuery(`"${piece}"`);
        if (!parsed.ok) return;
        expect(findEntries(index, parsed.query)).toContain(e);
      }),
      { numRuns: 300 },
    );
  });
  it('counts in each hit the units a substring test finds (what snippets and relevance use)', () => {
    const term = fc.string({ unit: fc.constantFrom(...'natoNATO日本の安全保障'), minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(documents, term, fc.boolean(), (generated, t, relevant) => {
        const parsed = parseQuery(`"${t}"`);
        if (!parsed.ok) return;
        const index = buildSearchIndex(toDocuments(generated));
        const folded = normaliseText(t);
        for (const hit of search(index, parsed.query, { pageSize: 100, order: relevant ? 'relevance' : 'newest' }).hits) {
          const e = index.entries.indexOf(hit.entry);
          const units = index.units.slice(index.entryUnits[e], index.entryUnits[e + 1]);
          expect(hit.matchedUnits).toBe(units.filter((unit) => normaliseText(unit.text).includes(folded)).length);
        }
      }),
      { numRuns: 200 },
    );
  });
});
