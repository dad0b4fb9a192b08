import { evidenceScore, relatedEvidence } from '@/lib/chronology/related';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadChronology } from '@/lib/chronology/load';
import { formatFileDiagnostic } from '@/lib/parser/text-report';
import { RELATED_WINDOW_DAYS } from '@/lib/chronology/related';
import { daysBetween } from '@/lib/chronology/calendar';
import { APP_FIXTURE_DIR } from '@/tests/app-fixture';

function tempDataDir(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chronology-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const HEADER = '年 月 日 出 典 標 題 要 旨 ';

describe('loading the fixture chronology', () => {
  const chronology = loadChronology(APP_FIXTURE_DIR);

  it('has an event per entry id of the digest and a statement per file, with no error', () => {
    const digest = fs.readFileSync(path.join(APP_FIXTURE_DIR, 'digest/japan-nato-eu.txt'), 'utf8');
    const statementFiles = fs.readdirSync(path.join(APP_FIXTURE_DIR, 'statements')).filter((name) => name.endsWith('.txt'));
    expect(chronology.events).toHaveLength(digest.match(/<\d{4}-\d{6}>/g)?.length ?? 0);
    expect(chronology.statements).toHaveLength(statementFiles.length);
    expect(chronology.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(new Set(chronology.statements.map((s) => s.slug)).size).toBe(statementFiles.length);
  });

  it('keeps each event\'s entry exactly as written, with its file, line and column', () => {
    const source = chronology.sources.get('2507-062601')!;
    expect(source).toMatchObject({ file: 'digest/japan-nato-eu.txt', line: 1, column: 19 });
    expect(source.text.startsWith('2025.06.26 00:00 日経新聞 自衛隊とオランダ軍の燃料・弾薬融通、日蘭が交渉開始 <2507-062601> ')).toBe(true);
    expect(source.text.endsWith('深める。/td>')).toBe(true);
    expect(chronology.sources.size).toBe(chronology.events.length);
  });

  it('names the file of every diagnostic, as FILE:LINE:COL', () => {
    const residue = chronology.diagnostics.find((d) => d.code === 'trailing-residue')!;
    expect(formatFileDiagnostic(residue)).toMatch(/^digest\/japan-nato-eu\.txt:2:1: warning trailing-residue /);
  });

  it('links statements and events that share a partner within the window, both ways', () => {
    const { related, events, statements } = chronology;
    let links = 0;
    for (const statement of statements) {
      for (const id of related.eventsByStatement.get(statement.slug) ?? []) {
        const event = events.find((e) => e.id === id)!;
        expect(event.partners.some((p) => statement.partners.includes(p))).toBe(true);
        expect(Math.abs(daysBetween(event.date, statement.eventDate!))).toBeLessThanOrEqual(RELATED_WINDOW_DAYS);
        expect(related.statementsByEvent.get(id)).toContain(statement.slug);
        links++;
      }
    }
    expect(links).toBeGreaterThan(0);
    // The Japan–UK statement (28 Aug 2025) names NATO; 2507-062438 (24 Jun 2025, NATO) is 65 days away.
    const uk = statements.find((s) => s.partners.includes('GB'))!;
    expect(related.eventsByStatement.get(uk.slug)).toContain('2507-062438');
  });

  it('ranks related events by evidence, then closeness in days, each with its evidence', () => {
    const twoPlusTwo = chronology.statements.find((s) => s.slug.includes('2plus2'))!;
    const ids = chronology.related.eventsByStatement.get(twoPlusTwo.slug) ?? [];
    const ranked = ids.map((id) => ({
      score: evidenceScore(relatedEvidence(chronology.related, id, twoPlusTwo.slug)),
      distance: Math.abs(daysBetween(chronology.events.find((e) => e.id === id)!.date, twoPlusTwo.eventDate!)),
    }));
    expect(ranked).toEqual([...ranked].sort((a, b) => b.score - a.score || a.distance - b.distance));
    expect(ranked.every((r) => r.score > 0)).toBe(true);
    expect(ids.length).toBeGreaterThan(1);
  });
});

describe('loading a data folder of the user', () => {
  it('reports an ID repeated across two digest files as an error in the second file', () => {
    const dir = tempDataDir({
      'digest/a.txt': `${HEADER}2025.06.26 12:00 日経新聞 一 <2507-062601> 要旨。`,
      'digest/b.txt': `${HEADER}2025.06.26 12:00 日経新聞 二 <2507-062601> 要旨。`,
    });
    const chronology = loadChronology(dir);
    expect(chronology.events.map((e) => [e.id, e.title, e.file])).toEqual([['2507-062601', '一', 'digest/a.txt']]);
    expect(chronology.diagnostics.map((d) => [d.file, d.code, d.severity])).toEqual([['digest/b.txt', 'duplicate-id', 'error']]);
  });

  it('resolves a cross-reference to an entry of another digest file', () => {
    const dir = tempDataDir({
      'digest/a.txt': `${HEADER}2023.05.10 CNN(Yahoo) 題 <2306-051019> 前。 【関連記事:2306-050317 (時事 2023.05.03)】`,
      'digest/b.txt': `${HEADER}2023.05.03 時事通信(Yahoo) 元 <2306-050317> 要旨。`,
    });
    const chronology = loadChronology(dir);
    expect(chronology.events.find((e) => e.id === '2306-051019')?.refs[0]?.resolved).toBe(true);
  });

  it('works with a digest and no statements', () => {
    const dir = tempDataDir({ 'digest/a.txt': `${HEADER}2025.06.26 12:00 日経新聞 一 <2507-062601> 要旨。` });
    expect(loadChronology(dir).statements).toEqual([]);
  });
});

describe("the data's version", () => {
  it('is a short hash of the files and the newest entry date, the same for the same files', () => {
    const a = loadChronology(APP_FIXTURE_DIR).version;
    expect(a.hash).toMatch(/^[0-9a-f]{10}$/);
    const chronology = loadChronology(APP_FIXTURE_DIR);
    const newest = [...chronology.events.map((e) => e.date)].sort().at(-1);
    expect(a.date! >= newest!).toBe(true);
    expect(loadChronology(APP_FIXTURE_DIR).version).toEqual(a);
  });

  it('changes when one character of a file changes', () => {
    const entry = `${HEADER}2025.06.26 12:00 日経新聞 一 <2507-062601> 要旨。`;
    const before = loadChronology(tempDataDir({ 'digest/a.txt': entry })).version;
    const after = loadChronology(tempDataDir({ 'digest/a.txt': entry.replace('要旨', '要約') })).version;
    expect(before.date).toBe('2025-06-26');
    expect(after.hash).not.toBe(before.hash);
  });
});
