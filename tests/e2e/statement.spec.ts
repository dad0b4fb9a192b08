import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const UK = '/statements/2025-08-28-japan-uk-defence-ministers';
const PRESS = '/statements/2025-11-01-defence-minister-press-conference-malaysia';

/** The bounding boxes of Japanese paragraph 5 and its English counterpart. */
async function paragraphFive(page: Page) {
  const box = async (selector: string) => {
    const found = await page.locator(selector).boundingBox();
    if (!found) throw new Error(`${selector} is not visible`);
    return found;
  };
  return { ja: await box('#p-5'), en: await box('#en-5') };
}

test.describe('the Japan–UK joint statement page', () => {
  test('shows the title, the dates as <time>, the kind, the partners and a link back to the timeline @dates', async ({ page }) => {
    await page.goto(UK);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('中谷防衛大臣が英国防大臣と防衛相会談を実施、共同声明を発表(8月28日)');
    await expect(page.locator('time[datetime="2025-08-28"]').first()).toHaveText('2025年8月28日(木)');
    await expect(page.locator('time[datetime="2025-09-01T10:45"]')).toHaveText('2025年9月1日(月) 10:45');
    const facts = page.getByRole('region', { name: '書誌情報' });
    await expect(facts).toContainText('共同声明');
    await expect(facts).toContainText('英国');
    // Issued by the ministry its lead names; read on the site that carried it.
    await expect(facts.getByRole('definition').filter({ hasText: '防衛省' })).toHaveText('防衛省');
    await expect(facts).toContainText('Jディフェンスニュース');
    await expect(page.getByRole('link', { name: /年表でこの声明を見る/ })).toHaveAttribute('href', '/?event=2025-08-28-japan-uk-defence-ministers');
    await expect(page).toHaveTitle(/中谷防衛大臣が英国防大臣と防衛相会談を実施/);
  });

  test('follows #p-5 to paragraph 5 of the joint statement', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${UK}#p-5`);
    const paragraph = page.locator('#p-5');
    await expect(paragraph).toContainText('両大臣は、2025年のインド太平洋展開');
    await expect(paragraph).toBeInViewport();
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('p-5');
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  });

  test('shows English paragraph 5 beside Japanese paragraph 5 on a wide screen', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(UK);
    await expect(page.locator('#p-5')).toHaveAttribute('lang', 'ja');
    await expect(page.locator('#en-5')).toHaveAttribute('lang', 'en');
    await expect(page.locator('#en-5')).toContainText('The Ministers welcomed the arrival in Japan');
    const { ja, en } = await paragraphFive(page);
    expect(en.x).toBeGreaterThanOrEqual(ja.x + ja.width);
    expect(Math.abs(en.y - ja.y)).toBeLessThan(4);
  });

  test('stacks English paragraph 5 under Japanese paragraph 5 on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(UK);
    const { ja, en } = await paragraphFive(page);
    expect(en.y).toBeGreaterThanOrEqual(ja.y + ja.height);
    expect(Math.abs(en.x - ja.x)).toBeLessThan(4);
    // Nothing sticks out sideways on a narrow screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  test('shows no site chrome, and has no serious or critical accessibility violations', async ({ page }) => {
    test.slow(); // with its page's axe scan, which takes seconds on a busy machine
    await page.goto(UK);
    const text = await page.locator('main').innerText();
    for (const chrome of ['Ranking', '人事発令', 'pagetop', 'bnrname', '次の記事', '24時間']) expect(text).not.toContain(chrome);
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const severe = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(severe.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});

test.describe('the Kuala Lumpur press conference page', () => {
  test('shows the Q&A as turns with visible speaker labels', async ({ page }) => {
    test.slow(); // with its page's axe scan, which takes seconds on a busy machine
    await page.goto(PRESS);
    const dialogue = page.locator('dl').filter({ has: page.locator('dt', { hasText: '記者' }) }).first();
    await expect(dialogue.locator('dt').first()).toHaveText('記者');
    await expect(dialogue.locator('dt').nth(1)).toHaveText('大臣');
    await expect(dialogue.locator('dd').first()).toContainText('今日、初日お疲れ様でした。');
    // The same page: no serious or critical accessibility violation.
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  });
});

test('an unknown statement slug is a 404', async ({ page }) => {
  const response = await page.goto('/statements/no-such-statement');
  expect(response?.status()).toBe(404);
});

test.describe('from the timeline to the full text and back', () => {
  test('opens the Japan–UK statement from the timeline, follows #p-5, and sees paragraph 5 in English beside Japanese', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/?kind=statement&partner=GB');
    const box = page.locator('.vis-item.vis-box.tl-statement');
    await expect(box).toHaveCount(1);
    await box.click();
    await page.locator('aside.detail-panel').getByRole('link', { name: '全文を読む' }).click();
    await expect(page).toHaveURL(new RegExp(`${UK}$`));
    await page.goto(`${UK}#p-5`);
    await expect(page.locator('#p-5')).toBeInViewport();
    await expect(page.locator('#p-5')).toHaveAttribute('lang', 'ja');
    await expect(page.locator('#en-5')).toHaveAttribute('lang', 'en');
    await expect(page.locator('#en-5')).toContainText('UK Carrier Strike Group');
    const { ja, en } = await paragraphFive(page);
    expect(en.x).toBeGreaterThan(ja.x + ja.width - 1);
    expect(Math.abs(en.y - ja.y)).toBeLessThan(40);
  });

  test('lists the related events on the statement page, each leading to its permalink', async ({ page }) => {
    await page.goto(UK);
    const related = page.getByRole('link', { name: /NATO日本事務所開設を断念/ });
    await expect(related).toHaveAttribute('href', '/events/2507-062438');
    await related.click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('NATO日本事務所開設を断念');
    await expect(page.getByRole('link', { name: /中谷防衛大臣が英国防大臣と防衛相会談/ })).toHaveAttribute('href', UK);
  });
});
