import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { LOAD_STEP_PREFIX } from '../../app/_components/timeline/load-steps';
import { axisLabels, boxIds, canvas, clusters, countEntries, drawnEntryCount, markPage, NIKKEI_IDS, pageWasNotReloaded, panel, resultCount, TOTAL_ENTRIES, waitForHydration, waitForTimeline } from './explorer-helpers';

test.describe('the timeline explorer', () => {
  test('opens on the whole span, 2013 to 2025, and zooms, scrolls and fits back', async ({ page }) => {
    await page.goto('/');
    await waitForTimeline(page);
    const opening = await axisLabels(page);
    expect(opening).toContain('2013年');
    expect(opening).toContain('2025年');
    // Every entry is on screen, alone or inside a cluster.
    expect(await drawnEntryCount(page)).toBe(TOTAL_ENTRIES);
    await expect(clusters(page).first()).toBeVisible();

    // Each 拡大 halves the span: from thirteen years, months show within a few presses.
    const showsMonths = async () => (await axisLabels(page)).some((label) => /^\d{1,2}月$/.test(label));
    for (let i = 0; i < 6 && !(await showsMonths()); i++) {
      await page.getByRole('button', { name: '拡大', exact: true }).click();
      // The zoom is animated: its axis is read once the layout holds still.
      await waitForTimeline(page);
    }
    expect(await showsMonths()).toBe(true);

    // Drag the timeline to the right: earlier dates come into view.
    const before = (await axisLabels(page)).join();
    const area = await canvas(page).boundingBox();
    if (!area) throw new Error('timeline not laid out');
    await page.mouse.move(area.x + area.width * 0.3, area.y + area.height * 0.5);
    await page.mouse.down();
    await page.mouse.move(area.x + area.width * 0.8, area.y + area.height * 0.5, { steps: 8 });
    await page.mouse.up();
    await expect.poll(async () => (await axisLabels(page)).join()).not.toBe(before);

    await page.getByRole('button', { name: '縮小', exact: true }).click();
    await page.getByRole('button', { name: '全期間を表示' }).click();
    await expect.poll(async () => axisLabels(page)).toEqual(expect.arrayContaining(['2013年', '2025年']));
  });

  test('the entries come gzip-coded and the browser inflates them; sent gzipped as they are, a worker inflates them, or the page without workers; without DecompressionStream the JSON comes', async ({ page }) => {
    const asked: string[] = [];
    const codings: string[] = [];
    const workers: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/explorer-items')) asked.push(new URL(request.url()).search);
    });
    page.on('response', (response) => {
      if (response.url().includes('/api/explorer-items')) codings.push(response.headers()['content-encoding'] ?? 'none');
    });
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.goto('/');
    await waitForTimeline(page);
    expect(await drawnEntryCount(page)).toBe(TOTAL_ENTRIES);
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatch(/^\?v=[0-9a-f]{16}&encoding=gzip$/);
    expect(codings).toEqual(['gzip']);
    expect(workers).toHaveLength(0);

    // The file sent gzipped as it is (application/gzip, as `next dev` sends it): a worker inflates
    // it, or, where no worker runs, the page.
    const sentAsIs = async (withWorkers: boolean): Promise<{ page: Page; workers: string[] }> => {
      const other = await page.context().newPage();
      const started: string[] = [];
      other.on('worker', (worker) => started.push(worker.url()));
      await other.route(/\/api\/explorer-items\?/, async (route) => {
        const json = await (await route.fetch()).body();
        await route.fulfill({ status: 200, contentType: 'application/gzip', body: gzipSync(json) });
      });
      if (!withWorkers) await other.addInitScript(() => Reflect.deleteProperty(window, 'Worker'));
      await other.goto('/');
      await waitForTimeline(other);
      return { page: other, workers: started };
    };
    for (const withWorkers of [true, false]) {
      const other = await sentAsIs(withWorkers);
      expect(await drawnEntryCount(other.page)).toBe(TOTAL_ENTRIES);
      expect(other.workers).toHaveLength(withWorkers ? 1 : 0);
      await other.page.close();
    }

    // No DecompressionStream: the plain JSON.
    asked.length = 0;
    await page.addInitScript(() => Reflect.deleteProperty(window, 'DecompressionStream'));
    await page.reload();
    await waitForTimeline(page);
    expect(await drawnEntryCount(page)).toBe(TOTAL_ENTRIES);
    expect(asked.some((search) => /^\?v=[0-9a-f]{16}$/.test(search))).toBe(true);
  });

  test('the timeline is built from the entries as they arrive, before the rest of the explorer renders them', async ({ page }) => {
    await page.goto('/');
    await waitForTimeline(page);
    // The explorer's own marks on its way (app/_components/timeline/load-steps.ts).
    const steps = await page.waitForFunction((prefix) => {
      const at = (step: string) => performance.getEntriesByName(`${prefix}${step}`, 'mark')[0]?.startTime;
      const rendered = at('entries-rendered');
      return rendered === undefined ? null : { unpacked: at('entries-unpacked'), created: at('timeline-created'), rendered };
    }, LOAD_STEP_PREFIX);
    const { unpacked, created, rendered } = (await steps.jsonValue()) ?? {};
    expect(unpacked).toBeDefined();
    expect(created).toBeGreaterThanOrEqual(unpacked ?? Infinity);
    expect(rendered).toBeGreaterThan(created ?? Infinity);
  });

  test('a filter ticked before the entries are in shows as pending, then the right figures', async ({ page }) => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/explorer-items**', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/');
    // Hydrated: React has taken over the page, while the entries are still held back.
    await waitForHydration(page);
    await expect(page.getByText(resultCount())).toBeVisible();
    await page.getByRole('checkbox', { name: /日本経済新聞/ }).check();
    await expect(page).toHaveURL(/outlet=/);
    // The server's figures were for no filter: they are not shown as if they were for this one.
    await expect(page.locator('.result-count')).toHaveText('出来事のデータを読み込み中…');
    await expect(page.locator('.explorer-layout')).toHaveAttribute('data-pending', 'true');
    await expect(page.locator('.filter-count').first()).toBeHidden();
    release();
    await expect(page.locator('.result-count')).toHaveText(resultCount(NIKKEI_IDS.length));
    await expect(page.locator('.explorer-layout')).not.toHaveAttribute('data-pending');
    await waitForTimeline(page);
    expect(await drawnEntryCount(page)).toBe(NIKKEI_IDS.length);
  });

  test('when the entries cannot be had, a filter loads the page the server filtered', async ({ page }) => {
    await page.route('**/api/explorer-items**', (route) => route.fulfill({ status: 503, body: 'unavailable' }));
    await page.goto('/');
    await expect(page.getByRole('alert').filter({ hasText: '出来事のデータを読み込めませんでした' })).toBeVisible();
    await markPage(page);
    await page.getByRole('checkbox', { name: /日本経済新聞/ }).check();
    await expect(page).toHaveURL(/outlet=/);
    await expect(page.locator('.result-count')).toHaveText(resultCount(NIKKEI_IDS.length));
    expect(await pageWasNotReloaded(page)).toBe(false);
    await expect(page.getByRole('checkbox', { name: /日本経済新聞/ })).toBeChecked();
  });

  test('clicking an event opens its summary, whole and clean', async ({ page }) => {
    await page.goto('/');
    await waitForTimeline(page);
    // The year index filters to its year (from/to) and shows it.
    await page.getByRole('link', { name: `2025年 ${countEntries({ year: 2025 })}件` }).click();
    await expect(page).toHaveURL(/\?from=2025&to=2025$/);
    await waitForTimeline(page);
    const box = page.locator('.vis-item.vis-box[data-id="2507-062601"]');
    await box.click();
    await expect(box).toHaveClass(/vis-selected/);
    const details = panel(page);
    await expect(details.getByRole('heading', { level: 2 })).toHaveText('自衛隊とオランダ軍の燃料・弾薬融通、日蘭が交渉開始');
    const summary = await details.locator('h3:has-text("要旨") + p').textContent();
    expect(summary?.trim()).toMatch(/深める。$/);
    expect(summary).not.toContain('/td>');
    // The day it happened (25日, says the summary), then the report's day: the digest's 00:00 is a
    // placeholder, not a time, so neither has a time.
    await expect(details.locator('time')).toHaveText(['2025年6月25日(水)', '2025年6月26日(木)']);
    await expect(details.locator('time').first()).toHaveAttribute('datetime', '2025-06-25');
    await expect(details.locator('time').nth(1)).toHaveAttribute('datetime', '2025-06-26');
    await expect(details).toContainText('（報道 2025年6月26日(木)）');
    await expect(details).toContainText('日本経済新聞');
    await expect(details).toContainText('2507-062601');
    await expect(details.getByRole('link', { name: 'この出来事のページ' })).toHaveAttribute('href', '/events/2507-062601');
    await expect(details.getByRole('link', { name: 'オランダ', exact: true })).toHaveAttribute('href', /partner=NL/);
    await expect(page).toHaveURL(/\?from=2025&to=2025&event=2507-062601$/);
  });

  test('shows the aggregator an article came through and where a cross-reference leads', async ({ page }) => {
    await page.goto('/?event=2306-051019');
    const details = panel(page);
    await expect(details).toContainText('CNN(Yahoo経由)');
    // 2306-050317 (時事 2023.05.03) is not in the chronology.
    const refs = details.locator('h3:has-text("関連記事") + ul');
    await expect(refs).toContainText('時事');
    await expect(refs).toContainText('2023年5月3日');
    await expect(refs).toContainText('この年表には収録されていません');
  });

  test('filtering by outlet leaves only that outlet in the timeline, the counts and the list', async ({ page }) => {
    await page.goto('/');
    await waitForTimeline(page);
    await markPage(page);
    await page.getByRole('checkbox', { name: /日本経済新聞/ }).check();
    await expect(page).toHaveURL(/\?outlet=nikkei$/);
    await expect(page.getByText(resultCount(NIKKEI_IDS.length))).toBeVisible();
    await waitForTimeline(page);
    expect(await drawnEntryCount(page)).toBe(NIKKEI_IDS.length);
    for (const id of await boxIds(page)) expect(NIKKEI_IDS).toContain(id);
    // Counts of the other options follow: NATO among Nikkei's.
    await expect(page.getByRole('checkbox', { name: /^NATO/ }).locator('xpath=..')).toContainText(`${countEntries({ outlets: ['nikkei'], partners: ['NATO'] })}件`);

    await page.getByRole('link', { name: '一覧', exact: true }).click();
    await expect(page).toHaveURL(/\?outlet=nikkei&view=list$/);
    const articles = page.locator('.event-list article');
    await expect(articles).toHaveCount(NIKKEI_IDS.length);
    for (const text of await articles.allTextContents()) expect(text).toContain('日本経済新聞');
    expect(await pageWasNotReloaded(page)).toBe(true);
  });

  test('filtering by partner leaves only events with that partner, and the URL says so', async ({ page }) => {
    await page.goto('/?view=list');
    await page.getByRole('checkbox', { name: /ラトビア/ }).check();
    await expect(page).toHaveURL(/\?partner=LV&view=list$/);
    await expect(page.locator('.event-list article')).toHaveCount(1);
    await expect(page.locator('.event-list article h4')).toHaveText('日本 ラトビア首脳会談両国を「戦略的パートナー」に格上げ');

    await page.getByRole('link', { name: 'タイムライン', exact: true }).click();
    await waitForTimeline(page);
    expect(await boxIds(page)).toEqual(['2506-051915']);
    await expect(clusters(page)).toHaveCount(0);

    await page.getByRole('checkbox', { name: /^EU/ }).check();
    // Lists are kept in the options' order (EU before the states), whatever the order of the clicks.
    await expect(page).toHaveURL(/\?partner=EU,LV$/);
    await waitForTimeline(page);
    expect(await drawnEntryCount(page)).toBe(countEntries({ partners: ['EU', 'LV'] }));
  });

  test('the free-text search finds Japanese whatever the width of the characters', async ({ page }) => {
    await page.goto('/?view=list');
    await page.getByRole('searchbox', { name: 'キーワード' }).fill('ＡＣＳＡ');
    await expect(page).toHaveURL(/q=%EF%BC%A1%EF%BC%A3%EF%BC%B3%EF%BC%A1/);
    await expect(page.locator('.event-list article')).toHaveCount(1);
    await expect(page.locator('.event-list article')).toContainText('オランダ');
  });

  test('a deep link restores the filters, the search, the kind and the open event', async ({ page }) => {
    await page.goto('/?outlet=nikkei&partner=NATO&q=NATO&kind=news&event=2408-071201');
    await expect(page.getByRole('checkbox', { name: /日本経済新聞/ })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: /^NATO/ })).toBeChecked();
    await expect(page.getByRole('searchbox', { name: 'キーワード' })).toHaveValue('NATO');
    await expect(page.getByRole('radio', { name: /報道/ })).toBeChecked();
    await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('日本とNATO、専用の通信回線新設を決定 秘匿情報扱う');
    await waitForTimeline(page);
    await expect(page.locator('.vis-item.vis-box.vis-selected[data-id="2408-071201"]')).toBeVisible();
    for (const id of await boxIds(page)) expect(NIKKEI_IDS).toContain(id);
    // The 2+2 of 28 July 2024 shares NATO and is within 90 days: it is offered as related.
    await expect(panel(page).getByRole('link', { name: /日米安全保障協議委員会/ })).toHaveAttribute('href', '/statements/2024-07-28-japan-us-2plus2');
  });

  test('a deep link with invalid values drops them and says so', async ({ page }) => {
    await page.goto(`/?outlet=nikkei,bbc&partner=XX&q=${'あ'.repeat(201)}&kind=tweet&event=0000-000000`);
    const notice = page.getByRole('status');
    await expect(notice).toContainText('URLの一部を読み取れなかったため、無視しました。');
    await expect(notice).toContainText('報道機関「bbc」は見つかりません');
    await expect(notice).toContainText('相手国・機関「XX」は見つかりません');
    await expect(notice).toContainText('キーワードが長すぎます(201文字、200文字まで)');
    await expect(notice).toContainText('種類「tweet」はありません');
    await expect(notice).toContainText('出来事「0000-000000」は見つかりません');
    await expect(page.getByRole('checkbox', { name: /日本経済新聞/ })).toBeChecked();
    await expect(page.getByText(resultCount(NIKKEI_IDS.length))).toBeVisible();
    await expect(panel(page)).toHaveCount(0);
  });

  test('back and forward step through filters and selections without a page load', async ({ page }) => {
    await page.goto('/');
    await waitForTimeline(page);
    await markPage(page);
    await page.getByRole('checkbox', { name: /日本経済新聞/ }).check();
    await expect(page).toHaveURL(/\?outlet=nikkei$/);
    await page.getByRole('checkbox', { name: /^NATO/ }).check();
    await expect(page).toHaveURL(/\?outlet=nikkei&partner=NATO$/);
    await expect(page.getByText(resultCount(countEntries({ outlets: ['nikkei'], partners: ['NATO'] })))).toBeVisible();
    await page.getByRole('link', { name: `2024年 ${countEntries({ outlets: ['nikkei'], partners: ['NATO'], year: 2024 })}件` }).click();
    await waitForTimeline(page);
    await page.locator('.vis-item.vis-box[data-id="2408-071201"]').click();
    await expect(page).toHaveURL(/\?outlet=nikkei&partner=NATO&from=2024&to=2024&event=2408-071201$/);
    await expect(panel(page)).toBeVisible();

    await page.goBack();
    await expect(page).toHaveURL(/\?outlet=nikkei&partner=NATO&from=2024&to=2024$/);
    await expect(panel(page)).toHaveCount(0);
    await page.goBack();
    await expect(page).toHaveURL(/\?outlet=nikkei&partner=NATO$/);
    await page.goBack();
    await expect(page).toHaveURL(/\?outlet=nikkei$/);
    await expect(page.getByRole('checkbox', { name: /^NATO/ })).not.toBeChecked();
    await expect(page.getByText(resultCount(NIKKEI_IDS.length))).toBeVisible();
    await page.goBack();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByText(resultCount())).toBeVisible();
    await expect(page.getByRole('checkbox', { name: /日本経済新聞/ })).not.toBeChecked();

    await page.goForward();
    await expect(page).toHaveURL(/\?outlet=nikkei$/);
    await expect(page.getByRole('checkbox', { name: /日本経済新聞/ })).toBeChecked();
    await page.goForward();
    await page.goForward();
    await page.goForward();
    await expect(page).toHaveURL(/event=2408-071201$/);
    await expect(panel(page).getByRole('heading', { level: 2 })).toContainText('専用の通信回線');
    expect(await pageWasNotReloaded(page)).toBe(true);
  });

  test('a resolved cross-reference and a partner link change the selection and the filters in place', async ({ page }) => {
    await page.goto('/?event=2507-062601');
    await waitForTimeline(page);
    await markPage(page);
    await panel(page).getByRole('link', { name: 'オランダ', exact: true }).click();
    await expect(page).toHaveURL(/\?partner=NL&event=2507-062601(&window=[^&]+)?$/);
    await expect(page.getByText(resultCount(countEntries({ partners: ['NL'] })))).toBeVisible();
    await panel(page).getByRole('link', { name: /前の出来事/ }).click();
    await expect(page).toHaveURL(/\?partner=NL&event=2407-061215(&window=[^&]+)?$/);
    await expect(panel(page).getByRole('heading', { level: 2 })).toContainText('各国海空軍が続々日本へ');
    expect(await pageWasNotReloaded(page)).toBe(true);
  });

  test('statements are drawn apart from news and open with their lead and full text link', async ({ page }) => {
    await page.goto('/?kind=statement');
    await waitForTimeline(page);
    const statementBoxes = page.locator('.vis-item.vis-box.tl-statement');
    expect(await drawnEntryCount(page)).toBe(4);
    await expect(page.locator('.vis-item.vis-box.tl-news')).toHaveCount(0);
    await statementBoxes.first().click();
    const details = panel(page);
    await expect(details.getByRole('heading', { level: 3, name: 'リード' })).toBeVisible();
    await expect(details.getByRole('link', { name: '全文を読む' })).toHaveAttribute('href', /^\/statements\//);
  });

  test('lanes split the timeline by kind', async ({ page }) => {
    await page.goto('/');
    await waitForTimeline(page);
    await page.getByRole('combobox', { name: 'レーン' }).selectOption('kind');
    await expect(page.locator('.timeline-canvas .vis-label')).toHaveText(['報道', '声明・会見']);
    await page.getByRole('combobox', { name: 'レーン' }).selectOption('partner');
    await expect(page.locator('.timeline-canvas .vis-label')).toHaveText(['NATO', 'EU', '欧州諸国', 'その他']);
  });

  test('@dates an event of 15 April 2013 sits on 15 April on the axis and in the panel', async ({ page }) => {
    // A link to the event and to ten days around it (the window names local days, so the axis shows
    // days in any time zone); zooming itself is the first test's.
    await page.goto('/?event=1305-041501&window=2013-04-11..2013-04-21');
    await waitForTimeline(page);
    const details = panel(page);
    await expect(details.locator('time').first()).toHaveAttribute('datetime', '2013-04-15');
    await expect(details.locator('time').first()).toHaveText('2013年4月15日(月)');
    expect(await axisLabels(page)).toEqual(expect.arrayContaining(['15日', '16日']));
    const box = page.locator('.vis-item.vis-box[data-id="1305-041501"]');
    await expect(box).toBeVisible();
    const day = page.locator('.timeline-canvas .vis-time-axis .vis-text.vis-minor', { hasText: /^15日$/ });
    await expect(day).toBeVisible();
    const [boxRect, dayRect, nextDayRect] = await Promise.all([
      box.boundingBox(),
      day.boundingBox(),
      page.locator('.timeline-canvas .vis-time-axis .vis-text.vis-minor', { hasText: /^16日$/ }).boundingBox(),
    ]);
    if (!boxRect || !dayRect || !nextDayRect) throw new Error('axis or item not laid out');
    // The oldest entries open to the right: the box's left edge is the entry's moment (local midnight).
    const dayWidth = nextDayRect.x - dayRect.x;
    expect(Math.abs(boxRect.x - dayRect.x)).toBeLessThan(dayWidth / 4);
  });

  test('@dates the list gives machine-readable dates of the day as written', async ({ page }) => {
    await page.goto('/?view=list&q=政治宣言');
    const time = page.locator('.event-list article time');
    await expect(time).toHaveAttribute('datetime', '2013-04-15');
    await expect(time).toHaveText('2013年4月15日(月)');
    // The day it happened (29日午後) beside the report's day and time, neither shifted.
    await page.goto('/?view=list&q=協力計画を早期改定');
    await expect(page.locator('.event-list article time[data-date="happened"]')).toHaveAttribute('datetime', '2022-06-29');
    await expect(page.locator('.event-list article time[data-date="reported"]')).toHaveAttribute('datetime', '2022-06-30T00:34');
    await expect(page.locator('.event-list article').first()).toContainText('2022年6月29日(水)（報道 2022年6月30日(木) 00:34）');
  });
});
