import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import { fixtureChronology } from '../app-fixture';

// The app under test is built from tests/fixtures/app-data (playwright.config.ts): what a test
// expects to count is counted here, in that folder, never written down.
const { events, statements } = fixtureChronology();

interface EntryFacts {
  outlet: string | null;
  partners: readonly string[];
  date: string;
}

const entries: EntryFacts[] = [
  ...events.map((event) => ({ outlet: event.outlet.key, partners: event.partners, date: event.date })),
  ...statements.map((statement) => ({ outlet: null, partners: statement.partners, date: statement.eventDate ?? statement.publishedAt ?? '' })),
];

/** Every entry the app shows: news events and statements. */
export const TOTAL_ENTRIES = entries.length;

/** Ids of the news events from 日本経済新聞. */
export const NIKKEI_IDS = events.filter((event) => event.outlet.key === 'nikkei').map((event) => event.id);

/**
 * How many entries pass an outlet and a partner filter (any of the listed, as the page reads
 * them; an outlet filter leaves statements out), optionally in one year only.
 */
export function countEntries({ outlets = [], partners = [], year }: { outlets?: string[]; partners?: string[]; year?: number }): number {
  return entries.filter(
    (entry) =>
      (outlets.length === 0 || (entry.outlet !== null && outlets.includes(entry.outlet))) &&
      (partners.length === 0 || partners.some((partner) => entry.partners.includes(partner))) &&
      (year === undefined || entry.date.startsWith(`${year}-`)),
  ).length;
}

/** The years the entries span, oldest first, with the entries of each (0 for a year without any). */
export function entriesPerYear(): Array<[number, number]> {
  const years = entries.map((entry) => Number(entry.date.slice(0, 4)));
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, i) => [first + i, years.filter((year) => year === first + i).length]);
}

/** The result count as the page writes it: all entries, or `shown` of them under a filter. */
export const resultCount = (shown?: number): string => (shown === undefined ? `全${TOTAL_ENTRIES}件を表示` : `全${TOTAL_ENTRIES}件中 ${shown}件を表示`);

export const canvas = (page: Page): Locator => page.locator('.timeline-canvas');
export const boxes = (page: Page): Locator => page.locator('.timeline-canvas .vis-item.vis-box');
export const clusters = (page: Page): Locator => page.locator('.timeline-canvas .vis-item.vis-cluster');
export const panel = (page: Page): Locator => page.locator('aside.detail-panel');

/** How many frames, and how long, the timeline's layout must hold to count as settled (see untilStill). */
const STILL_FRAMES = 4;
const STILL_MS = 120;

/**
 * Waits until the timeline's layout (every box, cluster and axis label, where it is drawn) and the
 * page's URL have held still, read in the page on every animation frame, for STILL_FRAMES frames
 * and at least STILL_MS: vis redraws within a frame of any change and steps an animated move
 * (250 ms) every 20 ms, and the explorer writes the URL as a move starts or ends, so what held
 * that long is what the page settled on. One round trip, where reading twice a few hundred ms
 * apart took at least 300 ms. `items`: wait for boxes or clusters to be drawn, too.
 */
export async function untilStill(page: Page, { items = false } = {}): Promise<void> {
  await page.evaluate(
    ({ frames, ms, timeout, needItems }) =>
      new Promise<void>((resolve, reject) => {
        const where = (element: Element, name: string | null) => {
          const rect = element.getBoundingClientRect();
          return `${name}@${Math.round(rect.left)},${Math.round(rect.top)}`;
        };
        const layout = () => {
          const drawn = [...document.querySelectorAll('.timeline-canvas .vis-item.vis-box, .timeline-canvas .vis-item.vis-cluster')].map((element) => where(element, element.getAttribute('data-id') ?? element.textContent));
          if (needItems && drawn.length === 0) return '';
          const labels = [...document.querySelectorAll('.timeline-canvas .vis-time-axis .vis-text:not(.vis-measure)')].map((element) => where(element, element.textContent));
          return `${location.href}#${drawn.sort().join('|')}#${labels.sort().join('|')}`;
        };
        const began = performance.now();
        let previous: string | null = null;
        let stillSince = began;
        let stillFrames = 0;
        const check = () => {
          const now = performance.now();
          const current = layout();
          if (current === previous && !(needItems && current === '')) stillFrames++;
          else {
            stillFrames = 0;
            stillSince = now;
          }
          previous = current;
          if (stillFrames >= frames && now - stillSince >= ms) resolve();
          else if (now - began > timeout) reject(new Error(`the timeline and the URL did not hold still in ${timeout} ms`));
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
    { frames: STILL_FRAMES, ms: STILL_MS, timeout: 10_000, needItems: items },
  );
}

/** Waits until React has taken over the explorer the server rendered (a link tapped before that is a page load). */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForFunction(() => Object.keys(document.querySelector('.explorer-layout') ?? {}).some((key) => key.startsWith('__reactFiber')));
}

/**
 * Waits until vis-timeline has drawn and its clusters have settled: it draws every item first
 * and collapses them into clusters a moment later, and an animated move redraws on every step.
 */
export async function waitForTimeline(page: Page): Promise<void> {
  await expect(canvas(page)).toHaveAttribute('data-status', 'ready');
  await untilStill(page, { items: true });
}

/** The ids of the item boxes drawn on the timeline (clusters not opened). */
export async function boxIds(page: Page): Promise<string[]> {
  return (await boxes(page).evaluateAll((elements) => elements.map((e) => e.getAttribute('data-id') ?? ''))).sort();
}

/** How many entries the timeline shows, counting those inside clusters. */
export async function drawnEntryCount(page: Page): Promise<number> {
  // A cluster reads `…ほか11件`, its count in data-count (the title may hold digits).
  const inClusters = await clusters(page).evaluateAll((elements) =>
    elements.reduce((sum, e) => sum + Number(e.querySelector('[data-count]')?.getAttribute('data-count') ?? 0), 0),
  );
  return (await boxes(page).count()) + inClusters;
}

/** The texts of the time axis, without vis's hidden measuring element. */
export async function axisLabels(page: Page): Promise<string[]> {
  return page.locator('.timeline-canvas .vis-time-axis .vis-text').evaluateAll((elements) =>
    elements.filter((e) => (e as HTMLElement).offsetParent !== null && !e.classList.contains('vis-measure')).map((e) => e.textContent ?? ''),
  );
}

/** axe-core's serious and critical violations on the page as it stands, each with where it is. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
}

/** Marks the window so a test can tell that no full page load happened since. */
export async function markPage(page: Page): Promise<void> {
  await page.evaluate(() => Reflect.set(window, '__explorerMarker', 'still-here'));
}

export async function pageWasNotReloaded(page: Page): Promise<boolean> {
  return page.evaluate(() => Reflect.get(window, '__explorerMarker') === 'still-here');
}
