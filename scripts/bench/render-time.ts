// Server render time of pages compared in one run (issue 24: `/en` within 10 % of `/`). Taken on
// a server of the build that keeps no page (PAGE_CACHE_MB=0, scripts/serve.ts), so that every
// request renders: the time from sending a GET to the last byte of its answer, which the server
// sends only once the whole page is rendered and its scripts hashed (lib/http-cache). The pages
// are asked in turn, the order swapped every round, so that machine noise hits them alike.
import { performance } from 'node:perf_hooks';
import { median, percentile, progress, QUICK, ratio, round } from './stats';

export interface RenderTime {
  path: string;
  medianMs: number | null;
  p90Ms: number | null;
  /** This page's median ÷ the first page's. */
  ratioToFirst: number | null;
}

export interface RenderTimeFigures {
  rounds: number;
  pages: RenderTime[];
}

/** Rounds before the timed ones: a fresh server's first renders are slower (code not yet optimised by the JIT). */
const WARM_UP_ROUNDS = 10;

async function timeOneRender(origin: string, path: string): Promise<number> {
  const start = performance.now();
  const response = await fetch(origin + path, { redirect: 'manual' });
  await response.arrayBuffer();
  const ms = performance.now() - start;
  if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}`);
  if (response.headers.get('etag') === null) throw new Error(`GET ${path} came without an ETag: not the page a reader gets`);
  return ms;
}

/** Renders each path `rounds` times on an app that keeps no page, after a warm-up; medians, and each as a ratio to the first path. */
export async function benchRenderTime(origin: string, paths: readonly string[], rounds = QUICK ? 5 : 41): Promise<RenderTimeFigures> {
  progress(`server render time: ${paths.join(', ')}, ${rounds} rounds`);
  for (let warmUp = 0; warmUp < WARM_UP_ROUNDS; warmUp++) for (const path of paths) await timeOneRender(origin, path);
  const times = new Map(paths.map((path) => [path, [] as number[]]));
  for (let turn = 0; turn < rounds; turn++) {
    const order = turn % 2 === 0 ? paths : [...paths].reverse();
    for (const path of order) times.get(path)?.push(await timeOneRender(origin, path));
  }
  const medians = paths.map((path) => median(times.get(path) ?? []));
  return {
    rounds,
    pages: paths.map((path, index) => ({
      path,
      medianMs: round(medians[index] ?? null),
      p90Ms: round(percentile(times.get(path) ?? [], 90)),
      ratioToFirst: ratio(medians[index] ?? null, medians[0] ?? null),
    })),
  };
}

/** The section of docs/BENCHMARKS.md. */
export function renderTimeMarkdown(figures: RenderTimeFigures | string): string {
  if (typeof figures === 'string') return `## Server render time\n\n${figures}\n`;
  const [first] = figures.pages;
  const rows = figures.pages.map((page) => {
    const target = page === first ? '–' : `within 10 % of \`${first?.path}\` ${page.ratioToFirst === null ? '–' : page.ratioToFirst <= 1.1 ? '✓' : '✗'}`;
    return `| \`${page.path}\` | ${page.medianMs ?? '–'} | ${page.p90Ms ?? '–'} | ${page.ratioToFirst ?? '–'}× | ${target} |`;
  });
  return `## Server render time

Each page rendered ${figures.rounds} times (after ${WARM_UP_ROUNDS} rounds of warm-up) by the server \`npm start\` runs, on the bundled
data, started with \`PAGE_CACHE_MB=0\` so that it keeps no page and every request renders: the time
from the GET to the last byte, on loopback (the server sends a page once it is wholly rendered
and its scripts hashed). The pages take turns, the order swapped each round.

| page | median (ms) | p90 (ms) | ÷ \`${first?.path}\` | target |
| --- | ---: | ---: | ---: | --- |
${rows.join('\n')}
`;
}
