import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { COMPILE_HINT } from '../../scripts/compile-hints.cjs';
import { APP_FIXTURE_BUILD_DIR } from '../app-fixture';

// What the running server sends, read from its responses (proxy.ts sets the policy, the server
// that keeps pages adds each page's script hashes: lib/http-cache; next.config.js the other headers).
const PAGES = ['/', '/?view=list', '/events/2507-062601', '/statements/2025-08-28-japan-uk-defence-ministers'];

/** A CSP header as a map of directive → sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  );
}

test.describe('security headers', () => {
  const responses = [...PAGES.map((url) => ({ url, status: 200 })), { url: '/api/events', status: 200 }, { url: '/api/events?kind=poem', status: 400 }, { url: '/api/explorer-items', status: 200 }, { url: '/events/0000-000000', status: 404 }];
  for (const { url, status } of responses) {
    test(`${url} carries the security headers`, async ({ request }) => {
      const response = await request.get(url);
      expect(response.status()).toBe(status);
      const headers = response.headers();
      const csp = headers['content-security-policy'];
      expect(csp).toBeDefined();
      const policy = directives(csp ?? '');
      expect(csp).not.toContain('unsafe-eval');
      expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
      expect(policy.get('object-src')).toEqual(["'none'"]);
      expect(policy.get('default-src')).toEqual(["'self'"]);
      expect(policy.get('script-src')).toContain("'self'");
      // Inline scripts run only by the hash of the page's own: never 'unsafe-inline', no nonce.
      expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
      const hashes = policy.get('script-src')?.filter((source) => /^'sha256-[A-Za-z0-9+/]{43}='$/.test(source)) ?? [];
      expect(hashes.length > 0).toBe(headers['content-type']?.startsWith('text/html') ?? false);
      expect(policy.get('script-src')?.filter((source) => source !== "'self'" && !hashes.includes(source))).toEqual([]);
      // Only this origin: no other host, scheme or wildcard may serve scripts.
      expect(policy.get('script-src')?.filter((source) => !source.startsWith("'"))).toEqual([]);
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(headers['permissions-policy']).toMatch(/camera=\(\)/);
      expect(headers['permissions-policy']).toMatch(/geolocation=\(\)/);
      expect(headers['x-frame-options']).toBe('DENY');
      expect(headers['x-powered-by']).toBeUndefined();
    });
  }

  for (const url of PAGES) {
    test(`${url} runs under the policy without a single violation`, async ({ page }) => {
      const violations: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' && /Content[- ]Security[- ]Policy/i.test(message.text())) violations.push(message.text());
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const seen = (Reflect.get(window, '__cspViolations') as string[] | undefined) ?? [];
          seen.push(`${event.violatedDirective} ${event.blockedURI}`);
          Reflect.set(window, '__cspViolations', seen);
        });
      });
      await page.goto(url);
      await page.waitForLoadState('networkidle');
      // The app's own scripts ran under the policy: the timeline was drawn.
      if (url === '/') await expect(page.locator('.timeline-canvas')).toHaveAttribute('data-status', 'ready');
      expect(await page.evaluate(() => Reflect.get(window, '__cspViolations') ?? [])).toEqual([]);
      expect(violations).toEqual([]);
    });
  }

  test('an inline script the page did not ship is refused, even one added at run time', async ({ page }) => {
    await page.goto('/events/2507-062601');
    const outcome = await page.evaluate(
      () =>
        new Promise<{ ran: boolean; violated: string }>((resolve) => {
          document.addEventListener('securitypolicyviolation', (event) =>
            resolve({ ran: Reflect.get(window, '__injectedRan') === true, violated: event.violatedDirective }),
          );
          const script = document.createElement('script');
          script.textContent = 'window.__injectedRan = true;';
          document.body.append(script);
          setTimeout(() => resolve({ ran: Reflect.get(window, '__injectedRan') === true, violated: '' }), 2000);
        }),
    );
    expect(outcome).toEqual({ ran: false, violated: expect.stringMatching(/^script-src/) });
  });
});

// next.config.js marks, after the bundler has written them, the chunks every page runs at load
// (scripts/compile-hints.cjs): the build that `npm start` served must carry the mark on each.
test('every page loads the chunks the build marked for eager compilation', async ({ request }) => {
  const manifest = JSON.parse(fs.readFileSync(path.join(APP_FIXTURE_BUILD_DIR, 'build-manifest.json'), 'utf8')) as { rootMainFiles: string[] };
  const marked = manifest.rootMainFiles.filter((file) => file.endsWith('.js'));
  expect(marked.length).toBeGreaterThan(0);
  for (const file of marked) {
    const chunk = await request.get(`/_next/${file}`);
    expect(chunk.status(), file).toBe(200);
    expect((await chunk.text()).startsWith(`${COMPILE_HINT}\n`), file).toBe(true);
  }
  for (const url of PAGES) {
    const html = await (await request.get(url)).text();
    const scripts = [...html.matchAll(/<script[^>]*\ssrc="\/_next\/([^"]+)"/g)].map((match) => match[1]);
    for (const file of marked) expect(scripts, `${url} loads ${file}`).toContain(file);
  }
});
