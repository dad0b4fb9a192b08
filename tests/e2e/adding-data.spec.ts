import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { APP_FIXTURE_BUILD_DIR, APP_FIXTURE_DIR, fixtureChronology } from '../app-fixture';

// The README's "Adding data", followed on a copy of the fixture: put a new entry at the top of the
// digest's table (newest first, right after its header),
// save a statement article, check the folder, restart. The server is the build the suite made from
// the fixture, started again on the copy: pages read the data at server start, so a new entry
// needs a restart, not a new build.

const NEW_EVENT = {
  id: '2602-012101',
  title: '日EU、海洋安全保障で協力拡大へ',
  entry: ' 2026.01.21 18:30 共同通信 日EU、海洋安全保障で協力拡大へ <2602-012101> 日本とEUは21日、ブリュッセルで安全保障・防衛協議を開き、海洋安全保障での協力拡大で一致した。',
};

// An article as saved from the site, header and footer included (the parser drops them).
const NEW_STATEMENT = {
  file: '2026-01-20-japan-eu-security-defence.txt',
  slug: '2026-01-20-japan-eu',
  title: '日EU安全保障・防衛協議を開催、海洋安全保障で協力(1月20日)',
  text: `日本の防衛と安全保障の今を伝える
[Jディフェンスニュース]

site search

menu

Jディフェンスニュース

日EU安全保障・防衛協議を開催、海洋安全保障で協力(1月20日)

  • 日本の防衛

2026-1-22 10:00

 外務省は令和8(2026)年1月20日(火)、ブリュッセルで開いた日EU安全保障・防衛協議の概要について以下のように発表した。

 1月20日、ブリュッセルにおいて、日本とEUは安全保障・防衛協議を行い、海洋安全保障とサイバー分野での協力の強化を確認した。

 双方は、NATOを含む同志国との連携を深めることでも一致した。

(以上)

Ranking読まれている記事
  • 24時間
bnrname

pagetop
`,
};

const { events, statements } = fixtureChronology();

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilServing(url: string, server: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited with ${server.exitCode}:\n${log()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`next start did not answer ${url} within 2 minutes:\n${log()}`);
}

test.describe('adding data as the README says', () => {
  test.describe.configure({ mode: 'serial' });

  let dataDir = '';
  let server: ChildProcess | undefined;
  let origin = '';

  test.beforeAll(async () => {
    test.setTimeout(240_000);
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chronology-added-'));
    fs.cpSync(APP_FIXTURE_DIR, dataDir, { recursive: true });
    const digestFile = path.join(dataDir, 'digest/japan-nato-eu.txt');
    const digest = fs.readFileSync(digestFile, 'utf8');
    const headerEnd = '年 月 日 出 典 標 題 要 旨'.length;
    expect(digest.slice(0, headerEnd)).toBe('年 月 日 出 典 標 題 要 旨');
    fs.writeFileSync(digestFile, digest.slice(0, headerEnd) + NEW_EVENT.entry + digest.slice(headerEnd));
    fs.writeFileSync(path.join(dataDir, 'statements', NEW_STATEMENT.file), NEW_STATEMENT.text);

    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    let log = '';
    // The server `npm start` runs, with no host: bound to every interface.
    server = spawn(path.resolve('node_modules/.bin/tsx'), [path.resolve('scripts/serve.ts')], {
      env: { ...process.env, PORT: String(port), NEXT_DIST_DIR: APP_FIXTURE_BUILD_DIR, CHRONOLOGY_DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout?.on('data', (chunk) => (log += chunk));
    server.stderr?.on('data', (chunk) => (log += chunk));
    await waitUntilServing(origin, server, () => log);
  });

  test.afterAll(() => {
    server?.kill();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  test('the data check accepts the folder and counts both new entries', () => {
    test.setTimeout(120_000);
    const check = spawnSync('npm', ['run', '--silent', 'parse', '--', 'data', dataDir, '--format', 'text'], { encoding: 'utf8', timeout: 90_000 });
    expect(check.stderr).toBe('');
    expect(check.stdout).toMatch(new RegExp(`: ${events.length + 1} events, ${statements.length + 1} statements, 0 error\\(s\\), \\d+ warning\\(s\\)\\n$`));
    expect(check.status).toBe(0);
  });

  test('the new event has its page', async ({ page }) => {
    const response = await page.goto(`${origin}/events/${NEW_EVENT.id}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(NEW_EVENT.title);
    await expect(page.locator('dl').first()).toContainText('共同通信');
  });

  test('the new statement has its page', async ({ page }) => {
    const response = await page.goto(`${origin}/statements/${NEW_STATEMENT.slug}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(NEW_STATEMENT.title);
    await expect(page.locator('main')).toContainText('海洋安全保障とサイバー分野での協力の強化を確認した。');
    await expect(page.locator('main')).not.toContainText('pagetop');
  });

  test('the list, the explorer and the API count both', async ({ page, request }) => {
    const total = events.length + statements.length + 2;
    await page.goto(`${origin}/?view=list`);
    await expect(page.locator('.result-count')).toHaveText(`全${total}件を表示`);
    await expect(page.locator('.event-list article')).toHaveCount(total);
    for (const title of [NEW_EVENT.title, NEW_STATEMENT.title]) await expect(page.locator('.event-list').getByRole('link', { name: title })).toBeVisible();

    await page.goto(`${origin}/?event=${NEW_EVENT.id}`);
    await expect(page.locator('aside.detail-panel h2')).toHaveText(NEW_EVENT.title);
    await page.goto(`${origin}/?event=${NEW_STATEMENT.slug}`);
    await expect(page.locator('aside.detail-panel h2')).toHaveText(NEW_STATEMENT.title);

    const body = await (await request.get(`${origin}/api/events`)).json();
    expect(body.total).toBe(total);
    expect(body.events.map((entry: { id: string }) => entry.id)).toEqual(expect.arrayContaining([NEW_EVENT.id, NEW_STATEMENT.slug]));
  });
});
