// JavaScript transferred per page, read from Chromium's network log (encoded bytes on the wire:
// `next start` compresses with gzip). On `/`, the timeline code (vis-timeline, vis-data and what
// drives them, loaded by the island's effect) is counted apart from the page's first load: the
// scripts its HTML names. (Until 2026-12 a script was put with the timeline only if it held
// vis-timeline's own code, so vis-data's chunk, when the bundler split it off, counted as first
// load though it came with the timeline.)
import type { Browser } from '@playwright/test';
import { launchChromium } from './timeline';
import { progress } from './stats';

/** Text found only in vis-timeline's code: says that the scripts loaded after the first load are the timeline's. */
const TIMELINE_MARKER = 'vis-itemset';

/** The scripts a page's HTML names (its first load), as absolute URLs. */
async function scriptsOfHtml(origin: string, path: string): Promise<Set<string>> {
  const html = await (await fetch(origin + path)).text();
  return new Set([...html.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+\.js)"/g)].map((match) => origin + (match[1] ?? '')));
}

export interface PageWeight {
  path: string;
  /** JavaScript of the first load: the scripts the HTML names (everything, on pages without a timeline). */
  jsKB: number;
  /** The timeline's chunks, loaded after the first load, transferred; 0 when the page loads none. */
  timelineChunkKB: number;
  scripts: number;
  /** Every response, transferred (HTML, CSS, JS, fonts…). */
  totalKB: number;
}

async function weigh(browser: Browser, origin: string, path: string, waitFor: string | null): Promise<PageWeight> {
  // Asked once before: the page is weighed as the server keeps it for every reader after the first
  // (gzipped), not as the one render that made it (sent as rendered), whichever page came first.
  await (await fetch(origin + path)).arrayBuffer();
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const responses = new Map<string, { url: string; type: string; bytes: number }>();
    cdp.on('Network.responseReceived', (event) => {
      responses.set(event.requestId, { url: event.response.url, type: event.type ?? '', bytes: 0 });
    });
    cdp.on('Network.loadingFinished', (event) => {
      const response = responses.get(event.requestId);
      if (response) response.bytes = event.encodedDataLength;
    });
    await page.goto(origin + path, { waitUntil: 'load' });
    if (waitFor) await page.waitForSelector(waitFor, { timeout: 120_000 });
    await page.waitForLoadState('networkidle');
    const firstLoad = await scriptsOfHtml(origin, path);
    let jsBytes = 0;
    let laterBytes = 0;
    let laterHasTimeline = false;
    let scripts = 0;
    let total = 0;
    for (const response of responses.values()) {
      total += response.bytes;
      if (response.type !== 'Script') continue;
      scripts++;
      if (firstLoad.has(response.url)) {
        jsBytes += response.bytes;
        continue;
      }
      laterBytes += response.bytes;
      if ((await (await fetch(response.url)).text()).includes(TIMELINE_MARKER)) laterHasTimeline = true;
    }
    // Scripts loaded later without the timeline among them are not the timeline's: they count as the page's.
    const timelineBytes = laterHasTimeline ? laterBytes : 0;
    if (!laterHasTimeline) jsBytes += laterBytes;
    const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
    return { path, jsKB: kb(jsBytes), timelineChunkKB: kb(timelineBytes), scripts, totalKB: kb(total) };
  } finally {
    await context.close();
  }
}

/** The explorer in each language: weighed until its timeline is ready. */
export const EXPLORER_PATHS: readonly string[] = ['/', '/en'];

/** Weighs the explorer in each language (until the timeline is ready), an event page, a statement page and the other pages named. */
export async function benchPageWeight(origin: string, eventPath: string, statementPath: string, otherPaths: readonly string[] = []): Promise<PageWeight[]> {
  progress('page weight');
  const browser = await launchChromium();
  try {
    // One page at a time: the figures must not share the machine.
    const weights: PageWeight[] = [];
    for (const path of EXPLORER_PATHS) weights.push(await weigh(browser, origin, path, '.timeline-canvas[data-status="ready"]'));
    for (const path of [eventPath, statementPath, ...otherPaths]) weights.push(await weigh(browser, origin, path, null));
    return weights;
  } finally {
    await browser.close();
  }
}
