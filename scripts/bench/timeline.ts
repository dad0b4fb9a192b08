// The timeline at scale, in Chromium: our explorer and a bare vis-timeline page, measured by the
// same code in the same run (interleaved), so the ratios hold however noisy the machine is.
//
// What each figure is:
//   - firstItemsMs: navigation start → the first animation frame in which a `.vis-item` has a box
//     inside the viewport and is visible (not under a `visibility: hidden` or transparent
//     ancestor; recorded in the page by a requestAnimationFrame poll);
//   - interactiveMs: the later of first items, the page's own readiness (ours: the timeline's
//     data-status="ready", when its buttons are enabled), and the end of the last long task
//     (> 50 ms, PerformanceObserver 'longtask') before a second with the main thread free;
//   - frame p50/p95: requestAnimationFrame deltas while real input runs: mouse drags across the
//     item area, then Ctrl+wheel zooms in and out (identical input on both pages). A page that
//     keeps up draws every frame at 60 Hz, so 16.7 ms is the floor;
//   - slow-CPU frame p50/p95: the same input again with the CPU slowed 4× (DevTools' CPU
//     throttling, as Lighthouse's mobile runs): frames cost four times as much, so what a frame
//     costs shows above the 60 Hz floor;
//   - filterMs: from the filter change (ours: a click on a partner checkbox; baseline: one
//     setItems with the filtered items) to the frame after the timeline's DOM last changed,
//     a second of quiet marking the end;
//   - heapMB: performance.memory.usedJSHeapSize after a forced GC, once interactive.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { loadChronology } from '../../lib/chronology/load';
import type { ExplorerItem } from '../../lib/explorer';
import { toExplorerItems } from '../../lib/explorer/to-explorer-items';
import { LOAD_STEP_PREFIX } from '../../app/_components/timeline/load-steps';
import { findChromium, HEADLESS_FLAGS } from '../find-chromium.cjs';
import { median, percentile, progress, QUICK, ratio, round } from './stats';

export const CHROMIUM_FLAGS = HEADLESS_FLAGS;

export async function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  const found = findChromium();
  return chromium.launch({ executablePath: found?.path, args: [...CHROMIUM_FLAGS, ...extraArgs] });
}

/** The items of a data folder as the explorer builds them (same titles, same dates). */
export function explorerItemsOf(dataDir: string): ExplorerItem[] {
  const chronology = loadChronology(dataDir);
  return toExplorerItems(chronology.events, chronology.statements, chronology.related);
}

