// npm run bench: measures what docs/BENCHMARKS.md reports and rewrites that file; prints one JSON
// summary on stdout (progress goes to stderr). BENCH_QUICK=1 is a smoke run: fewer repetitions,
// shorter durations, figures not worth recording.
// BENCH_SKIP=lighthouse,load leaves those slow sections out and keeps their earlier figures, marked
// with the run they come from (scripts/bench/carry-over.ts).
// BENCH_ONLY=pages runs the page weight and the server render time alone, on the bundled build;
// BENCH_ONLY=lighthouse, Lighthouse alone on the bundled build; BENCH_ONLY=timeline, the timeline
// at 10,000 events beside the bare library. Each prints its JSON and leaves docs/BENCHMARKS.md as
// it is: a figure worth recording comes from a full run.
// Figures are medians of several runs; comparisons are ratios measured in the same run, because
// these machines are shared and noisy.
//
// Sections: the digest parser; full-text search (in process, generated data); two builds of the app into .next-builds/scale (the bundled data,
// then 10,000 generated events), each timed and served with `next start` on loopback; on the
// bundled build: payload, page weight, Lighthouse, and the server render time of `/en` beside `/`
// (on a server of that build that keeps no page); the server under load (scripts/bench-load.ts,
// when present); GET /api/search over HTTP on a build of 10,000 generated events and 1,000
// generated statements (scripts/bench/search-http.ts); on the 10,000-event build: payload, and the
// timeline in Chromium side by side with a bare vis-timeline page given the same items.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateDigest } from '../lib/generate/digest';
import { parseDigest } from '../lib/parser/digest';
import { buildApp, startApp } from './bench/app-server';
import { benchLighthouse, type LighthouseScores } from './bench/lighthouse';
import { benchPageWeight, type PageWeight } from './bench/page-weight';
import { benchPayload, type PayloadFigures } from './bench/payload';
import { benchPlayground, type PlaygroundRun } from './bench/playground';
import { benchRenderTime, type RenderTimeFigures } from './bench/render-time';
import { benchSearch } from './bench/search';
import { carryOver, previousBenchmarks, skippedSections, type SkippableSection } from './bench/carry-over';
import { benchSearchHttp } from './bench/search-http';
import { benchExport, benchExportStream, type ExportFigures, type ExportStreamFigures } from './bench/export';
import { median, progress, QUICK, time } from './bench/stats';
import { markdown, measured, type BuildFigures, type LoadFigures, type ParserFigure, type Section, type StretchFigures } from './bench/report';
import type { ExplorerItem } from '../lib/explorer';
import { benchTimeline, commonPartner, explorerItemsOf, startBaseline, type TimelineReport } from './bench/timeline';


function benchParser(): { figures: ParserFigure[]; growth10kTo100k: number | null } {
  const figures: ParserFigure[] = [];
  for (const entries of [1_000, 10_000, 100_000]) {
    const { text } = generateDigest(entries, 42);
    const runs = QUICK ? 2 : entries >= 100_000 ? 5 : 9;
    const parseTimes: number[] = [];
    const passTimes: number[] = [];
    let sink = 0;
    parseDigest(text); // warm-up: JIT and regex compilation
    for (let i = 0; i < runs; i++) {
      // Interleave the two so that machine noise hits both alike.
      passTimes.push(
        time(() => {
          for (const match of text.matchAll(/<(\d{4}-\d{6})>/g)) sink += match.index;
        }),
      );
      parseTimes.push(time(() => (sink += parseDigest(text).events.length)));
    }
    if (sink === -1) console.log('');
    const parseMs = median(parseTimes);
    const markerPassMs = median(passTimes);
    const megabytes = Buffer.byteLength(text) / 1e6;
    figures.push({
      entries,
      megabytes: Number(megabytes.toFixed(2)),
      parseMs: Number(parseMs.toFixed(1)),
      markerPassMs: Number(markerPassMs.toFixed(2)),
      ratioToMarkerPass: Number((parseMs / markerPassMs).toFixed(1)),
      megabytesPerSecond: Number((megabytes / (parseMs / 1000)).toFixed(1)),
    });
  }
  const t10k = figures.find((f) => f.entries === 10_000)?.parseMs;
  const t100k = figures.find((f) => f.entries === 100_000)?.parseMs;
  return { figures, growth10kTo100k: t10k && t100k ? Number((t100k / t10k).toFixed(2)) : null };
}

