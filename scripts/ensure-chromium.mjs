// Makes sure the end-to-end tests have a Chromium, or stops with a message that says how to get
// one. Never lets the e2e suite skip silently.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';

const { findChromium } = createRequire(import.meta.url)('./find-chromium.cjs');

const found = findChromium();
if (found) {
  console.log(`e2e: using Chromium from ${found.source}${found.path ? ` (${found.path})` : ''}`);
  process.exit(0);
}

if (process.env.CHROMIUM_PATH) {
  console.error(`e2e: CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, but no file is there.`);
  process.exit(1);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && fs.existsSync('/usr/bin/apt-get')) {
  console.log('e2e: no Chromium found; installing Debian\'s chromium with apt-get (running as root)…');
  const run = (args) => spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  const update = run(['update']);
  const install = update.status === 0 ? run(['install', '-y', '--no-install-recommends', 'chromium']) : update;
  if (install.status === 0 && findChromium()) process.exit(0);
  console.error('e2e: apt-get could not install chromium.');
}

console.error(`e2e: no Chromium to run the end-to-end tests. Get one of these, then run npm test again:
  - Debian/Ubuntu:      sudo apt-get install -y chromium
  - Playwright's own:   npx playwright install chromium
  - any other Chromium: CHROMIUM_PATH=/path/to/chromium npm test`);
process.exit(1);
