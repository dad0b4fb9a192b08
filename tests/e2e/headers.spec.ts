import { expect, test } from '@playwright/test';

// What the running server sends, read from its responses (proxy.ts sets the policy with a
// per-request nonce; next.config.js the other headers).
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
      // Inline scripts run only with this response's nonce: never 'unsafe-inline'.
      expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
      expect(policy.get('script-src')?.filter((source) => /^'nonce-[A-Za-z0-9+/]{22}=='$/.test(source))).toHaveLength(1);
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
    test(`${url}: every script carries this response's nonce, and the nonce is new each time`, async ({ request }) => {
      const nonces: string[] = [];
      for (let attempt = 0; attempt < 2; attempt++) {
        const response = await request.get(url);
        const nonce = /'nonce-([^']+)'/.exec(response.headers()['content-security-policy'] ?? '')?.[1];
        expect(nonce).toBeDefined();
        const scripts = [...(await response.text()).matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag);
        expect(scripts.length).toBeGreaterThan(0);
        for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
        nonces.push(nonce ?? '');
      }
      expect(nonces[0]).not.toBe(nonces[1]);
    });

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

  test('an inline script without the nonce is refused, even one added at run time', async ({ page }) => {
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
