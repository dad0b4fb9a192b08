import http from 'node:http';
import type { AddressInfo } from 'node:net';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const FILTER = 'partner=NATO';

/** A page of another origin (another host name and port) that frames the app. */
function startOtherSite(appOrigin: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const html = `<!doctype html><html lang="en"><head><title>A news article</title></head><body>
<h1>An article</h1>
<iframe name="embed" title="chronology" src="${appOrigin}/embed?${FILTER}" width="800" height="600"></iframe>
<iframe name="home" title="home" src="${appOrigin}/" width="800" height="300"></iframe>
</body></html>`;
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(html);
  });
  return new Promise((resolve) => {
    server.listen(0, 'localhost', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ origin: `http://localhost:${port}`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

test.describe('the embed view', () => {
  test('renders inside an iframe on another origin, and the home page refuses to', async ({ page, baseURL }) => {
    const appOrigin = baseURL ?? '';
    const other = await startOtherSite(appOrigin);
    try {
      expect(new URL(other.origin).origin).not.toBe(new URL(appOrigin).origin);
      await page.goto(other.origin);
      const embed = page.frameLocator('iframe[name="embed"]');
      await expect(embed.getByRole('link', { name: '全画面で見る' }).first()).toBeVisible();
      await expect(embed.locator('main li[data-kind]').first()).toBeVisible();
      // The home page's frame is blocked: it never shows the explorer.
      await expect.poll(() => page.frame({ name: 'home' })?.url() ?? '').toMatch(/^chrome-error:|^about:blank/);
      await expect(page.frameLocator('iframe[name="home"]').locator('.explorer-layout')).toHaveCount(0);
    } finally {
      await other.close();
    }
  });

  test('may be framed by any site, sets no cookie, keeps the hashed script policy; other pages may not be framed', async ({ request }) => {
    const embed = await request.get(`/embed?${FILTER}`);
    expect(embed.status()).toBe(200);
    const headers = embed.headers();
    expect(headers['content-security-policy']).toContain('frame-ancestors https: http:');
    expect(headers['content-security-policy']).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+(;|$)/);
    expect(headers['x-frame-options']).toBeUndefined();
    expect(headers['set-cookie']).toBeUndefined();
    for (const path of ['/', '/embedded', '/events/2507-062601']) {
      const other = await request.get(path);
      expect(other.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(other.headers()['x-frame-options']).toBe('DENY');
    }
  });

  test('shows the filtered entries with no site header or footer, and links to the full view', async ({ page, request }) => {
    const api = (await (await request.get(`/api/events?${FILTER}`)).json()) as { count: number };
    await page.goto(`/embed?${FILTER}`);
    await expect(page.locator('main li[data-kind]')).toHaveCount(Math.min(api.count, 100));
    await expect(page.getByRole('banner').filter({ hasText: '検索' })).toHaveCount(0);
    await expect(page.getByRole('contentinfo')).toHaveCount(0);
    const full = page.getByRole('link', { name: '全画面で見る' }).first();
    await expect(full).toHaveAttribute('href', `/?${FILTER}`);
    await expect(full).toHaveAttribute('target', '_blank');
  });

  test('its list works without JavaScript', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseURL}/embed?${FILTER}`);
    await expect(page.locator('main li[data-kind]').first()).toBeVisible();
    await context.close();
  });

  test('has no axe violations', async ({ page }) => {
    await page.goto(`/embed?${FILTER}`);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});

test.describe('the 埋め込み dialog', () => {
  test('gives the iframe code of the current filters, with copy and preview, and gives focus back', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`/?${FILTER}&view=list`);
    const opener = page.getByRole('button', { name: '埋め込み' });
    await opener.click();
    const dialog = page.getByRole('dialog', { name: 'この表示を埋め込む' });
    await expect(dialog).toBeVisible();
    const code = dialog.getByLabel('埋め込みコード');
    await expect(code).toHaveValue(new RegExp(`^<iframe src="${baseURL}/embed\\?${FILTER}" title="[^"]+" width="100%" height="640"`));
    await dialog.getByRole('button', { name: 'コードをコピー' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());
    await expect(dialog.getByRole('link', { name: '埋め込み表示をプレビュー' })).toHaveAttribute('href', `/embed?${FILTER}`);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();
  });

  test('has no axe violations while open', async ({ page }) => {
    await page.goto('/?view=list');
    await page.getByRole('button', { name: '埋め込み' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    const results = await new AxeBuilder({ page }).include('dialog').analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });
});
