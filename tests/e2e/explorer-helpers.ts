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

/**
 * Waits until vis-timeline has drawn and its clusters have settled: it draws every item first
 * and collapses them into clusters a moment later, so the layout is read twice until it holds.
 */
export async function waitForTimeline(page: Page): Promise<void> {
  await expect(canvas(page)).toHaveAttribute('data-status', 'ready');
  let previous = '';
  await expect
    .poll(
      async () => {
        const layout = await page.evaluate(() =>
          [...document.querySelectorAll('.timeline-canvas .vis-item.vis-box, .timeline-canvas .vis-item.vis-cluster')]
            .map((element) => {
              const rect = element.getBoundingClientRect();
              return `${element.getAttribute('data-id') ?? element.textContent}@${Math.round(rect.left)},${Math.round(rect.top)}`;
            })
            .sort()
            .join('|'),
        );
        const settled = layout !== '' && layout === previous;
        previous = layout;
        return settled;
      },
      { intervals: [300, 300, 300, 500, 500, 1000], timeout: 10_000 },
    )
    .toBe(true);
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
