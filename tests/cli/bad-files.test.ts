import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDigest } from '@/lib/generate/digest';
import { parseAsync as parse, root, runAsync as run, SPAWN_TIMEOUT_MS, type Run } from './spawn';

// Bad files, read by the CLI (`parse digest FILE`) and by the build's data check (`parse data DIR`,
// the first step of `npm run build`): each gets a FILE:LINE:COL diagnostic and the CLI's exit code
// (0 warnings only, 1 errors, 2 unusable), never a stack trace, never a hang.

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bad-files-'));
afterAll(() => fs.rmSync(workDir, { recursive: true, force: true }));

/** A data folder holding one digest file (and nothing else), for the data check. */
function dataFolder(name: string, files: Record<string, string | Buffer>): string {
  const dir = path.join(workDir, name);
  for (const [file, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), content);
  }
  return dir;
}

/** Finished on its own, in time, with no stack trace and no Node error on stderr. */
function expectCleanExit(result: Run): void {
  expect(result.signal, 'killed: it hung or ran past the time limit').toBeNull();
  expect(result.stderr).not.toMatch(/\n\s+at /);
  expect(result.stderr).not.toMatch(/\b(TypeError|RangeError|ReferenceError|URIError)\b/);
}

const HEADER = '年 月 日 出 典 標 題 要 旨 ';
const FIRST = '2025.06.26 12:00 日経新聞 日蘭が交渉開始 <2507-062601> 岩屋毅外相は会談した。 ';
const SECOND_HEAD = '2025.06.24 22:48 共同通信 NATO日本事務所開設を断念 <2507-062438>';

const cases: Array<{ name: string; content: string | Buffer; code: number; diagnostic: RegExp }> = [
  { name: 'an empty file', content: '', code: 1, diagnostic: /:1:1: error empty-input / },
  { name: 'a file of blanks', content: ' \n\u3000\r\n', code: 1, diagnostic: /:1:1: error empty-input / },
  { name: 'a binary file', content: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]), code: 1, diagnostic: /:1:1: error binary-input / },
  // 年 月 日 出 典 in Shift_JIS, then an entry's ASCII.
  { name: 'a Shift_JIS file', content: Buffer.concat([Buffer.from([0x94, 0x4e, 0x20, 0x8c, 0x8e, 0x20, 0x93, 0xfa, 0x20, 0x8f, 0x6f, 0x20, 0x93, 0x54]), Buffer.from(' 2025.06.26 <2507-062601>')]), code: 1, diagnostic: /:1:1: error replacement-character .*UTF-8/ },
  { name: 'a file with no entries', content: `${HEADER}\nこれは本文だけの文書です。\n`, code: 1, diagnostic: /:1:1: error no-entries / },
  { name: 'duplicated IDs', content: `${HEADER}${FIRST}${FIRST}`, code: 1, diagnostic: new RegExp(`:1:${[...HEADER, ...FIRST].length + 1}: error duplicate-id `) },
  { name: 'an entry with no summary at the end (warning only)', content: `${HEADER}${FIRST}${SECOND_HEAD}`, code: 0, diagnostic: /:1:\d+: warning empty-summary / },
];

describe.concurrent('a bad digest file', () => {
  for (const { name, content, code, diagnostic } of cases) {
    const fileName = `${name.replace(/\W+/g, '-')}.txt`;

    it(`${name}: the CLI answers ${code} with FILE:LINE:COL`, async () => {
      const file = path.join(dataFolder(`cli-${fileName}`, { [fileName]: content }), fileName);
      const result = await parse('digest', file, '--format', 'text');
      expectCleanExit(result);
      expect(result.code).toBe(code);
      expect(result.stdout).toMatch(new RegExp(`${escape(file)}${diagnostic.source}`));
    });

    it(`${name}: the build's data check answers ${code} with FILE:LINE:COL`, async () => {
      const dir = dataFolder(`data-${fileName}`, { [`digest/${fileName}`]: content });
      const result = await parse('data', dir, '--format', 'text');
      expectCleanExit(result);
      expect(result.code).toBe(code);
      expect(result.stdout).toMatch(new RegExp(`^digest/${escape(fileName)}${diagnostic.source}`, 'm'));
      expect(result.stdout).toMatch(/\d+ error\(s\), \d+ warning\(s\)\n$/);
    });
  }

  it('the same ID in two digest files: the data check names the second file', async () => {
    const dir = dataFolder('two-digests', { 'digest/a.txt': `${HEADER}${FIRST}`, 'digest/b.txt': `${HEADER}${FIRST}` });
    const result = await parse('data', dir, '--format', 'text');
    expectCleanExit(result);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(new RegExp(`^digest/b\\.txt:1:${[...HEADER, ...FIRST].indexOf('<') + 1}: error duplicate-id .*digest/a\\.txt`, 'm'));
  });

  it('a file over the 64 MB limit: the CLI refuses it in one line (2), the data check reports it unread (1)', async () => {
    const dir = path.join(workDir, 'huge');
    fs.mkdirSync(path.join(dir, 'digest'), { recursive: true });
    const file = path.join(dir, 'digest', 'huge.txt');
    // A sparse file of NUL bytes: no disk and no time to write.
    fs.writeFileSync(file, '');
    fs.truncateSync(file, 65 * 1024 * 1024);
    const cliRun = await parse('digest', file);
    expectCleanExit(cliRun);
    expect(cliRun.code).toBe(2);
    expect(cliRun.stderr).toMatch(/^parse: .*huge\.txt: \d+ bytes is more than the \d+-byte limit\n$/);
    const dataRun = await parse('data', dir, '--format', 'text');
    expectCleanExit(dataRun);
    expect(dataRun.code).toBe(1);
    expect(dataRun.stdout).toMatch(/^digest\/huge\.txt:1:1: error file-too-large \d+ bytes is more than the \d+-byte limit/m);
  }, 2 * SPAWN_TIMEOUT_MS);
});