/** A data folder of `entries` generated entries (seed 1), with the bundled statements or none. */
function writeGeneratedData(dir: string, entries: number, { withStatements }: { withStatements: boolean }): string {
  fs.mkdirSync(path.join(dir, 'digest'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'digest', 'generated.txt'), generateDigest(entries, 1).text);
  if (withStatements) fs.cpSync(path.resolve('data', 'statements'), path.join(dir, 'statements'), { recursive: true });
  return dir;
}

function machine(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return `${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}`;
}

/** Runs one section; a failure is recorded as its figures and the run goes on. */
async function section<T>(name: string, run: () => Promise<T>): Promise<Section<T>> {
  try {
    return await run();
  } catch (error) {
    progress(`${name} failed: ${error instanceof Error ? error.message : String(error)}`);
    return { error: error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error) };
  }
}



async function benchLoad(): Promise<Section<LoadFigures>> {
  const file = path.resolve('scripts/bench-load.ts');
  if (!fs.existsSync(file)) return { notMeasured: 'scripts/bench-load.ts is not there' };
  progress('server under load (scripts/bench-load.ts)');
  if (QUICK) process.env.LOAD_DURATION ??= '2';
  else process.env.LOAD_DURATION ??= '20'; // 20 s per path, the duration the load figures are specified for
  return section('load', async () => {
    const loaded = (await import(file)) as { runLoadBench?: () => Promise<LoadFigures> };
    if (typeof loaded.runLoadBench !== 'function') throw new Error('scripts/bench-load.ts exports no runLoadBench');
    return loaded.runLoadBench();
  });
}



/** Server render time of the explorer in both languages, on a server of the last build that keeps no page, so that every request renders. */
function benchRenderTimeSection(): Promise<Section<RenderTimeFigures>> {
  return section('render time', async () => {
    const app = await startApp(null, { env: { PAGE_CACHE_MB: '0' } });
    try {
      return await benchRenderTime(app.origin, ['/', '/en']);
    } finally {
      await app.stop();
    }
  });
}

/** The event page and the statement page the bench measures: the newest news event, the first statement. */
function measuredEntryPages(items: readonly ExplorerItem[]): { event: string; statement: string } {
  return {
    event: [...items].reverse().find((item) => item.kind === 'news')?.permalink ?? '/',
    statement: items.find((item) => item.kind === 'statement')?.permalink ?? '/',
  };
}

/** The page weight of the explorer, an event, a statement and the partners' pages, on the bundled build. */
function pageWeightOf(origin: string, items: readonly ExplorerItem[]): Promise<PageWeight[]> {
  const { event, statement } = measuredEntryPages(items);
  return benchPageWeight(origin, event, statement, ['/partners', '/partners/NATO']);
}

/** Lighthouse on the pages issue 26 names (`/`, the list view, an event, a statement) as a phone loads them, and `/` on a desktop. */
async function lighthouseOf(origin: string, items: readonly ExplorerItem[]): Promise<LighthouseScores[]> {
  const { event, statement } = measuredEntryPages(items);
  const result = await benchLighthouse(origin, [
    { path: '/', preset: 'mobile' },
    { path: '/?view=list', preset: 'mobile' },
    { path: event, preset: 'mobile' },
    { path: statement, preset: 'mobile' },
    // Off a touch screen the timeline is drawn at once: `/` as a desktop browser loads it.
    { path: '/', preset: 'desktop' },
  ]);
  if ('error' in result) throw new Error(result.error);
  return result;
}

/** BENCH_ONLY=lighthouse: Lighthouse alone, on the bundled build. */
async function benchLighthouseOnly(): Promise<object> {
  const items = explorerItemsOf(path.resolve('data'));
  await buildApp(null, `${items.length} entries`);
  const app = await startApp(null);
  try {
    return { lighthouse: await section('lighthouse', () => lighthouseOf(app.origin, items)) };
  } finally {
    await app.stop();
  }
}

