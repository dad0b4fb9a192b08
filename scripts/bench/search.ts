// Full-text search (lib/search) over 10,000 generated news events and 1,000 generated statements:
// build time, query times for selective and common terms, and the index's memory against the
// text's. The baseline is the plain scan (lib/search/scan.ts) over the units' folded texts (folded
// once, before timing, so the scan is not charged for the fold), timed in the same run,
// interleaved with the index's queries.
//
// Runs alone too (heap figures need --expose-gc):
//   node --expose-gc --import tsx scripts/bench/search.ts      (BENCH_QUICK=1 for a smoke run)
import { generateDigest } from '../../lib/generate/digest';
import { generateStatements } from '../../lib/generate/statements';
import { parseDigest } from '../../lib/parser/digest';
import { parseStatement } from '../../lib/parser/statement';
import { buildSearchIndex, findEntries, normaliseText, parseQuery, scanEntries, search, searchDocuments, type SearchIndex, type SearchQuery } from '../../lib/search';
import { median, percentile, progress, QUICK, ratio, round, time } from './stats';

export const SELECTIVE_QUERIES = ['GCAP', '暗号資産', 'ACSA', '"Secretary of State"'];
export const COMMON_QUERIES = ['日本', 'NATO', '安全保障', '協力 -EU'];

export interface QueryFigures {
  query: string;
  kind: 'selective' | 'common';
  /** Entries found (the index and the scan agree, or the bench fails). */
  total: number;
  /** search(): entries found, counts, and the first page of 50 hits with their snippets. */
  searchP50Ms: number | null;
  searchP95Ms: number | null;
  /** The entries found alone, by the index (p50, p95) and by the scan (p50). */
  findP50Ms: number | null;
  findP95Ms: number | null;
  scanP50Ms: number | null;
  /** scan ÷ index (entries found alone), medians. */
  speedup: number | null;
}

export interface SearchFigures {
  events: number;
  statements: number;
  units: number;
  /** The units' text as written: UTF-8 bytes, UTF-16 bytes (2 per code unit), and bytes as V8 holds the strings (1 per character when all are Latin-1, else 2). */
  textMB: number;
  textUtf16MB: number;
  textInMemoryMB: number;
  buildMs: number | null;
  /** Every typed array of the index: pair keys, list sizes, offsets, positional postings, unit ↔ entry maps, years. */
  indexMB: number;
  /** Of which the postings alone. */
  postingsMB: number;
  /** index ÷ text in V8 memory (the stricter figure), and index ÷ UTF-16 text. */
  indexToText: number | null;
  indexToUtf16: number | null;
  /** Heap (and array buffer) growth from building the index (documents already in memory), with --expose-gc. */
  heapMB: number | null;
  queries: QueryFigures[];
  /** Over all queries of a kind: p95 of search(), and the smallest speedup. */
  selective: { searchP95Ms: number | null; minSpeedup: number | null };
  common: { searchP95Ms: number | null; minSpeedup: number | null };
}

const MB = 1024 * 1024;
/** Bytes of a string in V8: one per character when all are Latin-1, else two. */
const stringBytes = (text: string) => (/[^\u0000-\u00ff]/.test(text) ? 2 : 1) * text.length;
const gc = (globalThis as { gc?: () => void }).gc;

function heapUsed(): number | null {
  if (!gc) return null;
  gc();
  gc();
  // Typed arrays' contents live outside the V8 heap: counted too.
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}

function generatedDocuments(events: number, statements: number) {
  const parsed = parseDigest(generateDigest(events, 1).text).events;
  const articles = generateStatements(statements, 1).map((file) => parseStatement(file.text).statement);
  return searchDocuments(parsed, articles);
}

function parsed(input: string): SearchQuery {
  const result = parseQuery(input);
  if (!result.ok) throw new Error(`bench query ${input}: ${result.problem.code}`);
  return result.query;
}

function summarise(queries: QueryFigures[], kind: QueryFigures['kind']) {
  const mine = queries.filter((q) => q.kind === kind);
  const speedups = mine.map((q) => q.speedup).filter((s): s is number => s !== null);
  return {
    searchP95Ms: round(Math.max(...mine.map((q) => q.searchP95Ms ?? 0)), 2),
    minSpeedup: speedups.length > 0 ? Math.min(...speedups) : null,
  };
}

