import { defineConfig, devices } from '@playwright/test';
import { findChromium, HEADLESS_FLAGS } from './scripts/find-chromium.cjs';

const port = Number(process.env.E2E_PORT ?? 3100);
/** The second app: built from tests/fixtures/hostile-data into .next-builds/hostile (see package.json, build:hostile). */
const hostilePort = Number(process.env.E2E_HOSTILE_PORT ?? port + 1);
const chromium = findChromium();

// Debian's Chromium (or CHROMIUM_PATH) with the flags for running headless as root on a closed
// network; with neither, Playwright's own download and its defaults.
const launchOptions = chromium?.path ? { executablePath: chromium.path, args: [...HEADLESS_FLAGS] } : {};

export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'tokyo',
      testIgnore: /hostile\.spec\.ts$/,
      use: { ...devices['Desktop Chrome'], timezoneId: 'Asia/Tokyo', locale: 'ja-JP', launchOptions },
    },
    {
      name: 'los-angeles',
      // Dates must not shift by a day west of UTC either; only the date-sensitive tests run here.
      grep: /@dates/,
      testIgnore: /hostile\.spec\.ts$/,
      use: { ...devices['Desktop Chrome'], timezoneId: 'America/Los_Angeles', locale: 'ja-JP', launchOptions },
    },
    {
      // The same app built from a data folder full of markup and script payloads.
      name: 'hostile',
      testMatch: /hostile\.spec\.ts$/,
      use: { ...devices['Desktop Chrome'], timezoneId: 'Asia/Tokyo', locale: 'ja-JP', launchOptions, baseURL: `http://127.0.0.1:${hostilePort}` },
    },
  ],
  // Both apps are built by `npm run test:e2e` before Playwright starts; this only serves them.
  webServer: [
    {
      command: `npx next start -p ${port} -H 127.0.0.1`,
      url: `http://127.0.0.1:${port}`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
    {
      command: `npx next start -p ${hostilePort} -H 127.0.0.1`,
      url: `http://127.0.0.1:${hostilePort}`,
      env: { NEXT_DIST_DIR: '.next-builds/hostile', CHRONOLOGY_DATA_DIR: 'tests/fixtures/hostile-data' },
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
  ],
});
