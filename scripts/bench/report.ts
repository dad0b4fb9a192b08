// The text of docs/BENCHMARKS.md from one run's figures (scripts/bench.ts measures them).
import { LIST_PAGE_SIZE } from '../../lib/explorer';
import { exportMarkdown, type ExportFigures, type ExportStreamFigures } from './export';
import type { LighthouseScores } from './lighthouse';
import { EXPLORER_PATHS, type PageWeight } from './page-weight';
import { playgroundMarkdown, type PlaygroundRun } from './playground';
import { renderTimeMarkdown, type RenderTimeFigures } from './render-time';
import type { PayloadFigures } from './payload';
import { searchMarkdown, type SearchFigures } from './search';
import { searchHttpMarkdown, type SearchHttpFigures } from './search-http';
import { round } from './stats';
import type { TimelineReport } from './timeline';

export interface ParserFigure {
  entries: number;
  megabytes: number;
  parseMs: number;
  markerPassMs: number;
  ratioToMarkerPass: number;
  megabytesPerSecond: number;
}

/** A section's figures, or why there are none; one failing section does not stop the others. */
export type Section<T> = T | { error: string } | { notMeasured: string };

export const measured = <T extends object>(value: Section<T> | undefined): T | null =>
  value && !('error' in value) && !('notMeasured' in value) ? value : null;

/** The load report of scripts/bench-load.ts, as far as this file reads it. */
export interface LoadFigures {
  connections: number;
  durationSeconds: number;
  paths: Array<{ path: string; requests: number; requestsPerSecond: number; p50Ms: number; p99Ms: number; errors: number; non2xx: number; ratioToStaticChunk?: number }>;
}

export interface StretchFigures {
  events: number;
  buildSeconds: number;
  homeHtmlKB: number;
  ours: TimelineReport['ours'];
}

export interface BuildFigures {
  events: number;
  buildSeconds: number;
}

const mark = (ok: boolean | null) => (ok === null ? '–' : ok ? '✓' : '✗');
const cell = (value: number | null | undefined, unit = '') => (value === null || value === undefined ? '–' : `${value.toLocaleString('en')}${unit}`);

/** Another language's explorer (`/en`) beside `/`: the difference of their first loads. */
function besideHome(page: PageWeight, weights: readonly PageWeight[]): string {
  const home = weights.find((w) => w.path === '/');
  if (!home) return '';
  const difference = Math.round((page.jsKB - home.jsKB) * 10) / 10;
  return `; first JS ${difference >= 0 ? '+' : ''}${difference} KB beside \`/\``;
}

/** What each step of the timeline's way to its first items is (TimelineFigures.steps). */
const STEP_LABELS: Record<string, string> = {
  'html-received': 'the HTML received',
  'entries-asked': 'the page hydrated, the entries asked for',
  'timeline-code': "the timeline's code loaded and evaluated",
  'entries-unpacked': 'the entries inflated, parsed and unpacked',
  'timeline-created': 'the timeline built (vis-timeline created with its first window)',
  'first-items': 'the first items visible',
  'entries-rendered': 'the rest of the explorer rendered with every entry (its counts worked out)',
};

