// npm run bench: measures what docs/BENCHMARKS.md reports and rewrites that file; prints one JSON
// summary on stdout (progress goes to stderr). BENCH_QUICK=1 is a smoke run: fewer repetitions,
// shorter durations, figures not worth recording.
// BENCH_SKIP=lighthouse,load leaves those slow sections out and keeps their earlier figures, marked
// with the run they come from (scripts/bench/carry-over.ts).
// Figures are medians of several runs; comparisons are ratios measured in the same run, because
// these machines are shared and noisy.
//
// Sections: the digest parser; full-text search (in process, generated data); two builds of the app into .next-builds/scale (the bundled data,
// then 10,000 generated events), each timed and served with `next start` on loopback; on the
// bundled build: payload, page weight, Lighthouse; the server under load (scripts/bench-load.ts,
// when present); GET /api/search over HTTP on a build of 10,000 generated events and 1,000
// generated statements (scripts/bench/search-http.ts); on the 10,000-event build: payload, and the
// timeline in Chromium side by side with a bare vis-timeline page given the same items.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LIST_PAGE_SIZE } from '../lib/explorer';
import { generateDigest } from '../lib/generate/digest';
import { parseDigest } from '../lib/parser/digest';
import { buildApp, startApp } from './bench/app-server';
import { benchLighthouse, type LighthouseScores } from './bench/lighthouse';
import { benchPageWeight, type PageWeight } from './bench/page-weight';
import { benchPayload, type PayloadFigures } from './bench/payload';
import { benchSearch, searchMarkdown, type SearchFigures } from './bench/search';
import { carryOver, previousBenchmarks, skippedSections, type SkippableSection } from './bench/carry-over';
import { benchSearchHttp, searchHttpMarkdown, type SearchHttpFigures } from './bench/search-http';
import { benchExport, benchExportStream, exportMarkdown, type ExportFigures, type ExportStreamFigures } from './bench/export';
import { median, progress, QUICK, time } from './bench/stats';
import { benchTimeline, commonPartner, explorerItemsOf, startBaseline, type TimelineReport } from './bench/timeline';

interface ParserFigure {
  entries: number;
  megabytes: number;
  parseMs: number;
  markerPassMs: number;
  ratioToMarkerPass: number;
  megabytesPerSecond: number;
}

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

/** A section's figures, or why there are none; one failing section does not stop the others. */
type Section<T> = T | { error: string } | { notMeasured: string };

async function section<T>(name: string, run: () => Promise<T>): Promise<Section<T>> {
  try {
    return await run();
  } catch (error) {
    progress(`${name} failed: ${error instanceof Error ? error.message : String(error)}`);
    return { error: error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error) };
  }
}

const measured = <T extends object>(value: Section<T> | undefined): T | null =>
  value && !('error' in value) && !('notMeasured' in value) ? value : null;

