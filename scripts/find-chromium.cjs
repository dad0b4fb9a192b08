// Finds a Chromium that Playwright can drive, in this order:
//   1. CHROMIUM_PATH (any Chromium or Chrome binary the user names);
//   2. Debian's /usr/bin/chromium;
//   3. Playwright's own download (`npx playwright install chromium`).
// Shared by playwright.config.ts and scripts/ensure-chromium.mjs so both agree. CommonJS because
// Playwright's config loader and plain Node both load it without a transform.
const fs = require('node:fs');

/**
 * Flags that let Chromium run headless as root on a closed network: no sandbox (root), no GPU,
 * and none of the background connections that a machine without internet refuses.
 */
const HEADLESS_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** @returns {{ path: string | undefined, source: string } | null} */
function findChromium(env = process.env) {
  if (env.CHROMIUM_PATH) {
    return fs.existsSync(env.CHROMIUM_PATH) ? { path: env.CHROMIUM_PATH, source: 'CHROMIUM_PATH' } : null;
  }
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (fs.existsSync(candidate)) return { path: candidate, source: 'system' };
  }
  try {
    const { chromium } = require('@playwright/test');
    const bundled = chromium.executablePath();
    if (bundled && fs.existsSync(bundled)) return { path: undefined, source: 'playwright' };
  } catch {
    // @playwright/test not installed or no browser downloaded: fall through.
  }
  return null;
}

module.exports = { findChromium, HEADLESS_FLAGS };