export function markdown(
  summary: {
    measuredAt: string;
    machine: string;
    durationSeconds: number;
    parser: { figures: ParserFigure[]; growth10kTo100k: number | null };
    search: Section<SearchFigures>;
    pageWeight: Section<PageWeight[]>;
    renderTime: Section<RenderTimeFigures>;
    playground: Section<PlaygroundRun[]>;
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
    const row = (label: string, key: keyof typeof ratios, unit: string, target: number | null, ratioTarget: number | null = null) => {
      const value = ours[key];
      const r = ratios[key] ?? null;
      const meetsTarget = target === null || value === null ? null : value <= target;
      // Equal is not better, but at the 60 Hz frame floor neither page can do better: say so.
      const versus = r === null ? '–' : r < 1 ? '✓' : r === 1 && value !== null && value <= 16.8 ? '= (60 Hz floor)' : '✗';
      const targets = [
        ...(target === null ? [] : [`≤ ${target.toLocaleString('en')}${unit} ${mark(meetsTarget)}`]),
        ...(ratioTarget === null ? [] : [`≤ ${ratioTarget}× ${mark(r === null ? null : r <= ratioTarget)}`]),
      ];
      return `| ${label} | ${cell(value, unit)} | ${cell(baseline[key], unit)} | ${r === null ? '–' : `${r}×`} | ${targets.join(', ') || '–'} | ${versus} |`;
    };
    // Where ours spends the time before its first items: each step, in the order of its median.
    const stepRows = Object.entries(ours.steps)
      .filter(([name]) => name in STEP_LABELS)
      .sort((a, b) => a[1] - b[1])
      .map(([name, at], index, sorted) => `| ${STEP_LABELS[name]} | ${cell(at, ' ms')} | ${index === 0 ? '–' : cell(round(at - (sorted[index - 1]?.[1] ?? 0), 1), ' ms')} |`)
      .join('\n');
    const longTasks = ours.steps['long-tasks-before-first-items'];
    timelineText = `${timeline.events.toLocaleString('en')} events (10,000 generated, seed 1, plus the bundled statements), Chromium
headless at 1440×900, ${timeline.ours.runs} runs each, ours and the baseline interleaved. The baseline is a
static page that gives the same items (same titles as content strings, same dates) to
\`new vis.Timeline(element, items, {})\` from vis-timeline's standalone build, default options.

| figure | ours | baseline | ours ÷ baseline | target | better than baseline |
| --- | ---: | ---: | ---: | ---: | :---: |
${row('navigation → first items visible', 'firstItemsMs', ' ms', 1500, 0.5)}
${row('navigation → interactive', 'interactiveMs', ' ms', null)}
${row('pan/zoom frame p50', 'frameP50Ms', ' ms', null)}
${row('pan/zoom frame p95', 'frameP95Ms', ' ms', 33)}
${row('pan/zoom frame p50, CPU 4× slower', 'slowCpuFrameP50Ms', ' ms', null)}
${row('pan/zoom frame p95, CPU 4× slower', 'slowCpuFrameP95Ms', ' ms', null)}
${row(`filter (partner ${timeline.partnerFilter}) → timeline updated`, 'filterMs', ' ms', 100)}
${row('JS heap after GC', 'heapMB', ' MB', null)}

How each figure is taken (\`scripts/bench/timeline.ts\`, the same code for both pages):
- *first items*: navigation start → the first animation frame in which a \`.vis-item\` has a box in
  the viewport and is visible (not under vis's hidden root: an item laid out but not yet shown does
  not count; an aggregate or cluster counts: it is what the reader sees).
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
  \`--enable-precise-memory-info\`), once interactive.

Where ours spends the time before its first items (medians of its runs, in ms since navigation
start): the HTML's last byte (navigation timing), then the marks the explorer sets on its way
(\`performance.mark('chronology:…')\`, \`app/_components/timeline/load-steps.ts\`). The main thread
spent ${cell(longTasks === undefined ? null : round(longTasks, 1), ' ms')} of it in long tasks (> 50 ms). The timeline is built from the
entries as they arrive; the rest of the explorer (its counts, the year index) is rendered with them
after the first draw, the last row.

| step | at | since the step before |
| --- | ---: | ---: |
${stepRows}`;
  } else {
    timelineText = summary.builds.length < 2 ? 'Not measured: the 10,000-event build failed.' : 'Not measured: see the JSON summary for the error.';
  }

  const weights = measured(summary.pageWeight);
  const weightText = weights
    ? `| page | JS of the first load (KB) | timeline chunks (KB) | all transferred (KB) | target |
| --- | ---: | ---: | ---: | --- |
${weights
  .map((w) =>
    EXPLORER_PATHS.includes(w.path)
      ? `| \`${w.path}\` | ${w.jsKB} | ${w.timelineChunkKB} | ${w.totalKB} | first JS ≤ 200 ${mark(w.jsKB <= 200)}, chunk ≤ 180 ${mark(w.timelineChunkKB <= 180)}${w.path === '/' ? '' : besideHome(w, weights)} |`
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
    ? `${load.connections} connections, ${load.durationSeconds} s per path, one run, the server \`npm start\` runs (\`scripts/serve.ts\`) on the main build. The last column is a path's req/s ÷ the static chunk's (the target for \`/\`, an event and a statement: ≥ 0.5, p99 ≤ 100 ms, 0 errors).

| path | requests | req/s | p50 (ms) | p99 (ms) | errors | non-2xx | ÷ static chunk |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${load.paths.map((p) => `| \`${p.path}\` | ${p.requests} | ${p.requestsPerSecond} | ${p.p50Ms} | ${p.p99Ms} | ${p.errors} | ${p.non2xx} | ${p.ratioToStaticChunk ?? '–'} |`).join('\n')}`
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

JavaScript transferred (gzip, as \`npm start\` serves it, headers included), read from Chromium's
network log with the cache off, on the bundled data; each page asked for once before, so that it
is weighed as the server sends its kept copy to every reader after the first. The first load is the scripts the page's
HTML names; the timeline's chunks (vis-timeline, vis-data and \`vis-runtime.ts\`, which drives
them) are loaded by the timeline island after hydration. Until 2026-12 a script counted with the
timeline only if it held vis-timeline's own code: vis-data's chunk (24 KB) then counted as first
load, so earlier runs' first-load figures are about 24 KB higher than this measure gives.

${weightText}

${renderTimeMarkdown(measured(summary.renderTime) ?? why(summary.renderTime))}
${playgroundMarkdown(measured(summary.playground) ?? why(summary.playground))}
## Lighthouse

Lighthouse 12 (default settings: mobile emulation, simulated slow 4G and CPU throttling), on the
bundled data, five runs per page, each in a fresh Chromium; the scores are medians. Targets:
performance ≥ 95, accessibility 100, best practices ≥ 95. The performance score weighs total
blocking time (TBT) 30 %, largest contentful paint (LCP) 25 %, cumulative layout shift (CLS)
25 %, first contentful paint (FCP) and speed index 10 % each.

Lighthouse's mobile emulation is a touch screen, where \`/\` shows the timeline's preview and
loads vis-timeline and the entries' file only once the timeline is opened (see the README). The last row is \`/\` with
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