/** The most frequent partner code: the filter both pages apply. */
export function commonPartner(items: readonly ExplorerItem[]): string {
  const counts = new Map<string, number>();
  for (const item of items) for (const code of item.partners) counts.set(code, (counts.get(code) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'NATO';
}

/**
 * The baseline: a static page that hands the items to a bare vis-timeline with default options,
 * served on loopback from a temp folder (it never ships with the app).
 */
export async function startBaseline(items: readonly ExplorerItem[], tmpDir: string): Promise<{ origin: string; stop: () => Promise<void> }> {
  const visDir = path.resolve('node_modules/vis-timeline');
  const data = items.map((item) => ({ id: item.id, content: item.title, date: item.date, time: item.time, partners: item.partners }));
  fs.mkdirSync(tmpDir, { recursive: true });
  const html = `<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><title>vis-timeline baseline</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/vis-timeline-graph2d.min.css">
<script src="/vis-timeline-graph2d.min.js"></script>
</head><body>
<div id="timeline"></div>
<script>
const DATA = ${JSON.stringify(data).replaceAll('<', '\\u003c')};
const toItem = (d) => {
  const [y, m, day] = d.date.split('-').map(Number);
  const [h, min] = d.time ? d.time.split(':').map(Number) : [0, 0];
  return { id: d.id, content: d.content, start: new Date(y, m - 1, day, h, min) };
};
const timeline = new vis.Timeline(document.getElementById('timeline'), new vis.DataSet(DATA.map(toItem)), {});
window.__baseline = {
  filter(partner) {
    timeline.setItems(new vis.DataSet(DATA.filter((d) => d.partners.includes(partner)).map(toItem)));
  },
};
</script>
</body></html>`;
  fs.writeFileSync(path.join(tmpDir, 'index.html'), html);
  const files: Record<string, [string, string]> = {
    '/': [path.join(tmpDir, 'index.html'), 'text/html; charset=utf-8'],
    '/vis-timeline-graph2d.min.js': [path.join(visDir, 'standalone/umd/vis-timeline-graph2d.min.js'), 'text/javascript'],
    '/vis-timeline-graph2d.min.css': [path.join(visDir, 'styles/vis-timeline-graph2d.min.css'), 'text/css'],
  };
  const server = http.createServer((request, response) => {
    const file = files[(request.url ?? '/').split('?')[0] ?? '/'];
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': file[1] });
    fs.createReadStream(file[0]).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { origin: `http://127.0.0.1:${port}`, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** Installed before any page script: records first items, readiness and long tasks. */
function instrument(readySelector: string | null): void {
  interface BenchState {
    firstItem: number | null;
    ready: number | null;
    longTasks: Array<[number, number]>;
    frames: number[];
    recording: boolean;
  }
  const bench: BenchState = { firstItem: null, ready: readySelector ? null : 0, longTasks: [], frames: [], recording: false };
  Reflect.set(window, '__bench', bench);
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.longTasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no long-task API: interactive falls back to first items and readiness
  }
  // A box is not enough: vis lays its items out inside a root it keeps `visibility: hidden` until
  // its initial draw is done, and the reader sees nothing of them until then.
  const inViewport = (element: Element) => {
    const rect = element.getBoundingClientRect();
    const onScreen = rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.right > 0 && rect.left < innerWidth && rect.top < innerHeight;
    return onScreen && element.checkVisibility({ visibilityProperty: true, opacityProperty: true });
  };
  const poll = () => {
    if (bench.firstItem === null) {
      for (const element of document.querySelectorAll('.vis-item')) {
        if (inViewport(element)) {
          bench.firstItem = performance.now();
          break;
        }
      }
    }
    if (bench.ready === null && readySelector && document.querySelector(readySelector)) bench.ready = performance.now();
    if (bench.firstItem === null || bench.ready === null) requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}

export interface TimelineRun {
  firstItemsMs: number;
  /**
   * Ours: when each step on the way to the first items happened, in ms since navigation start:
   * the HTML's last byte (navigation timing's responseEnd), the explorer's own marks
   * (app/_components/timeline/load-steps.ts; one, entries-rendered, comes after the first items)
   * and the first items; and the time the main thread spent in long tasks (> 50 ms) before them.
   * Empty for the baseline, which sets no marks.
   */
  steps: Record<string, number>;
  interactiveMs: number;
  heapMB: number;
  frameP50Ms: number;
  frameP95Ms: number;
  slowCpuFrameP50Ms: number;
  slowCpuFrameP95Ms: number;
  frames: number;
  filterMs: number;
  itemsAfterFilter: number;
}

interface PageUnderTest {
  name: 'ours' | 'baseline';
  url: string;
  readySelector: string | null;
  /** Runs in the page: starts the filter change. */
  filter: (partner: string) => void;
}

const QUIET_MS = 1000;
/** The most time the pan/zoom input may take per page. */
const INPUT_BUDGET_MS = 25_000;
/** How much slower the CPU is for the slow-CPU frames (Lighthouse's mobile setting). */
const SLOW_CPU_FACTOR = 4;
/** A filter update still under way after this long is recorded as this long. */
export const FILTER_CAP_MS = 30_000;

async function waitForInteractive(page: Page): Promise<{ firstItemsMs: number; interactiveMs: number }> {
  await page.waitForFunction(() => {
    const bench = Reflect.get(window, '__bench') as { firstItem: number | null; ready: number | null } | undefined;
    return bench?.firstItem != null && bench.ready != null;
  }, undefined, { timeout: Number(process.env.BENCH_LOAD_TIMEOUT_MS ?? 180_000), polling: 100 });
  // Wait for a second of free main thread after first items and readiness.
  for (;;) {
    const state = await page.evaluate(() => {
      const bench = Reflect.get(window, '__bench') as { firstItem: number; ready: number; longTasks: Array<[number, number]> };
      const lastLongTaskEnd = bench.longTasks.reduce((latest, [start, duration]) => Math.max(latest, start + duration), 0);
      return { now: performance.now(), firstItem: bench.firstItem, ready: bench.ready, lastLongTaskEnd };
    });
    const interactive = Math.max(state.firstItem, state.ready, state.lastLongTaskEnd);
    if (state.now - interactive >= QUIET_MS) return { firstItemsMs: state.firstItem, interactiveMs: interactive };
    await page.waitForTimeout(200);
  }
}

/** The steps of `TimelineRun.steps`, read from the page once it is interactive (its marks are all set by then). */
async function stepsBefore(page: Page, firstItemsMs: number): Promise<Record<string, number>> {
  return page.evaluate(
    ({ prefix, firstItems }) => {
      const steps: Record<string, number> = {};
      const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      if (navigation) steps['html-received'] = navigation.responseEnd;
      for (const mark of performance.getEntriesByType('mark')) {
        const name = mark.name.startsWith(prefix) ? mark.name.slice(prefix.length) : null;
        if (name && !(name in steps)) steps[name] = mark.startTime;
      }
      steps['first-items'] = firstItems;
      const bench = Reflect.get(window, '__bench') as { longTasks: Array<[number, number]> };
      steps['long-tasks-before-first-items'] = bench.longTasks.reduce((sum, [start, duration]) => sum + Math.max(0, Math.min(start + duration, firstItems) - start), 0);
      return steps;
    },
    { prefix: LOAD_STEP_PREFIX, firstItems: firstItemsMs },
  );
}

async function measureFrames(page: Page): Promise<number[]> {
  const area = await page.locator('.vis-timeline .vis-panel.vis-center').first().boundingBox();
  if (!area) throw new Error('no timeline item area');
  // The item area can be taller than the window (a stacked timeline grows): stay on screen.
  const y = area.y + Math.min(area.height * 0.6, 160);
  const x = area.x + area.width / 2;
  await page.evaluate(() => {
    const bench = Reflect.get(window, '__bench') as { frames: number[]; recording: boolean };
    bench.frames = [];
    bench.recording = true;
    let last: number | undefined;
    const loop = (now: number) => {
      if (last !== undefined) bench.frames.push(now - last);
      last = now;
      if (bench.recording) requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  });
  // The same input on both pages, cut short after INPUT_BUDGET_MS: on a page that takes a second
  // per frame, a few drags would otherwise take minutes (the frames recorded say it all).
  const deadline = Date.now() + INPUT_BUDGET_MS;
  const drags = QUICK ? 1 : 2;
  for (let i = 0; i < drags && Date.now() < deadline; i++) {
    const dx = (i % 2 === 0 ? -1 : 1) * area.width * 0.3;
    await page.mouse.move(x - dx / 2, y);
    await page.mouse.down();
    await page.mouse.move(x + dx / 2, y, { steps: 12 });
    await page.mouse.up();
    await page.waitForTimeout(100);
  }
  await page.mouse.move(x, y);
  await page.keyboard.down('Control');
  const zooms = QUICK ? 2 : 3;
  for (const direction of [-1, 1]) {
    for (let i = 0; i < zooms && Date.now() < deadline; i++) {
      await page.mouse.wheel(0, direction * 120);
      await page.waitForTimeout(80);
    }
  }
  await page.keyboard.up('Control');
  await page.waitForTimeout(300);
  return page.evaluate(() => {
    const bench = Reflect.get(window, '__bench') as { frames: number[]; recording: boolean };
    bench.recording = false;
    return bench.frames;
  });
}

async function measureFilter(page: Page, target: PageUnderTest, partner: string): Promise<{ ms: number; items: number }> {
  const ms = await page.evaluate(
    ({ source, partner, capMs }) =>
      new Promise<number>((resolve) => {
        const root = document.querySelector('.vis-timeline');
        if (!root) return resolve(NaN);
        // The update is shown in the last frame of the first burst of DOM changes: a burst ends
        // when two frames pass without a change.
        let mutated = false;
        let seen = false;
        let quietFrames = 0;
        let lastChangedFrame = NaN;
        const observer = new MutationObserver(() => {
          mutated = true;
          seen = true;
        });
        observer.observe(root, { childList: true, subtree: true, characterData: true });
        const start = performance.now();
        const loop = (now: number) => {
          if (mutated) {
            mutated = false;
            quietFrames = 0;
            lastChangedFrame = now;
          } else if (seen) quietFrames++;
          if ((seen && quietFrames >= 2) || now - start > capMs) {
            observer.disconnect();
            resolve((Number.isNaN(lastChangedFrame) ? now : lastChangedFrame) - start);
          } else requestAnimationFrame(loop);
        };
        requestAnimationFrame(loop);
        new Function('partner', source)(partner);
      }),
    { source: `(${target.filter.toString()})(partner)`, partner, capMs: FILTER_CAP_MS },
  );
  await page.waitForTimeout(QUIET_MS);
  const items = await page.locator('.vis-timeline .vis-item.vis-box, .vis-timeline .vis-item.vis-range, .vis-timeline .vis-item.vis-cluster').count();
  return { ms, items };
}

async function runOnce(browser: Browser, target: PageUnderTest, partner: string): Promise<TimelineRun> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
  try {
    // tsx (esbuild) wraps named functions in __name(); functions sent to the page need it too.
    await context.addInitScript({ content: 'globalThis.__name = globalThis.__name || ((target) => target);' });
    await context.addInitScript(instrument, target.readySelector);
    const page = await context.newPage();
    await page.goto(target.url, { waitUntil: 'commit', timeout: 120_000 });
    const { firstItemsMs, interactiveMs } = await waitForInteractive(page);
    const steps = target.name === 'ours' ? await stepsBefore(page, firstItemsMs) : {};
    const heapMB = await page.evaluate(() => {
      const gc: unknown = Reflect.get(window, 'gc');
      if (typeof gc === 'function') gc();
      const memory: unknown = Reflect.get(performance, 'memory');
      const used: unknown = memory && typeof memory === 'object' ? Reflect.get(memory, 'usedJSHeapSize') : NaN;
      return Number(used) / 2 ** 20;
    });
    const frames = await measureFrames(page);
    await page.waitForTimeout(500);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_CPU_FACTOR });
    const slowCpuFrames = await measureFrames(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await page.waitForTimeout(500);
    const filter = await measureFilter(page, target, partner);
    return {
      firstItemsMs,
      steps,
      interactiveMs,
      heapMB,
      frameP50Ms: percentile(frames, 50),
      frameP95Ms: percentile(frames, 95),
      slowCpuFrameP50Ms: percentile(slowCpuFrames, 50),
      slowCpuFrameP95Ms: percentile(slowCpuFrames, 95),
      frames: frames.length,
      filterMs: filter.ms,
      itemsAfterFilter: filter.items,
    };
  } finally {
    await context.close();
  }
}

export interface TimelineFigures {
  runs: number;
  firstItemsMs: number | null;
  interactiveMs: number | null;
  frameP50Ms: number | null;
  frameP95Ms: number | null;
  slowCpuFrameP50Ms: number | null;
  slowCpuFrameP95Ms: number | null;
  filterMs: number | null;
  heapMB: number | null;
  /** The median of each step over the runs that have it (TimelineRun.steps), in ms. */
  steps: Record<string, number>;
}

function summarise(runs: readonly TimelineRun[]): TimelineFigures {
  const of = (key: Exclude<keyof TimelineRun, 'steps'>) => round(median(runs.map((run) => run[key])), 1);
  const names = [...new Set(runs.flatMap((run) => Object.keys(run.steps)))];
  const steps = Object.fromEntries(names.map((name) => [name, round(median(runs.flatMap((run) => (name in run.steps ? [run.steps[name] ?? NaN] : []))), 1) ?? NaN]));
  return {
    steps,
    runs: runs.length,
    firstItemsMs: of('firstItemsMs'),
    interactiveMs: of('interactiveMs'),
    frameP50Ms: of('frameP50Ms'),
    frameP95Ms: of('frameP95Ms'),
    slowCpuFrameP50Ms: of('slowCpuFrameP50Ms'),
    slowCpuFrameP95Ms: of('slowCpuFrameP95Ms'),
    filterMs: of('filterMs'),
    heapMB: of('heapMB'),
  };
}

export interface TimelineReport {
  events: number;
  partnerFilter: string;
  ours: TimelineFigures;
  baseline: TimelineFigures | null;
  /** ours ÷ baseline for each figure (below 1: ours is better). */
  ratios: Partial<Record<keyof Omit<TimelineFigures, 'runs' | 'steps'>, number | null>>;
  raw: { ours: TimelineRun[]; baseline: TimelineRun[] };
}

/**
 * Measures our explorer (at `oursOrigin`) and, unless `baselineOrigin` is null, the bare
 * vis-timeline page, interleaved run by run: 5 runs each by default, the median of 5 as for
 * Lighthouse, since on a shared 2-core machine one page's first items vary by a tenth of a second
 * from run to run, and a median of 3 moved the ratio by as much as the change it was to show.
 */
export async function benchTimeline(options: { oursOrigin: string; baselineOrigin: string | null; events: number; partner: string; runs?: number }): Promise<TimelineReport> {
  const runs = options.runs ?? (QUICK ? 1 : 5);
  const browser = await launchChromium(['--enable-precise-memory-info', '--js-flags=--expose-gc']);
  const ours: PageUnderTest = {
    name: 'ours',
    url: `${options.oursOrigin}/`,
    readySelector: '.timeline-canvas[data-status="ready"]',
    filter: (partner: string) => {
      const box = document.querySelector<HTMLInputElement>(`input[name="partner"][value="${partner}"]`);
      box?.click();
    },
  };
  const baseline: PageUnderTest | null = options.baselineOrigin
    ? {
        name: 'baseline',
        url: `${options.baselineOrigin}/`,
        readySelector: null,
        filter: (partner: string) => {
          const page = Reflect.get(window, '__baseline') as { filter: (partner: string) => void };
          page.filter(partner);
        },
      }
    : null;
  const raw: { ours: TimelineRun[]; baseline: TimelineRun[] } = { ours: [], baseline: [] };
  try {
    for (let i = 0; i < runs; i++) {
      progress(`timeline ${options.events} events, run ${i + 1}/${runs}: ours`);
      raw.ours.push(await runOnce(browser, ours, options.partner));
      if (baseline) {
        progress(`timeline ${options.events} events, run ${i + 1}/${runs}: baseline`);
        raw.baseline.push(await runOnce(browser, baseline, options.partner));
      }
    }
  } finally {
    await browser.close();
  }
  const oursFigures = summarise(raw.ours);
  const baselineFigures = baseline ? summarise(raw.baseline) : null;
  const keys = ['firstItemsMs', 'interactiveMs', 'frameP50Ms', 'frameP95Ms', 'slowCpuFrameP50Ms', 'slowCpuFrameP95Ms', 'filterMs', 'heapMB'] as const;
  const ratios = Object.fromEntries(keys.map((key) => [key, ratio(oursFigures[key], baselineFigures?.[key] ?? null, 3)]));
  return { events: options.events, partnerFilter: options.partner, ours: oursFigures, baseline: baselineFigures, ratios, raw };
}
