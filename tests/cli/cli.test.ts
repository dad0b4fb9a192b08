import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_FIXTURE_DIGEST, APP_FIXTURE_DIR, APP_FIXTURE_STATEMENTS, fixtureChronology } from '@/tests/app-fixture';
import { parse, parseWith, SPAWN_TIMEOUT_MS } from './spawn';

// The files the tests own; a path as the CLI prints it is relative to the project root.
const digest = path.relative(process.cwd(), APP_FIXTURE_DIGEST);
const { events, statements } = fixtureChronology();

function tempFile(name: string, content: string | Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parse-cli-'));
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

describe('npm run parse', () => {
  it('prints the seed digest as JSON and exits 0 (warnings only)', () => {
    const run = parse('digest', digest);
    expect(run.code).toBe(0);
    const output = JSON.parse(run.stdout);
    expect(output.events).toHaveLength(events.length);
    expect(output.diagnostics.every((d: { severity: string }) => d.severity === 'warning')).toBe(true);
  });

  it('prints a table and FILE:LINE:COL diagnostics with their excerpt in text format', () => {
    const run = parse('digest', digest, '--format', 'text');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^2306-051321 {2}2023-05-13 {2}22:49 {2}sankei/m);
    expect(run.stdout).toContain(`${digest}:3:1: warning trailing-residue`);
    expect(run.stdout).toContain('\n    /td>\n');
  });

  it('exits 1 when the digest has errors', () => {
    const file = tempFile('dup.txt', '年 月 日 出 典 標 題 要 旨 2025.06.26 12:00 日経新聞 一 <2507-062601> 要旨。 2025.06.26 12:00 日経新聞 二 <2507-062601> 要旨。');
    const run = parse('digest', file, '--format', 'text');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`${file}:1:`);
    expect(run.stdout).toContain('error duplicate-id');
  });

  it('exits 1 for an empty file and for a Shift_JIS file, naming the place', () => {
    expect(parse('digest', tempFile('empty.txt', '')).code).toBe(1);
    const sjis = Buffer.from([0x94, 0x4e, 0x20, 0x8c, 0x8e, 0x20, 0x93, 0xfa]); // 年 月 日 in Shift_JIS
    const run = parse('digest', tempFile('sjis.txt', sjis), '--format', 'text');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/sjis\.txt:1:1: error replacement-character .*UTF-8/);
  });

  it('exits 2 with a one-line message for a missing file or bad usage, never a stack trace', () => {
    for (const args of [['digest', 'no/such/file.txt'], ['digest'], ['poem', 'x'], ['digest', digest, '--format', 'xml']]) {
      const run = parse(...args);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^parse: /);
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(run.stdout).toBe('');
    }
  }, 4 * SPAWN_TIMEOUT_MS);

  it('prints a statement as JSON', () => {
    const run = parse('statement', path.join(APP_FIXTURE_STATEMENTS, '2025-08-28-japan-uk-defence-ministers.txt'));
    expect(run.code).toBe(0);
    const { statement } = JSON.parse(run.stdout);
    expect(statement).toMatchObject({ eventDate: '2025-08-28', publishedAt: '2025-09-01T10:45', kind: 'joint-statement' });
  });

  it('checks the whole data folder named by an argument or CHRONOLOGY_DATA_DIR', () => {
    const summary = new RegExp(`: ${events.length} events, ${statements.length} statements, 0 error\\(s\\), \\d+ warning\\(s\\)\\n$`);
    const run = parse('data', APP_FIXTURE_DIR, '--format', 'text');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(summary);
    expect(run.stdout).toContain('statements/2024-07-28-japan-us-2plus2.txt:35:1: warning missing-end-marker');
    const fromEnv = parseWith({ CHRONOLOGY_DATA_DIR: APP_FIXTURE_DIR }, 'data', '--format', 'text');
    expect(fromEnv.code).toBe(0);
    expect(fromEnv.stdout).toMatch(summary);
    const missing = parse('data', 'no/such/folder');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^parse: data folder not found: .*no\/such\/folder/);
  }, 3 * SPAWN_TIMEOUT_MS);

  it('exits 1 for a data folder whose digest has errors, listing them as FILE:LINE:COL', () => {
    const file = tempFile('digest/bad.txt', '年 月 日 出 典 標 題 要 旨 2023.02.30 日経新聞 題 <2303-023001> 要旨。');
    const run = parse('data', path.dirname(path.dirname(file)), '--format', 'text');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('digest/bad.txt:1:19: error invalid-date');
  });
});