/** The load report of scripts/bench-load.ts, as far as this file reads it. */
interface LoadFigures {
  connections: number;
  durationSeconds: number;
  paths: Array<{ path: string; requests: number; requestsPerSecond: number; p50Ms: number; p99Ms: number; errors: number; non2xx: number }>;
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

interface StretchFigures {
  events: number;
  buildSeconds: number;
  homeHtmlKB: number;
  ours: TimelineReport['ours'];
}

interface BuildFigures {
  events: number;
  buildSeconds: number;
}

async function main(): Promise<void> {
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
  let timeline: Section<TimelineReport> = { notMeasured: 'the 10,000-event build failed' };

  // The bundled data (the product as shipped).
  const statement = bundledItems.find((item) => item.kind === 'statement');
  const event = [...bundledItems].reverse().find((item) => item.kind === 'news');
  const bundledBuild = await section('bundled build', () => buildApp(null, `${bundledItems.length} entries`));
  if (typeof bundledBuild === 'number') {
    builds.push({ events: bundledItems.length, buildSeconds: Math.round(bundledBuild / 100) / 10 });
    const app = await startApp(null);
    try {
      payload.push(await section('payload', () => benchPayload(app.origin, bundledItems)));
      pageWeight = await section('page weight', () => benchPageWeight(app.origin, event?.permalink ?? '/', statement?.permalink ?? '/', ['/partners', '/partners/NATO']));
      lighthouse = skipped.has('lighthouse') ? skip('lighthouse') : await section('lighthouse', async () => {
        const result = await benchLighthouse(app.origin, [
          { path: '/', preset: 'mobile' },
          { path: '/?view=list', preset: 'mobile' },
          { path: statement?.permalink ?? '/', preset: 'mobile' },
          // Off a touch screen the timeline is drawn at once: `/` as a desktop browser loads it.
          { path: '/', preset: 'desktop' },
        ]);
        if ('error' in result) throw new Error(result.error);
        return result;
      });
    } finally {
      await app.stop();
    }
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

const mark = (ok: boolean | null) => (ok === null ? '–' : ok ? '✓' : '✗');
const cell = (value: number | null | undefined, unit = '') => (value === null || value === undefined ? '–' : `${value.toLocaleString('en')}${unit}`);

function markdown(
  summary: {
    measuredAt: string;
    machine: string;
    durationSeconds: number;
    parser: ReturnType<typeof benchParser>;
    search: Section<SearchFigures>;
    pageWeight: Section<PageWeight[]>;
    lighthouse: Section<LighthouseScores[]>;
    payload: Array<Section<PayloadFigures>>;
    builds: BuildFigures[];
    load: Section<LoadFigures>;
    searchHttp: Section<SearchHttpFigures>;
    stretch100k: Section<StretchFigures>;
    exportFigures: Section<ExportFigures>;
    export100k: Section<ExportStreamFigures>;
  },
  timeline: TimelineReport | null,
): string {
  const { parser } = summary;
  const why = (value: object) => ('error' in value ? `failed: ${String(value.error)}` : 'notMeasured' in value ? `not measured: ${String(value.notMeasured)}` : '');
  const parserRows = parser.figures
    .map((f) => `| ${f.entries.toLocaleString('en')} | ${f.megabytes} | ${f.parseMs} | ${f.megabytesPerSecond} | ${f.markerPassMs} | ${f.ratioToMarkerPass}× | ${mark(f.ratioToMarkerPass <= 3)} |`)
    .join('\n');

  let timelineText: string;
  if (timeline && timeline.baseline) {
    const { ours, baseline, ratios } = timeline;
    const row = (label: string, key: keyof typeof ratios, unit: string, target: number | null) => {
      const value = ours[key];
      const r = ratios[key] ?? null;
      const meetsTarget = target === null || value === null ? null : value <= target;
      // Equal is not better, but at the 60 Hz frame floor neither page can do better: say so.
      const versus = r === null ? '–' : r < 1 ? '✓' : r === 1 && value !== null && value <= 16.8 ? '= (60 Hz floor)' : '✗';
      return `| ${label} | ${cell(value, unit)} | ${cell(baseline[key], unit)} | ${r === null ? '–' : `${r}×`} | ${target === null ? '–' : `≤ ${target.toLocaleString('en')}${unit} ${mark(meetsTarget)}`} | ${versus} |`;
    };
    timelineText = `${timeline.events.toLocaleString('en')} events (10,000 generated, seed 1, plus the bundled statements), Chromium
headless at 1440×900, ${timeline.ours.runs} runs each, ours and the baseline interleaved. The baseline is a
static page that gives the same items (same titles as content strings, same dates) to
\`new vis.Timeline(element, items, {})\` from vis-timeline's standalone build, default options.

| figure | ours | baseline | ours ÷ baseline | target | better than baseline |
| --- | ---: | ---: | ---: | ---: | :---: |
${row('navigation → first items visible', 'firstItemsMs', ' ms', 1500)}
${row('navigation → interactive', 'interactiveMs', ' ms', null)}
${row('pan/zoom frame p50', 'frameP50Ms', ' ms', null)}
${row('pan/zoom frame p95', 'frameP95Ms', ' ms', 33)}
${row('pan/zoom frame p50, CPU 4× slower', 'slowCpuFrameP50Ms', ' ms', null)}
${row('pan/zoom frame p95, CPU 4× slower', 'slowCpuFrameP95Ms', ' ms', null)}
${row(`filter (partner ${timeline.partnerFilter}) → timeline updated`, 'filterMs', ' ms', 100)}
${row('JS heap after GC', 'heapMB', ' MB', null)}

How each figure is taken (\`scripts/bench/timeline.ts\`, the same code for both pages):
- *first items*: navigation start → the first animation frame in which a \`.vis-item\` has a box in
  the viewport (an aggregate or cluster counts: it is what the reader sees).
- *interactive*: the latest of first items, the page's own readiness (ours: the timeline's
  \`data-status="ready"\`, when its buttons are enabled) and the end of the last long task (> 50 ms)
  before one second of free main thread.
- *frames*: \`requestAnimationFrame\` deltas while real input runs: 2 mouse drags across the item
  area (12 steps each), then 3 Ctrl+wheel zooms in and 3 back out, cut short after 25 s. 16.7 ms is
  every frame drawn at 60 Hz: a page that keeps up cannot score lower (headless Chromium keeps
  its 60 Hz frames even with \`--disable-gpu-vsync --disable-frame-rate-limit\`). *CPU 4× slower*:
  the same input once more with DevTools' CPU throttling at 4× (Lighthouse's mobile setting), so
  that what a frame costs shows above the floor.
- *filter*: ours, a click on the partner's checkbox; the baseline, one \`setItems\` with the
  filtered items. Until the last frame of the first burst of DOM changes in the timeline (ends
  when two frames pass without a change); an update still under way after 30 s counts as 30 s.
- *heap*: \`performance.memory.usedJSHeapSize\` after a forced GC (\`--expose-gc\`,
  \`--enable-precise-memory-info\`), once interactive.`;
  } else {
    timelineText = summary.builds.length < 2 ? 'Not measured: the 10,000-event build failed.' : 'Not measured: see the JSON summary for the error.';
  }

  const weights = measured(summary.pageWeight);
  const weightText = weights
    ? `| page | JS before the timeline chunk (KB) | timeline chunk (KB) | all transferred (KB) | target |
| --- | ---: | ---: | ---: | --- |
${weights
  .map((w) =>
    w.path === '/'
      ? `| \`/\` | ${w.jsKB} | ${w.timelineChunkKB} | ${w.totalKB} | first JS ≤ 200 ${mark(w.jsKB <= 200)}, chunk ≤ 180 ${mark(w.timelineChunkKB <= 180)} |`
      : `| \`${w.path}\` | ${w.jsKB} | – | ${w.totalKB} | JS ≤ 180 ${mark(w.jsKB <= 180)} |`,
  )
  .join('\n')}`
    : why(summary.pageWeight);

  const scores = measured(summary.lighthouse);
  const lighthouseText = scores
    ? `| page | performance (median) | runs | FCP / LCP / TBT (ms), CLS: medians | accessibility | best practices | failing audits (a11y, best practices; any run) |
| --- | ---: | --- | ---: | ---: | ---: | --- |
${scores
  .map(
    (s) =>
      `| \`${s.path}\`${s.preset === 'desktop' ? ' (desktop preset)' : ''} | ${cell(s.performance)} ${mark(s.performance === null ? null : s.performance >= 95)} | ${s.performanceRuns.map((run) => cell(run)).join(', ')} | ${[s.metrics.fcpMs, s.metrics.lcpMs, s.metrics.tbtMs].map((value) => cell(value)).join(' / ')}, ${cell(s.metrics.cls)} | ${cell(s.accessibility)} ${mark(s.accessibility === null ? null : s.accessibility === 100)} | ${cell(s.bestPractices)} ${mark(s.bestPractices === null ? null : s.bestPractices >= 95)} | ${s.failing.join(', ') || '–'} |`,
  )
  .join('\n')}`
    : why(summary.lighthouse);

  const payloadRows = summary.payload
    .map((p) => {
      const figures = measured(p);
      return figures
        ? `| ${figures.events.toLocaleString('en')} | ${figures.homeKB} | ${figures.homeGzipKB} | ${figures.itemsKB} | ${figures.itemsGzipKB} | ${figures.textKB} | ${figures.bytesPerEventBeyondText} | ${figures.listKB} | ${figures.listGzipKB} |`
        : `| ${why(p)} | | | | | | | | |`;
    })
    .join('\n');
  const stretch = measured(summary.stretch100k);
  const stretchText = stretch
    ? `Stretch: ${stretch.events.toLocaleString('en')} events (100,000 generated, seed 1), ours alone (${stretch.ours.runs} runs;
the bare library is not run at this size), the same measures as above. \`next build\`: ${stretch.buildSeconds} s;
the HTML of \`/\`: ${stretch.homeHtmlKB.toLocaleString('en')} KB.

| figure | ours | target |
| --- | ---: | ---: |
| navigation → first items visible | ${cell(stretch.ours.firstItemsMs, ' ms')} | ≤ 3,000 ms ${mark((stretch.ours.firstItemsMs ?? Infinity) <= 3000)} |
| navigation → interactive | ${cell(stretch.ours.interactiveMs, ' ms')} | – |
| pan/zoom frame p50 / p95 | ${cell(stretch.ours.frameP50Ms, ' ms')} / ${cell(stretch.ours.frameP95Ms, ' ms')} | – |
| pan/zoom frame p50 / p95, CPU 4× slower | ${cell(stretch.ours.slowCpuFrameP50Ms, ' ms')} / ${cell(stretch.ours.slowCpuFrameP95Ms, ' ms')} | – |
| filter → timeline updated | ${cell(stretch.ours.filterMs, ' ms')} | – |
| JS heap after GC | ${stretch.ours.heapMB ?? '–'} MB | – |`
    : `Stretch (100,000 events, first items ≤ 3 s): ${why(summary.stretch100k)}`;
  const buildRows = summary.builds.map((b) => `| ${b.events.toLocaleString('en')} | ${b.buildSeconds} |`).join('\n');

  const load = measured(summary.load);
  const loadText = load
    ? `${load.connections} connections, ${load.durationSeconds} s per path, \`next start\` on the main build.

| path | requests | req/s | p50 (ms) | p99 (ms) | errors | non-2xx |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |
${load.paths.map((p) => `| \`${p.path}\` | ${p.requests} | ${p.requestsPerSecond} | ${p.p50Ms} | ${p.p99Ms} | ${p.errors} | ${p.non2xx} |`).join('\n')}`
    : why(summary.load);

  return `# Benchmarks

