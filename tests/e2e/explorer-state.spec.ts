import { expect, test, type Page } from '@playwright/test';
import { createRandom } from '../../lib/generate/digest';
import { canvas, clusters, markPage, pageWasNotReloaded, panel, untilStill, waitForHydration, waitForTimeline } from './explorer-helpers';

/** The walk's seed: fixed, so that CI walks the same way every run; E2E_WALK_SEED tries another. */
const SEED = Number(process.env.E2E_WALK_SEED ?? 20261206);
const STEPS = 50;

/** The places among `selector`'s elements of those drawn inside the timeline's visible panel (vis draws some just outside it). */
function inView(page: Page, selector: string): Promise<number[]> {
  return page.evaluate((drawn) => {
    const center = document.querySelector('.timeline-canvas .vis-panel.vis-center')?.getBoundingClientRect();
    if (!center) return [];
    return [...document.querySelectorAll(drawn)].flatMap((element, index) => {
      const { left, right } = element.getBoundingClientRect();
      return left >= center.left && right <= center.right ? [index] : [];
    });
  }, selector);
}

/** The ids of the boxes drawn inside the timeline's visible panel. */
async function boxesInView(page: Page): Promise<string[]> {
  const places = await inView(page, '.timeline-canvas .vis-item.vis-box');
  const ids = await page.locator('.timeline-canvas .vis-item.vis-box').evaluateAll((elements) => elements.map((element) => element.getAttribute('data-id') ?? ''));
  return places.flatMap((place) => ids[place] ?? []);
}

const box = (page: Page, id: string) => page.locator(`.timeline-canvas .vis-item.vis-box[data-id="${id}"]`);

/**
 * Waits until the URL holds still, the timeline with it: the explorer writes the window as a move
 * starts, or once it has ended (see untilStill).
 */
async function settledUrl(page: Page): Promise<string> {
  await untilStill(page);
  return page.url();
}

/** What a reader sees that the URL decides: the URL itself, the panel's heading, the view, the filters ticked, the count (read in one go). */
function visibleState(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const heading = document.querySelector('aside.detail-panel h2')?.textContent ?? '';
    const ticked = [...document.querySelectorAll<HTMLInputElement>('form[role="search"] input:checked')].map((input) => `${input.name}=${input.value}`).join(',');
    const view = document.querySelector('nav[aria-label="表示方法"] [aria-current="page"]')?.textContent ?? '';
    const count = document.querySelector('.result-count')?.textContent ?? '';
    return { query: window.location.search, heading, ticked, view, count };
  });
}

type Action = (page: Page, pick: (n: number) => number) => Promise<void>;

/** What a reader does in the explorer, each in one gesture. */
const ACTIONS: Array<[name: string, action: Action]> = [
  [
    'click an entry',
    async (page, pick) => {
      await waitForTimeline(page);
      const ids = await boxesInView(page);
      const id = ids[pick(ids.length)];
      if (id) await box(page, id).click();
    },
  ],
  [
    'click a cluster',
    async (page, pick) => {
      await waitForTimeline(page);
      const places = await inView(page, '.timeline-canvas .vis-item.vis-cluster');
      const place = places[pick(places.length)];
      if (place !== undefined) await clusters(page).nth(place).click();
    },
  ],
  ['→', (page) => page.keyboard.press('ArrowRight')],
  ['←', (page) => page.keyboard.press('ArrowLeft')],
  ['Esc', (page) => page.keyboard.press('Escape')],
  ['zoom in', (page) => page.getByRole('button', { name: '拡大', exact: true }).click()],
  ['zoom out', (page) => page.getByRole('button', { name: '縮小', exact: true }).click()],
  ['fit all', (page) => page.getByRole('button', { name: '全期間を表示' }).click()],
  [
    'drag the timeline',
    async (page, pick) => {
      const area = await canvas(page).locator('.vis-panel.vis-center').boundingBox();
      if (!area) return;
      const y = area.y + area.height - 12;
      await page.mouse.move(area.x + area.width / 2, y);
      await page.mouse.down();
      await page.mouse.move(area.x + area.width / 2 + (pick(2) ? 1 : -1) * area.width * 0.3, y, { steps: 5 });
      await page.mouse.up();
    },
  ],
  ['tick NATO', (page) => page.getByRole('checkbox', { name: /^NATO/ }).click()],
  ['tick 主な出来事のみ', (page) => page.getByRole('checkbox', { name: /主な出来事のみ/ }).click()],
  [
    'a year',
    async (page, pick) => {
      const years = page.getByRole('navigation', { name: '年別の件数' }).getByRole('link', { name: /^\d{4}年/ });
      const count = await years.count();
      if (count > 0) await years.nth(pick(count)).click();
    },
  ],
];

