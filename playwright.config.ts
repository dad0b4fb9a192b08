import { defineConfig, devices } from '@playwright/test';
import { findChromium, HEADLESS_FLAGS } from './scripts/find-chromium.cjs';
import { APP_FIXTURE_BUILD_DIR } from './tests/app-fixture';

const port = Number(process.env.E2E_PORT ?? 3100);
/** The second app: the same code on a data folder full of markup and script payloads. */
const hostilePort = Number(process.env.E2E_HOSTILE_PORT ?? port + 1);

/**
 * The apps under test, started the way the README starts the app and restarts it on other data.
 * The first is `npm start` (the data check, `next build`, then scripts/serve.ts on PORT, bound to every
 * interface) on the data folder the tests own, into a build folder of its own, so that neither
 * `data/` nor `.next` is involved. The second serves that same build on the hostile data folder,
 * after the same data check, as the README's "Adding data" restarts a build on new data: pages read
 * the data folder when the server starts, so the build holds none of it, and one build is enough.
 */
const apps = [
  { port, dataDir: 'tests/fixtures/app-data', command: 'npm start' },
  { port: hostilePort, dataDir: 'tests/fixtures/hostile-data', command: 'npm run --silent parse -- data --format text && npx tsx scripts/serve.ts' },
];
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
      testIgnore: /hostile[^/]*\.spec\.ts$/,
      use: { ...devices['Desktop Chrome'], timezoneId: 'Asia/Tokyo', locale: 'ja-JP', launchOptions },
    },
    {
      name: 'los-angeles',
      // Dates must not shift by a day west of UTC either; only the date-sensitive tests run here.
      grep: /@dates/,
      testIgnore: /hostile[^/]*\.spec\.ts$/,
      use: { ...devices['Desktop Chrome'], timezoneId: 'America/Los_Angeles', locale: 'ja-JP', launchOptions },
    },
    {
      // The same app built from a data folder full of markup and script payloads.
      name: 'hostile',
      testMatch: /hostile[^/]*\.spec\.ts$/,
      use: { ...devices['Desktop Chrome'], timezoneId: 'Asia/Tokyo', locale: 'ja-JP', launchOptions, baseURL: `http://127.0.0.1:${hostilePort}` },
    },
  ],
  // Playwright starts these one after the other, each once the one before answers: the second
  // serves the build the first made. A build takes 15 s on an idle machine, minutes on a busy one.
  webServer: apps.map((app) => ({
    command: app.command,
    url: `http://127.0.0.1:${app.port}`,
    // SITE_URL: the origin citations name (a kept page never takes it from the request).
    env: { PORT: String(app.port), SITE_URL: `http://127.0.0.1:${app.port}`, CHRONOLOGY_DATA_DIR: app.dataDir, NEXT_DIST_DIR: APP_FIXTURE_BUILD_DIR },
    reuseExistingServer: !process.env.CI,
    timeout: 600_000,
  })),
});