// A digest cut off in the middle of its last entry (a truncated download or copy): the cut head
// must not be read as the end of the previous entry's summary (which would also give that entry
// the cut one's partners); it is an error at the place of the cut.
describe.concurrent('a digest whose last entry is cut off', () => {
  const truncated = [
    { name: 'in the middle of its ID marker', content: `${HEADER}${FIRST}2025.06.24 22:48 共同通信 NATO日本事務所開設を断念 <2507-0624` },
    { name: 'just before the closing > of its marker', content: `${HEADER}${FIRST}2025.06.24 22:48 共同通信 NATO日本事務所開設を断念 <2507-062438` },
    { name: 'in the middle of its outlet', content: `${HEADER}${FIRST}2025.06.24 22:48 共同通` },
    { name: 'in the middle of its date', content: `${HEADER}${FIRST}2025.06.2` },
  ];
  const cutColumn = [...HEADER, ...FIRST].length + 1;

  for (const { name, content } of truncated) {
    it(`${name}: the data check reports the cut entry at FILE:LINE:COL and exits 1`, async () => {
      const dir = dataFolder(`cut-${name.replace(/\W+/g, '-')}`, { 'digest/cut.txt': content });
      const result = await parse('data', dir, '--format', 'text');
      expectCleanExit(result);
      expect(result.stdout).toMatch(new RegExp(`^digest/cut\\.txt:1:${cutColumn}: error truncated-entry `, 'm'));
      expect(result.code).toBe(1);
    });
  }

  it('none of them crashes or hangs, and the entries before the cut are kept', async () => {
    for (const { content } of truncated) {
      const dir = dataFolder(`cut-now-${content.length}`, { 'digest/cut.txt': content });
      const result = await parse('data', dir);
      expectCleanExit(result);
      expect([0, 1]).toContain(result.code);
      expect(JSON.parse(result.stdout).events.map((event: { id: string }) => event.id)).toContain('2507-062601');
    }
  }, 4 * SPAWN_TIMEOUT_MS);
});

describe.concurrent('the build with bad data', () => {
  // The build is `<data check> && next build`: run its first step exactly as package.json has it.
  const buildScript: string = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).scripts.build;
  const [dataCheck] = buildScript.split(' && ');
  const build = (dir: string) =>
    run('sh', ['-c', `${dataCheck} && echo 'next build would run'`], {
      CHRONOLOGY_DATA_DIR: dir,
      PATH: `${path.join(root, 'node_modules/.bin')}${path.delimiter}${process.env.PATH ?? ''}`,
    });

  it('runs the data check before next build', async () => {
    expect(dataCheck).toBe('tsx scripts/parse.ts data --format text');
  });

  it('stops when the data has errors, listing them as FILE:LINE:COL', async () => {
    const result = await build(dataFolder('build-errors', { 'digest/a.txt': `${HEADER}${FIRST}${FIRST}`, 'digest/empty.txt': '' }));
    expectCleanExit(result);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^digest\/a\.txt:1:\d+: error duplicate-id /m);
    expect(result.stdout).toMatch(/^digest\/empty\.txt:1:1: error empty-input /m);
    expect(result.stdout).toMatch(/, 2 error\(s\), /);
    expect(result.stdout).not.toContain('next build would run');
  });

  it('prints the warnings and goes on when there are only warnings', async () => {
    const result = await build(dataFolder('build-warnings', { 'digest/a.txt': `${HEADER}${FIRST}${SECOND_HEAD}\n余りの行\n` }));
    expectCleanExit(result);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^digest\/a\.txt:1:\d+: warning empty-summary /m);
    expect(result.stdout).toMatch(/^digest\/a\.txt:2:1: warning trailing-residue /m);
    expect(result.stdout).toContain('next build would run');
  });

  it('stops with one line for a missing data folder (2)', async () => {
    const result = await build(path.join(workDir, 'no-such-folder'));
    expectCleanExit(result);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^parse: data folder not found: /);
    expect(result.stdout).not.toContain('next build would run');
  });
});

describe('a 50 MB digest', () => {
  let dir = '';
  let file = '';
  let events = 0;

  beforeAll(() => {
    // About 354 bytes an entry: 142,000 entries make just over 50 MB.
    const { text, ids } = generateDigest(142_000, 7);
    dir = path.join(workDir, 'fifty');
    file = path.join(dir, 'digest', 'generated.txt');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    events = ids.length;
  }, SPAWN_TIMEOUT_MS);

  it('is really 50 MB', async () => {
    expect(fs.statSync(file).size).toBeGreaterThanOrEqual(50 * 1000 * 1000);
  });

  it('the CLI parses it within the time limit, without crashing', async () => {
    const result = await parse('digest', file, '--format', 'text');
    expectCleanExit(result);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n').filter((line) => /^\d{4}-\d{6} /.test(line))).toHaveLength(events);
    expect(result.ms).toBeLessThan(SPAWN_TIMEOUT_MS);
  }, 2 * SPAWN_TIMEOUT_MS);

  it("the build's data check reads it within the time limit, without crashing", async () => {
    const result = await parse('data', dir, '--format', 'text');
    expectCleanExit(result);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`: ${events} events, 0 statements, 0 error\\(s\\), \\d+ warning\\(s\\)\\n$`));
  }, 2 * SPAWN_TIMEOUT_MS);
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
