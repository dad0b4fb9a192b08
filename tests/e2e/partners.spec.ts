import { expect, test } from '@playwright/test';
import { partnerGazetteer } from '../../lib/gazetteer/partners';
import { resultCount, seriousViolations } from './explorer-helpers';
import { apiEntries, chartBars, chartTable, expectBarsMatchTable, perYearAndKind } from './partners-helpers';

test.describe('partner pages', () => {
  // Every partner's figures against the API: tests/unit/data/profiles.test.ts. Here, one page as a reader sees it.
  test('a partner page counts what /api/events?partner= answers, in total and per year and kind, and its chart draws what its table says', async ({ page, request }) => {
    test.slow(); // with its page's axe scan, which takes seconds on a busy machine
    const entries = await apiEntries(request, 'partner=NATO');
    const expected = perYearAndKind(entries);
    await page.goto('/partners/NATO');
    await expect(page.getByTestId('partner-total')).toHaveAttribute('data-total', String(entries.length));
    const table = await chartTable(page, 'kind-chart');
    for (const row of table) {
      const want = expected.get(row.year) ?? { news: 0, statement: 0 };
      expect({ year: row.year, ...row.values }).toEqual({ year: row.year, news: want.news, statement: want.statement });
      expect(row.total).toBe(want.news + want.statement);
    }
    // No year of the API's answer is missing from the table.
    for (const year of expected.keys()) expect(table.map((row) => row.year)).toContain(year);
    const chart = page.getByRole('img', { name: /NATOの年別件数/ });
    await expect(chart).toBeVisible();
    expectBarsMatchTable(await chartBars(page, 'kind-chart', 'height'), table);
    // The table is there for everyone, one click away.
    await page.getByText('件数を表で見る').click();
    await expect(page.locator('table[data-chart-table="kind-chart"]')).toBeVisible();
    // The page, its table open: no serious or critical accessibility violation.
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('lists its statements, outlets and co-occurring partners as links, and leads to the explorer', async ({ page, request }) => {
    const entries = await apiEntries(request, 'partner=NATO');
    await page.goto('/partners/NATO');
    const statements = page.locator('section', { has: page.getByRole('heading', { name: '声明・会見' }) }).getByRole('link');
    await expect(statements).toHaveCount(entries.filter((entry) => entry.kind === 'statement').length);
    const outletKeys = new Set(entries.flatMap((entry) => (entry.outlet ? [entry.outlet.key] : [])));
    const outletLinks = page.locator('section', { has: page.getByRole('heading', { name: '報道した報道機関' }) }).getByRole('link');
    expect(new Set(await outletLinks.evaluateAll((links) => links.map((link) => link.getAttribute('href'))))).toEqual(new Set([...outletKeys].map((key) => `/outlets/${key}`)));
    const coPartners = new Set(entries.flatMap((entry) => entry.partners).filter((code) => code !== 'NATO'));
    const partnerLinks = page.locator('section', { has: page.getByRole('heading', { name: '同じ出来事に登場する相手国・機関' }) }).getByRole('link');
    expect(new Set(await partnerLinks.evaluateAll((links) => links.map((link) => link.getAttribute('href'))))).toEqual(new Set([...coPartners].map((code) => `/partners/${code}`)));
    await expect(page.getByRole('link', { name: 'NATOの出来事を年表で見る' })).toHaveAttribute('href', '/?partner=NATO');
    // The first and the latest entry are the API's first and last.
    const firstAndLatest = page.locator('section', { has: page.getByRole('heading', { name: '最初と最新の記録' }) }).getByRole('link');
    const hrefs = await firstAndLatest.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(hrefs[0]).toContain(entries[0]?.id ?? 'none');
    expect(hrefs[1]).toContain(entries.at(-1)?.id ?? 'none');
  });

  test('the explorer’s panel links each partner of the entry to its page, beside the chips that filter', async ({ page, request }) => {
    const entries = await apiEntries(request, 'partner=NATO');
    const entry = entries.find((candidate) => candidate.partners.length > 1) ?? entries[0];
    expect(entry).toBeDefined();
    await page.goto(`/?event=${encodeURIComponent(entry!.id)}`);
    const pageLinks = page.locator('aside.detail-panel').getByTestId('panel-partner-page');
    await expect(pageLinks).toHaveCount(entry!.partners.length);
    expect(await pageLinks.evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual(entry!.partners.map((code) => `/partners/${code}`));
    // Named apart from the chip beside it, which filters: 「NATOのページ」.
    await page.locator('aside.detail-panel').getByRole('link', { name: 'NATOのページ' }).click();
    await expect(page).toHaveURL(/\/partners\/NATO$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('NATO');
  });

  test('reads codes without regard to case and redirects to the canonical one', async ({ page }) => {
    await page.goto('/partners/nato');
    await expect(page).toHaveURL(/\/partners\/NATO$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('NATO');
  });

  test('an unknown code is the 404 page', async ({ page }) => {
    for (const url of ['/partners/ZZ', '/partners/%3Cscript%3E', '/outlets/no-such-outlet']) {
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(404);
      await expect(page.getByRole('heading', { name: 'ページが見つかりません' })).toBeVisible();
    }
  });

  test('a partner with no entries still has a page that says so', async ({ page, request }) => {
    const present = new Set((await apiEntries(request)).flatMap((entry) => entry.partners));
    const absent = partnerGazetteer.find((entry) => !present.has(entry.code));
    if (!absent) throw new Error('the fixture names every partner of the gazetteer: add one to the gazetteer for this test');
    const response = await page.goto(`/partners/${absent.code}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByTestId('no-entries')).toHaveText('この相手国・機関の出来事は、現在のデータにはまだ収録されていません。');
    await page.goto('/partners');
    await expect(page.locator('section', { has: page.getByRole('heading', { name: '現在のデータに記録がない相手' }) }).getByRole('link', { name: absent.nameJa, exact: true })).toHaveAttribute('href', `/partners/${absent.code}`);
    // A code with a page is one the filters take: no entry, and no notice that it is unknown.
    const api = await request.get(`/api/events?partner=${absent.code}`);
    expect(api.status()).toBe(200);
    expect((await api.json()).count).toBe(0);
    await page.goto(`/?partner=${absent.code}&view=list`);
    await expect(page.getByText(resultCount(0))).toBeVisible();
    await expect(page.getByText('見つかりません')).toHaveCount(0);
  });

  test('the explorer filters by a partner named in a list of the text (France), with no notice', async ({ page, request }) => {
    const france = await apiEntries(request, 'partner=FR');
    expect(france.length).toBeGreaterThan(0);
    await page.goto('/?partner=FR&view=list');
    await expect(page.getByText(resultCount(france.length))).toBeVisible();
    await expect(page.getByText('見つかりません')).toHaveCount(0);
  });
});

test.describe('the partners × years matrix', () => {
  // Every cell's count against the API: tests/unit/data/profiles.test.ts. Here, the page as drawn:
  // one row's counts against the API, and every cell of every row a count that links to its
  // partner and year, or a dash.
  test('each cell counts what /api/events?partner= answers for that year, and links to that partner and year', async ({ page, request }) => {
    await page.goto('/partners');
    const codes = await page.locator('tbody tr[data-partner]').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-partner') ?? ''));
    const present = [...new Set((await apiEntries(request)).flatMap((entry) => entry.partners))];
    expect(new Set(codes)).toEqual(new Set(present));
    const cells = await page.locator('tr[data-partner] td[data-year]').evaluateAll((tds) =>
      tds.map((td) => ({ code: td.closest('tr')?.getAttribute('data-partner') ?? '', year: Number(td.getAttribute('data-year')), text: td.textContent ?? '', href: td.querySelector('a')?.getAttribute('href') ?? null })),
    );
    for (const cell of cells) {
      if (cell.text === '–') expect(cell.href, `${cell.code} ${cell.year}`).toBeNull();
      else {
        // A count of one or more, written as a plain number, that opens that partner and year.
        expect(cell.text, `${cell.code} ${cell.year}`).toMatch(/^[1-9]\d*$/);
        expect(cell.href, `${cell.code} ${cell.year}`).toBe(`/?partner=${cell.code}&from=${cell.year}&to=${cell.year}`);
      }
    }
    const perYear = perYearAndKind(await apiEntries(request, 'partner=NATO'));
    const nato = cells.filter((cell) => cell.code === 'NATO');
    expect(nato.length).toBeGreaterThan(1);
    for (const cell of nato) {
      const want = perYear.get(cell.year);
      const count = want ? want.news + want.statement : 0;
      expect(cell.text, `NATO ${cell.year}`).toBe(count === 0 ? '–' : String(count));
    }
  });

  test('rows are grouped NATO / EU / European states / others and have their totals', async ({ page }) => {
    test.slow(); // with its page's axe scan, which takes seconds on a busy machine
    await page.goto('/partners');
    await expect(page.locator('tbody[data-region] th[scope="rowgroup"]')).toHaveText(['NATO', 'EU', '欧州諸国', 'その他']);
    const rowTotals = await page.locator('tbody tr[data-partner]').evaluateAll((trs) =>
      trs.map((tr) => {
        const cells = [...tr.querySelectorAll('td')];
        const total = Number(cells.pop()?.textContent);
        return { sum: cells.reduce((sum, td) => sum + (Number(td.textContent) || 0), 0), total };
      }),
    );
    for (const { sum, total } of rowTotals) expect(sum).toBe(total);
    const footer = await page.locator('tfoot td').allTextContents();
    expect(Number(footer.at(-1))).toBe(rowTotals.reduce((sum, row) => sum + row.total, 0));
    expect(await seriousViolations(page)).toEqual([]);
  });

  // Every cell's link against the explorer's count for that partner and year:
  // tests/unit/data/profiles.test.ts. Here, a reader's click on one.
  test('a cell opens the explorer on that partner and year, showing exactly its count', async ({ page }) => {
    await page.goto('/partners');
    const cell = page.locator('tr[data-partner="NATO"] td a').first();
    const href = (await cell.getAttribute('href')) ?? '';
    const count = Number(await cell.textContent());
    expect(href).toMatch(/^\/\?partner=NATO&from=\d{4}&to=\d{4}$/);
    await cell.click();
    await expect(page).toHaveURL(href);
    await expect(page.getByRole('checkbox', { name: /^NATO/ })).toBeChecked();
    await expect(page.getByText(resultCount(count))).toBeVisible();
  });

  test('the header leads to it', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'サイト内' }).getByRole('link', { name: '相手国・機関' }).click();
    await expect(page).toHaveURL(/\/partners$/);
    await expect(page.getByRole('table', { name: '相手国・機関別・年別の件数' })).toBeVisible();
  });
});

test.describe('the year index on /', () => {
  test('stacks each year by partner group, as its table says, and adds up to the year’s entries', async ({ page, request }) => {
    const perYear = perYearAndKind(await apiEntries(request, 'partner=NATO,EU'));
    await page.goto('/?partner=NATO,EU');
    const table = await chartTable(page, 'year-index');
    expect(table.map((row) => row.year)).toEqual([...perYear.keys()].sort());
    for (const row of table) {
      const want = perYear.get(row.year);
      expect(row.total).toBe((want?.news ?? 0) + (want?.statement ?? 0));
      expect(Object.values(row.values).reduce((a, b) => a + b, 0)).toBe(row.total);
    }
    expectBarsMatchTable(await chartBars(page, 'year-index', 'width'), table);
  });

  test('each year links to its range, the other filters kept', async ({ page }) => {
    await page.goto('/?partner=NATO&view=list');
    const link = page.getByRole('link', { name: /^2025年に絞り込む/ });
    await expect(link).toHaveCount(0); // the list view has no year index
    await page.goto('/?partner=NATO');
    await expect(page.getByRole('link', { name: /^2025年に絞り込む/ })).toHaveAttribute('href', '/?partner=NATO&from=2025&to=2025');
  });
});

// Each page's scan at desktop size is in the test that reads it: /partners/NATO and /partners
// above, /outlets/kyodo in outlets.spec.ts; on a phone, /partners in the matrix's test below.
test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  for (const url of ['/partners/NATO', '/outlets/kyodo']) {
    test(`${url} has no serious or critical accessibility violations`, async ({ page }) => {
      await page.goto(url);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }

  test('the matrix scrolls in its own box, the partner column staying in view', async ({ page }) => {
    test.slow(); // with its page's axe scan, which takes seconds on a busy machine
    await page.goto('/partners');
    expect(await seriousViolations(page)).toEqual([]);
    const box = page.getByRole('region', { name: '相手国・機関別・年別の件数' });
    const overflow = await box.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth, page: document.documentElement.scrollWidth }));
    expect(overflow.scroll).toBeGreaterThan(overflow.client);
    expect(overflow.page).toBeLessThanOrEqual(390);
    await box.evaluate((el) => el.scrollBy(300, 0));
    await expect(page.locator('tr[data-partner="NATO"] th')).toBeInViewport();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the matrix, a partner page and its chart and table read in full', async ({ page }) => {
    await page.goto('/partners');
    await expect(page.locator('tr[data-partner="NATO"] td a').first()).toHaveAttribute('href', /^\/\?partner=NATO&from=\d{4}&to=\d{4}$/);
    await page.locator('tr[data-partner="NATO"] th a').click();
    await expect(page).toHaveURL(/\/partners\/NATO$/);
    await expect(page.getByRole('img', { name: /NATOの年別件数/ })).toBeVisible();
    await page.getByText('件数を表で見る').click();
    await expect(page.locator('table[data-chart-table="kind-chart"]')).toBeVisible();
  });

  test('the year index on / is drawn, with its links', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('[data-chart="year-index"] rect[data-series]').first()).toBeVisible();
    await expect(page.getByRole('link', { name: /^2025年に絞り込む/ })).toHaveAttribute('href', '/?from=2025&to=2025');
  });
});