/** BENCH_ONLY=timeline: the timeline at 10,000 generated events beside the bare library, alone. */
async function benchTimelineOnly(): Promise<object> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'chronology-bench-'));
  try {
    const dataDir = writeGeneratedData(path.join(tmp, 'data-10k'), 10_000, { withStatements: true });
    const items = explorerItemsOf(dataDir);
    await buildApp(dataDir, `${items.length} entries`);
    const app = await startApp(dataDir);
    const baseline = await startBaseline(items, path.join(tmp, 'baseline'));
    try {
      // The server as the full run leaves it for the timeline (its payload section asked first):
      // the page kept, the entries' file built and compressed.
      const html = await (await fetch(`${app.origin}/`)).text();
      const itemsPath = /\/api\/explorer-items\?v=[0-9a-f]+/.exec(html)?.[0];
      if (itemsPath) await (await fetch(`${app.origin}${itemsPath}&encoding=gzip`)).arrayBuffer();
      const report = await benchTimeline({ oursOrigin: app.origin, baselineOrigin: baseline.origin, events: items.length, partner: commonPartner(items) });
      return { timeline: report };
    } finally {
      await app.stop();
      await baseline.stop();
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** BENCH_ONLY=pages: the page weight and the render time alone, on the bundled build. */
async function benchPagesOnly(): Promise<object> {
  const items = explorerItemsOf(path.resolve('data'));
  await buildApp(null, `${items.length} entries`);
  const app = await startApp(null);
  let pageWeight: Section<PageWeight[]>;
  try {
    pageWeight = await section('page weight', () => pageWeightOf(app.origin, items));
  } finally {
    await app.stop();
  }
  const renderTime = await benchRenderTimeSection();
  return { pageWeight, renderTime };
}

async function main(): Promise<void> {
  const only = process.env.BENCH_ONLY;
  if (only) {
    const sections: Record<string, () => Promise<unknown>> = { pages: benchPagesOnly, lighthouse: benchLighthouseOnly, timeline: benchTimelineOnly };
    const run = sections[only];
    if (!run) throw new Error(`BENCH_ONLY: unknown section "${only}" (expected ${Object.keys(sections).join(', ')})`);
    const figures = await run();
    console.log(JSON.stringify({ measuredAt: new Date().toISOString().slice(0, 10), machine: machine(), quick: QUICK, ...(figures as object) }, null, 2));
    return;
  }
  const started = Date.now();
  const skipped = skippedSections();
  const previous = previousBenchmarks();
  const skip = (name: SkippableSection) => ({ notMeasured: `BENCH_SKIP=${name}: the figures of an earlier run are kept` });
  progress(QUICK ? 'quick run (BENCH_QUICK=1): figures are a smoke test' : 'full run');
  progress('digest parser');
  const parser = benchParser();
  const search = await section('search', async () => benchSearch());

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'chronology-bench-'));
  const scaleDir = writeGeneratedData(path.join(tmp, 'data-10k'), 10_000, { withStatements: true });
  const bundledItems = explorerItemsOf(path.resolve('data'));
  const scaleItems = explorerItemsOf(scaleDir);

  const builds: BuildFigures[] = [];
  const payload: Array<Section<PayloadFigures>> = [];
  let pageWeight: Section<PageWeight[]> = { notMeasured: 'the bundled build failed' };
  let lighthouse: Section<LighthouseScores[]> = { notMeasured: 'the bundled build failed' };
  let playground: Section<PlaygroundRun[]> = { notMeasured: 'the bundled build failed' };
  let renderTime: Section<RenderTimeFigures> = { notMeasured: 'the bundled build failed' };
  let timeline: Section<TimelineReport> = { notMeasured: 'the 10,000-event build failed' };

  // The bundled data (the product as shipped).
  const bundledBuild = await section('bundled build', () => buildApp(null, `${bundledItems.length} entries`));
  if (typeof bundledBuild === 'number') {
    builds.push({ events: bundledItems.length, buildSeconds: Math.round(bundledBuild / 100) / 10 });
    const app = await startApp(null);
    try {
      payload.push(await section('payload', () => benchPayload(app.origin, bundledItems)));
      pageWeight = await section('page weight', () => pageWeightOf(app.origin, bundledItems));
      playground = await section('playground', () => benchPlayground(app.origin));
      lighthouse = skipped.has('lighthouse') ? skip('lighthouse') : await section('lighthouse', () => lighthouseOf(app.origin, bundledItems));
    } finally {
      await app.stop();
    }
    renderTime = await benchRenderTimeSection();
  }

  // The server under load, on its own server (nothing else running).
  const load = skipped.has('load') ? skip('load') : await benchLoad();

  // GET /api/search over HTTP: 10,000 generated events and 1,000 generated statements.
  const searchHttp = await section('search over HTTP', () => benchSearchHttp());

  // 10,000 generated events.
  let exportFigures: Section<ExportFigures> = { notMeasured: 'the 10,000-event build failed' };
  const scaleBuild = await section('10k build', () => buildApp(scaleDir, `${scaleItems.length} entries`));
  if (typeof scaleBuild === 'number') {
    builds.push({ events: scaleItems.length, buildSeconds: Math.round(scaleBuild / 100) / 10 });
    const app = await startApp(scaleDir);
    const baseline = await startBaseline(scaleItems, path.join(tmp, 'baseline'));
    try {
      payload.push(await section('payload 10k', () => benchPayload(app.origin, scaleItems)));
      exportFigures = await section('export 10k', () => benchExport(app.origin, scaleItems.length));
      timeline = await section('timeline', () =>
        benchTimeline({ oursOrigin: app.origin, baselineOrigin: baseline.origin, events: scaleItems.length, partner: commonPartner(scaleItems) }),
      );
    } finally {
      await app.stop();
      await baseline.stop();
    }
  }

  // The stretch: 100,000 generated events, ours alone (a bare vis-timeline does not get there).
  let stretch100k: Section<StretchFigures> = { notMeasured: 'BENCH_QUICK=1 leaves it out' };
  let export100k: Section<ExportStreamFigures> = { notMeasured: QUICK ? 'BENCH_QUICK=1 leaves it out' : 'the 100,000-event app did not start' };
  if (!QUICK) {
    const stretchDir = writeGeneratedData(path.join(tmp, 'data-100k'), 100_000, { withStatements: false });
    const stretchItems = explorerItemsOf(stretchDir);
    stretch100k = await section('100k', async () => {
      const buildMs = await buildApp(stretchDir, `${stretchItems.length} entries`);
      const app = await startApp(stretchDir);
      try {
        const html = await (await fetch(`${app.origin}/`)).text();
        // Warm the server as a reader before us would have: the items file is built and
        // compressed once per process.
        await (await fetch(`${app.origin}/api/explorer-items?encoding=gzip`)).arrayBuffer();
        export100k = await section('export 100k', () => benchExportStream(app.origin, stretchItems.length));
        const report = await benchTimeline({ oursOrigin: app.origin, baselineOrigin: null, events: stretchItems.length, partner: commonPartner(stretchItems), runs: 3 });
        return { events: stretchItems.length, buildSeconds: Math.round(buildMs / 100) / 10, homeHtmlKB: Math.round(Buffer.byteLength(html) / 1024), ours: report.ours };
      } finally {
        await app.stop();
      }
    });
  }
  fs.rmSync(tmp, { recursive: true, force: true });

  const summary = {
    measuredAt: new Date().toISOString().slice(0, 10),
    machine: machine(),
    quick: QUICK,
    durationSeconds: Math.round((Date.now() - started) / 1000),
    parser,
    search,
    timeline: measured(timeline) ? { ...(measured(timeline) as TimelineReport), raw: undefined } : timeline,
    stretch100k,
    exportFigures,
    export100k,
    pageWeight,
    renderTime,
    playground,
    lighthouse,
    payload,
    builds,
    load,
    searchHttp,
  };
  console.log(JSON.stringify(summary, null, 2));
  if (QUICK) {
    progress('quick run: docs/BENCHMARKS.md left as it is');
    return;
  }
  fs.mkdirSync('docs', { recursive: true });
  fs.writeFileSync('docs/BENCHMARKS.md', carryOver(markdown(summary, measured(timeline)), previous, skipped));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
