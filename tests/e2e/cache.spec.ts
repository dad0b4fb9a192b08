import { expect, test, type Page } from '@playwright/test';
import { ja } from '../../lib/i18n/ja';
import { jaPartners } from '../../lib/i18n/ja-partners';
import { fixtureChronology } from '../app-fixture';

// The server `npm start` runs keeps each page it renders (lib/http-cache): what a reader and a
// shared cache see of that, and that the hashed script policy lets each page run, and no other.

const event = fixtureChronology().events[0]!;
const statement = fixtureChronology().statements[0]!;
const KEPT_PAGES = ['/', `/events/${event.id}`, `/statements/${statement.slug}`];

/** Collects the page's CSP violations from the moment it starts loading. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (violation) => {
      const seen = (Reflect.get(window, '__cspViolations') as string[] | undefined) ?? [];
      seen.push(`${location.pathname}: ${violation.violatedDirective} ${violation.blockedURI}`);
      Reflect.set(window, '__cspViolations', seen);
    });
  });
  return async () => (await page.evaluate(() => Reflect.get(window, '__cspViolations') ?? [])) as string[];
}

test.describe('pages served from cache', () => {
  for (const url of KEPT_PAGES) {
    test(`${url} may be kept by a shared cache, and a reader revalidates it with a 304`, async ({ request }) => {
      const first = await request.get(url);
      expect(first.status()).toBe(200);
      const headers = first.headers();
      expect(headers['cache-control']).toMatch(/^public\b.*\bs-maxage=\d+.*\bstale-while-revalidate=\d+/);
      expect(headers['x-chronology-version']).toBe(fixtureChronology().version.hash);
      const etag = headers['etag'] ?? '';
      expect(etag).toMatch(/^"[^"]+"$/);
      const again = await request.get(url, { headers: { 'if-none-match': etag } });
      expect(again.status()).toBe(304);
      expect(again.headers()['etag']).toBe(etag);
      // Another reader's host, language and cookies get the same page.
      const other = await request.get(url, { headers: { 'x-forwarded-host': 'elsewhere.example', 'accept-language': 'en', cookie: 'a=b' } });
      expect(other.headers()['etag']).toBe(etag);
      expect(await other.text()).not.toContain('elsewhere.example');
    });
  }

  test('an API answer is kept for every reader: no Host or X-Forwarded-Host changes it, and a reader revalidates it with a 304', async ({ request, baseURL }) => {
    const url = '/api/export?format=csv&kind=news';
    const first = await request.get(url, { headers: { 'x-forwarded-host': 'elsewhere.example', 'x-forwarded-proto': 'https' } });
    expect(first.status()).toBe(200);
    expect(first.headers()['cache-control']).toMatch(/^public\b.*\bs-maxage=\d+/);
    const body = await first.text();
    // Permalinks name the configured origin (the server's own, in these tests), not the request's host.
    expect(body).toContain(`${baseURL}/events/${event.id}`);
    expect(body).not.toContain('elsewhere.example');
    const etag = first.headers()['etag'] ?? '';
    const other = await request.get(url, { headers: { host: 'other.example' } });
    expect(other.headers()['etag']).toBe(etag);
    expect(await other.text()).toBe(body);
    expect((await request.get(url, { headers: { 'if-none-match': etag } })).status()).toBe(304);
  });

  test('every page runs under its hashed policy without a violation, a kept copy and a client navigation too', async ({ page }) => {
    const violations = await watchViolations(page);
    const partner = fixtureChronology().events.flatMap((entry) => entry.partners)[0] ?? 'NATO';
    for (const url of ['/search?q=NATO', '/partners', `/partners/${partner}`, `/outlets/${event.outlet.key}`, '/embed', '/playground', '/events/0000-000000']) {
      await page.goto(url);
      await page.waitForLoadState('networkidle');
    }
    // The explorer twice: the second time from the server's store.
    for (let visit = 0; visit < 2; visit++) {
      await page.goto('/');
      await expect(page.locator('.timeline-canvas')).toHaveAttribute('data-status', 'ready');
    }
    await page.getByRole('navigation', { name: ja.siteNav }).getByRole('link', { name: jaPartners.navLink }).click();
    await expect(page).toHaveURL(/\/partners$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await violations()).toEqual([]);
  });
});