/** Measures the search on generated data; QUICK: 1,000 events, 100 statements, few runs. */
export function benchSearch(): SearchFigures {
  const eventCount = QUICK ? 1_000 : 10_000;
  const statementCount = QUICK ? 100 : 1_000;
  progress(`search: generating ${eventCount} events and ${statementCount} statements`);
  const documents = generatedDocuments(eventCount, statementCount);
  const units = documents.flatMap((document) => document.units);

  const builds: number[] = [];
  let index: SearchIndex | null = null;
  const before = heapUsed();
  for (let run = 0; run < (QUICK ? 1 : 3); run++) {
    index = null;
    builds.push(time(() => (index = buildSearchIndex(documents))));
  }
  const after = heapUsed();
  if (!index) throw new Error('no index built');
  const built: SearchIndex = index;

  // The scan reads the units' folded texts, entry by entry, in the index's entry order (the
  // index keeps no folded copy: these are the scan's own).
  const folded = built.units.map((unit) => normaliseText(unit.text));
  const scanned = built.entries.map((_, e) => folded.slice(built.entryUnits[e] ?? 0, built.entryUnits[e + 1] ?? 0));
  const runs = QUICK ? 3 : 30;
  const queries: QueryFigures[] = [];
  for (const [kind, list] of [['selective', SELECTIVE_QUERIES], ['common', COMMON_QUERIES]] as const) {
    for (const input of list) {
      progress(`search: ${input}`);
      const query = parsed(input);
      const found = findEntries(built, query);
      const expected = scanEntries(scanned, query);
      if (found.join() !== expected.join()) throw new Error(`${input}: the index finds ${found.length}, the scan ${expected.length}`);
      search(built, query, { pageSize: 50 }); // warm-up: JIT
      const searchTimes: number[] = [];
      const findTimes: number[] = [];
      const scanTimes: number[] = [];
      for (let run = 0; run < runs; run++) {
        searchTimes.push(time(() => search(built, query, { pageSize: 50 })));
        findTimes.push(time(() => findEntries(built, query)));
        scanTimes.push(time(() => scanEntries(scanned, query)));
      }
      queries.push({
        query: input,
        kind,
        total: found.length,
        searchP50Ms: round(median(searchTimes), 2),
        searchP95Ms: round(percentile(searchTimes, 95), 2),
        findP50Ms: round(median(findTimes), 3),
        findP95Ms: round(percentile(findTimes, 95), 3),
        scanP50Ms: round(median(scanTimes), 2),
        speedup: ratio(median(scanTimes), median(findTimes), 1),
      });
    }
  }

  const text = units.map((unit) => unit.text);
  const arrays = [built.years, built.unitEntry, built.entryUnits, built.keys, built.counts, built.occurrences, built.offsets, built.postings, built.singleUnits, built.singleCodes];
  const indexBytes = arrays.reduce((sum, array) => sum + array.byteLength, 0);
  const textInMemory = text.reduce((sum, t) => sum + stringBytes(t), 0);
  const textUtf16 = text.reduce((sum, t) => sum + 2 * t.length, 0);
  return {
    events: documents.filter((d) => d.entry.kind === 'news').length,
    statements: documents.filter((d) => d.entry.kind === 'statement').length,
    units: units.length,
    textMB: round(text.reduce((sum, t) => sum + Buffer.byteLength(t), 0) / MB, 1) ?? 0,
    textUtf16MB: round(textUtf16 / MB, 1) ?? 0,
    textInMemoryMB: round(textInMemory / MB, 1) ?? 0,
    buildMs: round(median(builds), 0),
    indexMB: round(indexBytes / MB, 1) ?? 0,
    postingsMB: round(built.postings.byteLength / MB, 1) ?? 0,
    indexToText: ratio(indexBytes, textInMemory),
    indexToUtf16: ratio(indexBytes, textUtf16),
    // The loop above keeps one index alive at the end: the growth is one index.
    heapMB: before === null || after === null ? null : round((after - before) / MB, 1),
    queries,
    selective: summarise(queries, 'selective'),
    common: summarise(queries, 'common'),
  };
}

const cell = (value: number | null, unit = '') => (value === null ? '–' : `${value.toLocaleString('en')}${unit}`);
const mark = (ok: boolean) => (ok ? '✓' : '✗');

/** The section of docs/BENCHMARKS.md. */
export function searchMarkdown(f: SearchFigures): string {
  const rows = f.queries
    .map(
      (q) =>
        `| \`${q.query}\` | ${q.kind} | ${q.total.toLocaleString('en')} | ${cell(q.searchP50Ms, ' ms')} | ${cell(q.searchP95Ms, ' ms')} | ${cell(q.findP50Ms, ' ms')} | ${cell(q.findP95Ms, ' ms')} | ${cell(q.scanP50Ms, ' ms')} | ${cell(q.speedup, '×')} |`,
    )
    .join('\n');
  const p95 = Math.max(f.selective.searchP95Ms ?? Infinity, f.common.searchP95Ms ?? Infinity);
  const speedup = Math.min(f.selective.minSpeedup ?? 0, f.common.minSpeedup ?? 0);
  return `${f.events.toLocaleString('en')} generated news events and ${f.statements.toLocaleString('en')} generated statements (\`lib/generate\`,
seed 1): ${f.units.toLocaleString('en')} searchable units (titles, summaries, notes, paragraphs, Q&A turns). Their text as
written is ${f.textMB} MB in UTF-8, ${f.textUtf16MB} MB in UTF-16 (2 bytes a code unit) and ${f.textInMemoryMB} MB as V8 holds the
strings (1 byte a character in all-Latin-1 strings, else 2): "the text" below is this last, smallest figure. The
positional bigram index (\`lib/search/bigram-index.ts\`) is built in ${cell(f.buildMs, ' ms')}; its typed arrays take
${f.indexMB} MB (${f.postingsMB} MB of them postings with positions), ${cell(f.indexToText, '×')} the text (${cell(f.indexToUtf16, '×')} the UTF-16
text; target ≤ 2× ${mark((f.indexToText ?? Infinity) <= 2)}). It keeps no folded copy of the text. Heap growth from building it
(the unit and entry arrays included): ${cell(f.heapMB, ' MB')}.

| query | kind | entries found | search() p50 | search() p95 | index: entries found p50 | index: entries found p95 | plain scan p50 | scan ÷ index (p50s) |
| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${rows}

*search()* is what a page calls: the entries found, the counts per kind and year, and the first
page of 50 hits with up to three snippets each. The plain scan tests every unit's folded text with
\`includes\` (no index; the texts folded beforehand) and only finds the entries; the index's figures
in the same columns are for the same work. Targets: p95 ≤ 30 ms ${mark(p95 <= 30)}, the index
≥ 10× faster than the scan ${mark(speedup >= 10)}.`;
}

if (process.argv[1]?.endsWith('scripts/bench/search.ts')) {
  console.log(JSON.stringify(benchSearch(), null, 2));
}
