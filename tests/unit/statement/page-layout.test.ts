import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { layoutStatement, type Row } from '@/app/[lang]/statements/_components/layout';
import { paragraphIds } from '@/lib/chronology/statement-anchors';
import { parseStatement } from '@/lib/parser/statement';
import { APP_FIXTURE_STATEMENTS } from '@/tests/app-fixture';

const read = (name: string) => parseStatement(fs.readFileSync(path.join(APP_FIXTURE_STATEMENTS, `${name}.txt`), 'utf8')).statement;
const uk = read('2025-08-28-japan-uk-defence-ministers');
const twoPlusTwo = read('2024-07-28-japan-us-2plus2');
const press = read('2025-11-01-defence-minister-press-conference-kuala-lumpur');
const usRok = read('2025-09-22-japan-us-rok-foreign-ministers');

const idOf = (statement: typeof uk, text: string) => {
  const index = statement.blocks.findIndex((block) => block.text.startsWith(text));
  return paragraphIds(statement).get(index);
};

describe('paragraph anchors', () => {
  it('give the joint statement’s run p-N and en-N, and the meeting summary section-qualified ids', () => {
    expect(idOf(uk, '国際的な安全保障環境が一層厳しさを増す中')).toBe('p-1');
    expect(idOf(uk, '両大臣は、2025年のインド太平洋展開')).toBe('p-5');
    expect(idOf(uk, 'The Ministers welcomed the arrival in Japan')).toBe('en-5');
    expect(idOf(uk, '冒頭、中谷大臣から')).toBe('s1-p-1');
  });

  it('keep p-N for the longest run when every heading restarts at (1)', () => {
    expect(idOf(twoPlusTwo, '日米双方は、演習及び協議を通じて')).toBe('p-1');
    expect(idOf(twoPlusTwo, '冒頭、日本側から')).toBe('s2-p-1');
    expect(idOf(twoPlusTwo, '日米双方は、中国の外交政策が')).toBe('s3-p-1');
  });

  it('are plain p-N when no number repeats, and unique in every statement', () => {
    expect(idOf(usRok, '三者は、日米韓を取り巻く戦略環境')).toBe('p-1');
    for (const statement of [uk, twoPlusTwo, press, usRok]) {
      const ids = [...paragraphIds(statement).values()];
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});

describe('the page layout', () => {
  const kinds = (rows: Row[]) => rows.map((row) => row.kind);

  it('shows the bilingual joint statement as one section: headings side by side, then 16 Japanese–English pairs', () => {
    const sections = layoutStatement(uk);
    expect(sections.map((s) => [s.index, s.bilingual])).toEqual([
      [1, false],
      [2, true],
    ]);
    const joint = sections[1]!;
    expect(joint.heading).toMatchObject({ kind: 'columns' });
    expect(kinds(joint.rows)).toEqual(['columns', ...Array<string>(16).fill('pair')]);
    const fifth = joint.rows[5];
    expect(fifth?.kind === 'pair' && [fifth.ja.id, fifth.en.id]).toEqual(['p-5', 'en-5']);
    // Every block is shown exactly once.
    const shown = sections.flatMap((s) => [s.heading, ...s.rows]).flatMap((row) => {
      if (!row) return [];
      if (row.kind === 'block') return [row.block.index];
      if (row.kind === 'pair') return [row.ja.index, row.en.index];
      if (row.kind === 'columns') return [...row.ja, ...row.en].map((item) => item.index);
      return row.turns.flatMap((turn) => turn.blocks.map((item) => item.index));
    });
    expect(shown.sort((a, b) => a - b)).toEqual(uk.blocks.map((_, index) => index));
  });

  it('groups the press conference’s turns into dialogues of 記者 and 大臣', () => {
    const qa = layoutStatement(press).find((s) => s.index === 3)!;
    expect(kinds(qa.rows)).toEqual(['dialogue']);
    const row = qa.rows[0]!;
    expect(row.kind === 'dialogue' && row.turns.map((turn) => [turn.speaker, turn.blocks.length])).toEqual([
      ['記者', 2],
      ['大臣', 4],
    ]);
  });

  it('keeps the credits before the first heading in a section of their own', () => {
    const [first] = layoutStatement(usRok);
    expect(first?.heading).toBeNull();
    expect(first?.rows.map((row) => row.kind === 'block' && row.block.block.type)).toEqual(['credit', 'credit']);
  });
});