Written by \`npm run bench\` (${Math.round(summary.durationSeconds / 60)} minutes); do not edit by hand. Medians of several runs;
ratios compare figures measured in the same run.

- Measured: ${summary.measuredAt}
- Machine: ${summary.machine}
- Browser: Debian's Chromium, headless (\`--headless --no-sandbox --disable-gpu\`, software rendering)

## Digest parser

Generated digests (\`lib/generate/digest.ts\`, seed 42). The marker pass is one regex pass that
only finds the \`<ID>\` markers in the same text: the floor any parser of this format stands on.
Target: parse ≤ 3× the marker pass, linear growth.

| entries | MB | parse (ms) | MB/s | marker pass (ms) | parse ÷ marker pass | ≤ 3× |
| ---: | ---: | ---: | ---: | ---: | ---: | :---: |
${parserRows}

Growth from 10,000 to 100,000 entries (10× the input): ${parser.growth10kTo100k}× the time.

## Full-text search

${measured(summary.search) ? searchMarkdown(measured(summary.search) as SearchFigures) : why(summary.search)}

### Over HTTP

${measured(summary.searchHttp) ? searchHttpMarkdown(measured(summary.searchHttp) as SearchHttpFigures) : why(summary.searchHttp)}

## Timeline at scale

${timelineText}

${stretchText}

## Page weight

JavaScript transferred (gzip, as \`next start\` sends it, headers included), read from Chromium's
network log with the cache off, on the bundled data. The timeline chunk (vis-timeline and
vis-data) is loaded by the timeline island after hydration.

${weightText}

## Lighthouse

Lighthouse 12 (default settings: mobile emulation, simulated slow 4G and CPU throttling), on the
bundled data, five runs per page, each in a fresh Chromium; the scores are medians. Targets:
performance ≥ 95, accessibility 100, best practices ≥ 95. The performance score weighs total
blocking time (TBT) 30 %, largest contentful paint (LCP) 25 %, cumulative layout shift (CLS)
25 %, first contentful paint (FCP) and speed index 10 % each.

Lighthouse's mobile emulation is a touch screen, where \`/\` shows the timeline's preview and
loads vis-timeline only once the timeline is opened (see the README). The last row is \`/\` with
Lighthouse's desktop preset (a wide screen, a mouse, lighter throttling), where the timeline is
drawn as soon as the page is in.

${lighthouseText}

## Payload and build

The HTML of \`/\` carries what the URL's state shows (counts, the selected entry); the entries
come in a separate file it preloads (\`/api/explorer-items\`, packed, kept by the browser under
its version). Bytes per event beyond its text = (HTML + items file − the events' title, summary
and notes in UTF-8) ÷ events. The list view carries its page of ${LIST_PAGE_SIZE} entries.

| events | \`/\` HTML (KB) | gzip (KB) | items file (KB) | gzip (KB) | events' text (KB) | bytes per event beyond text | \`/?view=list\` (KB) | gzip (KB) |
| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${payloadRows}

\`next build\` wall time (pages render per request, so the build does not grow with the events;
the data is parsed once by \`npm run build\` before it, not counted here):

| events | build (s) |
| ---: | ---: |
${buildRows}

## Server under load

${loadText}

${exportMarkdown(measured(summary.exportFigures) ?? why(summary.exportFigures), measured(summary.export100k) ?? why(summary.export100k))}
`;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