/** What a reader does in the list view: its filters, or back to the timeline (as likely as the two others together). */
const LIST_ACTIONS: Array<[name: string, action: Action]> = [
  ['back to the timeline', (page) => page.getByRole('link', { name: 'タイムライン', exact: true }).click()],
  ['back to the timeline', (page) => page.getByRole('link', { name: 'タイムライン', exact: true }).click()],
  ['tick NATO in the list', (page) => page.getByRole('checkbox', { name: /^NATO/ }).click()],
  ['tick 主な出来事のみ in the list', (page) => page.getByRole('checkbox', { name: /主な出来事のみ/ }).click()],
];

test.describe('every state the explorer writes', () => {
  test(`opens the same view when its URL is loaded again (a seeded walk of ${STEPS} steps, seed ${SEED})`, async ({ page }) => {
    test.setTimeout(240_000);
    // The generator the test data uses: the same seed gives the same walk.
    const pick = createRandom(SEED);
    const choose = (n: number) => Math.floor(pick() * n);
    await page.goto('/');
    for (let step = 0; step < STEPS; step++) {
      // A step in four goes on to the list view, where the walk stays for a step or two: about a third
      // of the states are the list's, which opens without drawing the timeline.
      const onList = new URL(page.url()).searchParams.get('view') === 'list';
      const [name, action] = onList ? (LIST_ACTIONS[choose(LIST_ACTIONS.length)] ?? LIST_ACTIONS[0]!) : (ACTIONS[choose(ACTIONS.length)] ?? ACTIONS[0]!);
      if (!onList) await expect(canvas(page)).toHaveAttribute('data-status', 'ready');
      await action(page, choose);
      if (!onList && choose(4) === 0) await page.getByRole('navigation', { name: '表示方法' }).getByRole('link', { name: '一覧' }).click();
      // Read once the timeline is drawn (its entries loaded) and the URL holds still.
      if (!new URL(page.url()).searchParams.has('view')) await expect(canvas(page)).toHaveAttribute('data-status', 'ready');
      const url = await settledUrl(page);
      // A change in the list view fetches the entries: its count is read once they are in.
      await expect(page.locator('.result-count')).not.toHaveText(/読み込み中/);
      const before = await visibleState(page);
      expect(new URL(url).search, `step ${step} (${name})`).not.toMatch(/event=(?![\w-]+(&|$))|[0-9a-f]{8}-[0-9a-f]{4}-/);
      // Opened again: the page is read once its timeline is drawn (the window is written then, if ever) and its URL holds still.
      await page.goto(url, { waitUntil: 'commit' });
      if (!new URL(url).searchParams.has('view')) await expect(canvas(page)).toHaveAttribute('data-status', 'ready');
      // The list is drawn by the server: its URL is read once the page is hydrated and could rewrite it.
      else await waitForHydration(page);
      expect(await settledUrl(page), `step ${step} (${name}) rewrote its URL on load`).toBe(url);
      await expect.poll(() => visibleState(page), `step ${step} (${name}): ${url}`).toEqual(before);
    }
  });

  test('Back from an event page shows the entry, its panel and its window again', async ({ page }) => {
    await page.goto('/?partner=NATO');
    await waitForTimeline(page);
    await page.getByRole('button', { name: '拡大', exact: true }).click();
    const zoomed = await settledUrl(page);
    expect(zoomed).toMatch(/[?&]window=/);
    const [id] = await boxesInView(page);
    if (!id) throw new Error('no entry in view');
    await box(page, id).click();
    const opened = await settledUrl(page);
    const title = await panel(page).getByRole('heading', { level: 2 }).textContent();
    await panel(page).getByRole('link', { name: 'この出来事のページ' }).click();
    await expect(page).toHaveURL(/\/events\//);
    await page.goBack();
    await expect(page).toHaveURL(opened);
    await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(title ?? '');
    await waitForTimeline(page);
    expect(await settledUrl(page)).toBe(opened);
    await expect(page.locator('.vis-item.vis-box.vis-selected')).toBeVisible();
    // Back again: the entry's opening is undone, the zoom stays; Forward brings the entry back.
    await markPage(page);
    await page.goBack();
    await expect(page).toHaveURL(zoomed);
    await expect(panel(page)).toHaveCount(0);
    await page.goForward();
    await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(title ?? '');
    expect(await pageWasNotReloaded(page)).toBe(true);
  });

  test('a cluster click zooms to its entries and names no internal id', async ({ page }) => {
    await page.goto('/');
    await waitForTimeline(page);
    const [place = 0] = await inView(page, '.timeline-canvas .vis-item.vis-cluster');
    const cluster = clusters(page).nth(place);
    // A control named by what it shows first: 「…ほか8件」, then its period and what it does.
    const control = cluster.getByRole('button');
    const shown = (await control.evaluate((element) => [...element.childNodes].filter((node) => !(node instanceof Element && node.classList.contains('sr-only'))).map((node) => node.textContent).join(''))).trim();
    await expect(control).toHaveAccessibleName(new RegExp(`^${shown.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*、.+、拡大$`));
    await cluster.click();
    const url = await settledUrl(page);
    expect(new URL(url).searchParams.get('event')).toBeNull();
    expect(new URL(url).searchParams.get('window')).toMatch(/^\d{4}-\d{2}-\d{2}/);
  });

  test('a keyboard journey: a filter, the timeline, an entry, its panel, Esc, the next entry', async ({ page }) => {
    await page.goto('/');
    await waitForTimeline(page);
    // The search box, then Tab on to the partners' boxes: tick NATO with the space bar.
    await page.getByRole('searchbox', { name: 'キーワード' }).focus();
    const nato = page.getByRole('checkbox', { name: /^NATO/ });
    for (let i = 0; i < 40 && !(await nato.evaluate((box) => box === document.activeElement)); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect(page).toHaveURL(/\?partner=NATO$/);
    // The skip link goes straight to the timeline.
    await page.getByRole('link', { name: 'タイムラインへ移動' }).focus();
    await page.keyboard.press('Enter');
    await expect(canvas(page)).toBeFocused();
    await page.keyboard.press('ArrowRight');
    const heading = panel(page).getByRole('heading', { level: 2 });
    await expect(heading).toBeVisible();
    const first = new URL(await settledUrl(page)).searchParams.get('event');
    await page.keyboard.press('Enter');
    await expect(heading).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(panel(page)).toHaveCount(0);
    // → goes on from the entry just closed, not from the start.
    await page.keyboard.press('ArrowRight');
    await expect(heading).toBeVisible();
    const second = new URL(await settledUrl(page)).searchParams.get('event');
    expect(second).not.toBe(first);
    await expect(panel(page).getByRole('link', { name: /前の出来事/ })).toHaveAttribute('href', new RegExp(`event=${first}`));
    // The 書き出し menu closes on Esc (focus back on it), and on a click outside it.
    const exportMenu = page.locator('details.export-menu');
    await exportMenu.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(exportMenu).toHaveAttribute('open', '');
    await page.keyboard.press('Escape');
    await expect(exportMenu).not.toHaveAttribute('open', '');
    await expect(exportMenu.locator('summary')).toBeFocused();
    await expect(panel(page)).toBeVisible();
    await exportMenu.locator('summary').click();
    await page.getByRole('combobox', { name: 'レーン' }).click();
    await expect(exportMenu).not.toHaveAttribute('open', '');
    // A bad date typed and Enter: said inline, and the box is marked invalid.
    const start = page.getByRole('textbox', { name: '開始' });
    await start.fill('2023-13');
    await start.press('Enter');
    await expect(start).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('form[role="search"]').getByRole('alert')).toContainText('2023-13');
  });

  test('the embed code carries every filter and the window', async ({ page, baseURL }) => {
    await page.goto('/?partner=NATO&from=2022&to=2025&milestones=1');
    await waitForTimeline(page);
    await page.getByRole('button', { name: '拡大', exact: true }).click();
    const window = new URL(await settledUrl(page)).searchParams.get('window');
    expect(window).toBeTruthy();
    await page.getByRole('button', { name: '埋め込み' }).click();
    const code = page.getByRole('dialog').getByLabel('埋め込みコード');
    await expect(code).toHaveValue(new RegExp(`^<iframe src="${baseURL}/embed\\?partner=NATO&amp;from=2022&amp;to=2025&amp;milestones=1&amp;window=${window?.replaceAll('.', '\\.')}" `));
  });
});
