import { expect, test } from '@playwright/test';
import { fixtureChronology } from '../app-fixture';
import { seriousViolations, TOTAL_ENTRIES, waitForHydration } from './explorer-helpers';

test.describe('pages that work without the timeline', () => {
  test('an event page has its title, metadata, summary and a way back to the timeline', async ({ page }) => {
    await page.goto('/events/2507-062601');
    await expect(page).toHaveTitle('自衛隊とオランダ軍の燃料・弾薬融通、日蘭が交渉開始 | 日本・NATO/EU 安全保障クロノロジー');
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /^岩屋毅外相は25日/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('自衛隊とオランダ軍の燃料・弾薬融通、日蘭が交渉開始');
    // The day it happened, as the summary says (25日), and the day it was reported.
    await expect(page.locator('dd time[data-date="happened"]')).toHaveAttribute('datetime', '2025-06-25');
    await expect(page.locator('dd time[data-date="reported"]')).toHaveAttribute('datetime', '2025-06-26');
    await expect(page.locator('[data-evidence="event-date"]')).toContainText('「25日」');
    await expect(page.locator('dl').first()).toContainText('日本経済新聞');
    await expect(page.locator('dl').first()).toContainText('2507-062601');
    await expect(page.getByRole('link', { name: 'オランダ' })).toHaveAttribute('href', '/partners/NL');
    await expect(page.locator('article')).toContainText('深める。');
    await expect(page.locator('article')).not.toContainText('/td>');
    expect(await seriousViolations(page)).toEqual([]);
    const back = page.getByRole('link', { name: '年表でこの出来事を見る' });
    await expect(back).toHaveAttribute('href', '/?event=2507-062601');
    await back.click();
    // The explorer opens on that entry. In the whole frame it stands in a cluster, so the timeline
    // moves to show it whole and the URL records the window it moved to, which holds the entry's day.
    await expect(page).toHaveURL(/\/\?event=2507-062601&window=[^&]+$/);
    const [start = '', end = ''] = (new URL(page.url()).searchParams.get('window') ?? '').split('..');
    expect(start < '2025-06-25' && '2025-06-25' < end, `${start}..${end} holds 2025-06-25`).toBe(true);
    await expect(page.locator('aside.detail-panel h2')).toHaveText('自衛隊とオランダ軍の燃料・弾薬融通、日蘭が交渉開始');
  });

  test('an event page links a resolved cross-reference to its page and names a missing one', async ({ page }) => {
    await page.goto('/events/2306-051019');
    await expect(page.locator('article')).toContainText('この年表には収録されていません');
    await expect(page.locator('article')).toContainText('2306-050317');
  });

  test('an unknown event is a Japanese 404 page with a way home', async ({ page }) => {
    const response = await page.goto('/events/0000-000000');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('ページが見つかりません');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: '年表のトップへ戻る' }).click();
    await expect(page).toHaveURL(/\/$/);
  });

  test('the list view is a newest-first feed of articles, and says so; the timeline entries load only once asked for', async ({ page }) => {
    test.slow(); // with its page's axe scan, which takes seconds on a busy machine
    const itemsAsked: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/explorer-items')) itemsAsked.push(request.url());
    });
    await page.goto('/?view=list');
    // Hydrated, with nothing left to load: the server's list needs no entries file.
    await waitForHydration(page);
    await page.waitForLoadState('networkidle');
    expect(itemsAsked).toEqual([]);
    await expect(page.getByText('新しい順(最新の出来事が先頭)に並べています。')).toBeVisible();
    const articles = page.locator('.event-list article');
    await expect(articles).toHaveCount(TOTAL_ENTRIES);
    const times = await articles.locator('time[data-date="happened"]').evaluateAll((elements) => elements.map((e) => e.getAttribute('datetime') ?? ''));
    expect(times.every((time) => /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/.test(time))).toBe(true);
    const dates = times.map((time) => time.slice(0, 10));
    expect(dates).toEqual([...dates].sort().reverse());
    const first = articles.first();
    await expect(first.getByRole('heading')).toHaveText(/マレーシア/);
    await expect(articles.nth(1).getByRole('link', { name: /日米韓外相会合/ }).first()).toHaveAttribute('href', /^\/statements\//);
    expect(itemsAsked).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);

    // A filter changed in the list is computed in the browser, from the entries then fetched.
    await page.getByRole('checkbox', { name: /日本経済新聞/ }).check();
    await expect(page).toHaveURL(/outlet=nikkei/);
    await expect.poll(() => itemsAsked.length).toBe(1);
    const nikkei = fixtureChronology().events.filter((event) => event.outlet.key === 'nikkei').length;
    await expect(articles).toHaveCount(nikkei);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the filter form filters the list on the server', async ({ page }) => {
    await page.goto('/?view=list');
    await page.getByRole('checkbox', { name: /日本経済新聞/ }).check();
    await page.getByRole('checkbox', { name: /東京新聞/ }).check();
    await page.getByRole('button', { name: '絞り込む' }).click();
    await expect(page).toHaveURL(/outlet=nikkei&outlet=tokyo-shimbun/);
    await expect(page).toHaveURL(/view=list/);
    await expect(page.locator('.event-list article')).toHaveCount(7);
    await expect(page.getByRole('checkbox', { name: /日本経済新聞/ })).toBeChecked();
  });

  test('the timeline view points to the list, and a selected event is readable', async ({ page }) => {
    await page.goto('/?event=1305-041501');
    // Chromium with scripts disabled by Playwright still parses <noscript> as text, so read it as such.
    const noscript = await page.locator('noscript').first().innerHTML();
    expect(noscript).toContain('タイムラインの表示にはJavaScriptが必要です。');
    expect(noscript).toContain('href="/?view=list"');
    await expect(page.locator('aside.detail-panel h2')).toContainText('対米攻撃なら集団自衛権行使も');
    await page.goto('/?view=list');
    await expect(page.locator('.event-list article')).toHaveCount(TOTAL_ENTRIES);
  });
});

test('an event page shows its entry exactly as written in the digest, with file, line and column', async ({ page }) => {
  await page.goto('/events/2507-062601');
  const source = page.locator('details', { hasText: '原文を表示' });
  await expect(source.locator('summary')).toHaveText('原文を表示(digest/japan-nato-eu.txt 1行 19文字目)');
  await source.locator('summary').click();
  const raw = source.locator('pre');
  await expect(raw).toContainText('<2507-062601>');
  // The leftover the parser removed from the summary is still visible in the source, as text.
  await expect(raw).toContainText('深める。/td>');
  // …and the page says what the parser did with it, and with the 00:00 placeholder time.
  await expect(page.locator('li[data-code="html-leftover"]')).toContainText('HTMLの残骸を要旨から取り除きました。');
  await expect(page.locator('li[data-code="html-leftover"] code')).toHaveText('/td>');
  await expect(page.locator('li[data-code="placeholder-time"]')).toContainText('1行 30文字目');
});
