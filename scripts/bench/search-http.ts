// GET /api/search over HTTP, on the app built from 10,000 generated news events and 1,000
// generated statements (seed 1): p50 and p95 of the whole request (routing, query checks, search,
// snippets, JSON) for the selective and common terms of the in-process search bench. Requests go
// one at a time, so the figures are latencies, not throughput (the load bench does that).
//
// Runs alone too (builds into .next-builds/scale, serves on loopback, prints JSON):
//   npx tsx scripts/bench/search-http.ts                (BENCH_QUICK=1 for a smoke run)
//   npx tsx scripts/bench/search-http.ts --origin URL   (measures a server already running)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateDigest } from '../../lib/generate/digest';
import { generateStatements } from '../../lib/generate/statements';
import { buildApp, startApp } from './app-server';
import { COMMON_QUERIES, SELECTIVE_QUERIES } from './search';
import { percentile, progress, QUICK, round } from './stats';

export interface HttpQueryFigures {
  query: string;
  kind: 'selective' | 'common';
  total: number;
  requests: number;
  p50Ms: number | null;
  p95Ms: number | null;
}

export interface SearchHttpFigures {
  events: number;
  statements: number;
  buildSeconds: number;
  queries: HttpQueryFigures[];
  /** Over all requests of a kind. */
  selective: { p50Ms: number | null; p95Ms: number | null };
  common: { p50Ms: number | null; p95Ms: number | null };
}

/** A data folder of `events` generated news events and `statements` generated statements, seed 1. */
export function writeSearchData(dir: string, events: number, statements: number): string {
  fs.mkdirSync(path.join(dir, 'digest'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'statements'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'digest', 'generated.txt'), generateDigest(events, 1).text);
  for (const statement of generateStatements(statements, 1)) fs.writeFileSync(path.join(dir, 'statements', statement.name), statement.text);
  return dir;
}

async function timedGet(url: string): Promise<{ ms: number; total: number }> {
  const start = performance.now();
  const response = await fetch(url);
  const body = (await response.json()) as { total?: number };
  const ms = performance.now() - start;
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return { ms, total: body.total ?? 0 };
}

/** Measures GET /api/search on a server already running at `origin`. */
export async function measureSearchApi(origin: string, runs: number): Promise<Pick<SearchHttpFigures, 'queries' | 'selective' | 'common'>> {
  const url = (query: string) => `${origin}/api/search?q=${encodeURIComponent(query)}`;
  const all = [...SELECTIVE_QUERIES.map((query) => ({ query, kind: 'selective' as const })), ...COMMON_QUERIES.map((query) => ({ query, kind: 'common' as const }))];
  const times = new Map(all.map(({ query }) => [query, [] as number[]]));
  const totals = new Map<string, number>();
  for (const { query } of all) await timedGet(url(query)); // warm
  // Interleaved, so a slow moment of the machine falls on every query alike.
  for (let run = 0; run < runs; run++) {
    for (const { query } of all) {
      const { ms, total } = await timedGet(url(query));
      times.get(query)?.push(ms);
      totals.set(query, total);
    }
  }
  const queries = all.map(({ query, kind }) => {
    const ms = times.get(query) ?? [];
    return { query, kind, total: totals.get(query) ?? 0, requests: ms.length, p50Ms: round(percentile(ms, 50), 1), p95Ms: round(percentile(ms, 95), 1) };
  });
  const overall = (kind: HttpQueryFigures['kind']) => {
    const ms = all.filter((q) => q.kind === kind).flatMap(({ query }) => times.get(query) ?? []);
    return { p50Ms: round(percentile(ms, 50), 1), p95Ms: round(percentile(ms, 95), 1) };
  };
  return { queries, selective: overall('selective'), common: overall('common') };
}

/** Generates the data, builds the app on it, serves it and measures /api/search. */
export async function benchSearchHttp(): Promise<SearchHttpFigures> {
  const events = QUICK ? 1_000 : 10_000;
  const statements = QUICK ? 100 : 1_000;
  const dir = writeSearchData(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-search-http-')), events, statements);
  try {
    progress(`search over HTTP: ${events} events, ${statements} statements`);
    const buildMs = await buildApp(dir, `${events} events + ${statements} statements`);
    // Ready once a search answers: the data read and the index built, outside the figures.
    const app = await startApp(dir, { readyPath: '/api/search?q=NATO', timeoutMs: 600_000 });
    try {
      const figures = await measureSearchApi(app.origin, QUICK ? 5 : 40);
      return { events, statements, buildSeconds: Math.round(buildMs / 100) / 10, ...figures };
    } finally {
      await app.stop();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The figures as a section of docs/BENCHMARKS.md. */
export function searchHttpMarkdown(figures: SearchHttpFigures): string {
  const rows = figures.queries.map((q) => `| \`${q.query}\` | ${q.kind} | ${q.total} | ${q.p50Ms} | ${q.p95Ms} |`).join('\n');
  return `\`GET /api/search\` over HTTP on \`next start\` (loopback), the app built from ${figures.events.toLocaleString('en')} generated news events and ${figures.statements.toLocaleString('en')} generated statements (seed 1); ${figures.queries[0]?.requests ?? 0} requests per query, one at a time, after a warm-up.

| query | kind | found | p50 ms | p95 ms |
| --- | --- | ---: | ---: | ---: |
${rows}

Over all requests: selective terms p50 ${figures.selective.p50Ms} ms, p95 ${figures.selective.p95Ms} ms; common terms p50 ${figures.common.p50Ms} ms, p95 ${figures.common.p95Ms} ms.`;
}

// Run directly (`tsx scripts/bench/search-http.ts`), not imported by scripts/bench.ts.
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  const at = process.argv.indexOf('--origin');
  const origin = at === -1 ? undefined : process.argv[at + 1];
  (origin ? measureSearchApi(origin, QUICK ? 5 : 40) : benchSearchHttp()).then(
    (figures) => process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`),
    (error: unknown) => {
      process.stderr.write(`search over HTTP: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
