import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadChronology } from '@/lib/chronology/load';
import { MAX_LABEL_LENGTH, parseMilestones } from '@/lib/chronology/milestones';
import { toExplorerItems } from '@/lib/explorer/to-explorer-items';

const known = new Set(['1305-041502', '1806-052510', '2024-07-28-japan-us-2plus2']);
const APP_FIXTURE_DIR = path.resolve('tests/fixtures/app-data');

describe('milestones.txt', () => {
  it('reads ids and slugs, labels after a tab or spaces, demotions, comments and blank lines', () => {
    const text = '\uFEFF# turning points\n\n1305-041502\t日・NATO共同政治宣言\n  2024-07-28-japan-us-2plus2   日米「2+2」 \r\n-1806-052510\n';
    const { overrides, diagnostics } = parseMilestones(text, known);
    expect(diagnostics).toEqual([]);
    expect([...overrides.promote]).toEqual([
      ['1305-041502', '日・NATO共同政治宣言'],
      ['2024-07-28-japan-us-2plus2', '日米「2+2」'],
    ]);
    expect([...overrides.demote]).toEqual(['1806-052510']);
  });

  it('reports an unknown id as an error at its line and column', () => {
    const { overrides, diagnostics } = parseMilestones('1305-041502\n\n   9999-999999 ラベル\n', known);
    expect(diagnostics).toMatchObject([{ severity: 'error', code: 'unknown-milestone', line: 3, column: 4, excerpt: '9999-999999' }]);
    expect([...overrides.promote.keys()]).toEqual(['1305-041502']);
  });

  it('reports an unknown demoted id at the id, after the minus', () => {
    expect(parseMilestones('-9999-999999\n', known).diagnostics).toMatchObject([{ code: 'unknown-milestone', line: 1, column: 2 }]);
  });

  it('warns about a second line for the same entry and keeps the first', () => {
    const { overrides, diagnostics } = parseMilestones('1305-041502 一つ目\n1305-041502 二つ目\n', known);
    expect(diagnostics).toMatchObject([{ severity: 'warning', code: 'duplicate-milestone', line: 2, column: 1 }]);
    expect(overrides.promote.get('1305-041502')).toBe('一つ目');
  });

  it('reports malformed lines: not an id, a label on a demotion, an overlong label', () => {
    const long = 'あ'.repeat(MAX_LABEL_LENGTH + 1);
    const { diagnostics } = parseMilestones(`「見出し」\n-1305-041502 ラベル\n1806-052510 ${long}\n-\n`, known);
    expect(diagnostics.map(({ code, line, column }) => ({ code, line, column }))).toEqual([
      { code: 'malformed-milestone', line: 1, column: 1 },
      { code: 'malformed-milestone', line: 2, column: 14 },
      { code: 'malformed-milestone', line: 3, column: 13 },
      { code: 'malformed-milestone', line: 4, column: 1 },
    ]);
    expect(diagnostics.every((d) => d.severity === 'error')).toBe(true);
  });

  it('is read with the data folder: the fixture lists milestones, an unknown id is an error of milestones.txt', () => {
    const chronology = loadChronology(APP_FIXTURE_DIR);
    expect(chronology.milestones.promote.size).toBeGreaterThan(0);
    expect(chronology.diagnostics.filter((d) => d.file === 'milestones.txt')).toEqual([]);
    const items = toExplorerItems(chronology.events, chronology.statements, chronology.related, chronology.milestones);
    for (const [id, label] of chronology.milestones.promote) {
      const item = items.find((one) => one.id === id);
      expect(item?.milestone).toBe(true);
      if (label) expect(item?.shortTitle).toBe(label);
    }

    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'milestones-'));
    fs.cpSync(APP_FIXTURE_DIR, copy, { recursive: true });
    fs.writeFileSync(path.join(copy, 'milestones.txt'), '# a typo\n1305-04150\n');
    const broken = loadChronology(copy);
    expect(broken.diagnostics.filter((d) => d.severity === 'error')).toMatchObject([{ file: 'milestones.txt', code: 'unknown-milestone', line: 2, column: 1 }]);
    fs.rmSync(copy, { recursive: true, force: true });
  });
});
