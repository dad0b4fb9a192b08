import { describe, expect, it } from 'vitest';
import {
  COVERAGE_DAYS,
  dayNumber,
  IMPORTANCE_WEIGHTS,
  MILESTONE_MIN_SCORE,
  MILESTONES_PER_YEAR,
  rankEntries,
  titleTerms,
  type ImportanceInput,
} from '@/lib/explorer/importance';

/** A plain news entry: no signal at all. */
function entry(overrides: Partial<ImportanceInput> & Pick<ImportanceInput, 'id'>): ImportanceInput {
  return { kind: 'news', date: '2023-05-10', title: '防衛装備の輸出を検討', summary: '政府は検討している。', partners: ['NATO'], outlet: 'kyodo', refIds: [], ...overrides };
}

const scoreOf = (entries: ImportanceInput[], id: string) => rankEntries(entries).get(id)?.importance;

describe('importance: each signal on its own', () => {
  it('scores an entry without signals 0', () => {
    expect(scoreOf([entry({ id: 'plain' })], 'plain')).toBe(0);
  });

  it('adds points for a statement', () => {
    expect(scoreOf([entry({ id: 's', kind: 'statement', outlet: null })], 's')).toBe(IMPORTANCE_WEIGHTS.statement);
  });

  it('adds points for a summit or ministerial meeting in the title', () => {
    for (const title of ['日EU首脳が協議', '林外相が訪欧', 'NATO国防相会合に出席', '事務総長と会談']) {
      expect(scoreOf([entry({ id: 'm', title })], 'm'), title).toBe(IMPORTANCE_WEIGHTS.meeting);
    }
  });

  it('adds points for a signed or agreed document in the title, fewer when only the summary has it', () => {
    for (const title of ['共同宣言を発表', '情報保護協定を検討', '計画の改定で合意', '政治文書に署名']) {
      expect(scoreOf([entry({ id: 'd', title })], 'd'), title).toBe(IMPORTANCE_WEIGHTS.document);
    }
    expect(scoreOf([entry({ id: 'd', summary: '交渉開始で合意した。' })], 'd')).toBe(1);
  });

  it('adds points for a first, but not for 初 inside 当初, 最初, 初旬…', () => {
    expect(scoreOf([entry({ id: 'f', title: 'NATO演習に初参加' })], 'f')).toBe(IMPORTANCE_WEIGHTS.first);
    expect(scoreOf([entry({ id: 'f', summary: '日本が参加するのは初めてである。' })], 'f')).toBe(1);
    for (const title of ['当初の計画を変更', '最初の寄港地', '7月初旬に訪問', '年初に発表', '初期の構想', '今年初頭']) {
      expect(scoreOf([entry({ id: 'n', title })], 'n'), title).toBe(0);
    }
  });

  it('adds a point per other outlet reporting the same story within two days (up to two)', () => {
    const story = (id: string, outlet: string, date: string) => entry({ id, outlet, date, title: 'オランダ軍と燃料融通へ' });
    expect(scoreOf([story('a', 'nikkei', '2025-06-26'), story('b', 'kyodo', '2025-06-27')], 'a')).toBe(IMPORTANCE_WEIGHTS.coverage);
    const four = [story('a', 'nikkei', '2025-06-26'), story('b', 'kyodo', '2025-06-25'), story('c', 'jiji', '2025-06-28'), story('d', 'asahi', '2025-06-24')];
    expect(scoreOf(four, 'a')).toBe(2 * IMPORTANCE_WEIGHTS.coverage);
  });

  it('does not count coverage by the same outlet, too far apart, of another partner or without a shared term', () => {
    const base = entry({ id: 'a', outlet: 'nikkei', date: '2025-06-26', title: 'オランダ軍と燃料融通へ', partners: ['NL'] });
    expect(scoreOf([base, { ...base, id: 'b' }], 'a')).toBe(0);
    expect(scoreOf([base, { ...base, id: 'b', outlet: 'kyodo', date: '2025-06-29' }], 'a')).toBe(0);
    expect(scoreOf([base, { ...base, id: 'b', outlet: 'kyodo', partners: ['DE'] }], 'a')).toBe(0);
    expect(scoreOf([base, { ...base, id: 'b', outlet: 'kyodo', title: '首都で記者会見' }], 'a')).toBe(0);
  });

  it('adds a point per other entry citing it in 関連記事 (up to two)', () => {
    const cited = entry({ id: 'x' });
    expect(scoreOf([cited, entry({ id: 'y', refIds: ['x'], partners: ['EU'] })], 'x')).toBe(IMPORTANCE_WEIGHTS.cited);
    const citers = ['p', 'q', 'r'].map((id) => entry({ id, refIds: ['x'], partners: ['EU'] }));
    expect(scoreOf([cited, ...citers], 'x')).toBe(2 * IMPORTANCE_WEIGHTS.cited);
  });

  it('sums the signals', () => {
    expect(scoreOf([entry({ id: 'all', title: '日・NATO首脳、初の政治宣言に署名' })], 'all')).toBe(IMPORTANCE_WEIGHTS.meeting + IMPORTANCE_WEIGHTS.document + IMPORTANCE_WEIGHTS.first);
  });
});

describe('milestones', () => {
  const strong = (id: string, date: string) => entry({ id, date, title: '日・NATO首脳、初の政治宣言に署名' });

  it('makes an entry scoring at least the threshold a milestone, and one below not', () => {
    const ranks = rankEntries([strong('a', '2013-04-15'), entry({ id: 'b', title: '外相が会談' })]);
    expect(ranks.get('a')?.importance).toBeGreaterThanOrEqual(MILESTONE_MIN_SCORE);
    expect(ranks.get('a')?.milestone).toBe(true);
    expect(ranks.get('b')?.milestone).toBe(false);
  });

  it('keeps at most MILESTONES_PER_YEAR automatic milestones a year, the earliest of equals first', () => {
    const many = Array.from({ length: MILESTONES_PER_YEAR + 3 }, (_, index) => strong(`e${String(index).padStart(2, '0')}`, `2022-01-${String(index + 1).padStart(2, '0')}`));
    const ranks = rankEntries([...many, strong('next-year', '2023-01-01')]);
    const chosen = many.filter((one) => ranks.get(one.id)?.milestone).map((one) => one.id);
    expect(chosen).toEqual(many.slice(0, MILESTONES_PER_YEAR).map((one) => one.id));
    expect(ranks.get('next-year')?.milestone).toBe(true);
  });

  it('lets the editor promote (with a label, ranked first) and demote entries', () => {
    const ranks = rankEntries([entry({ id: 'quiet' }), strong('loud', '2013-04-15')], { promote: new Map([['quiet', '転換点']]), demote: new Set(['loud']) });
    expect(ranks.get('quiet')).toEqual({ importance: IMPORTANCE_WEIGHTS.editor, milestone: true, milestoneLabel: '転換点' });
    expect(ranks.get('loud')?.milestone).toBe(false);
    expect(ranks.get('loud')?.importance).toBeGreaterThan(0);
  });
});

describe('the helpers', () => {
  it('counts days by arithmetic, across months, leap days and years', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2024-03-01') - dayNumber('2024-02-28')).toBe(2);
    expect(dayNumber('2023-03-01') - dayNumber('2023-02-28')).toBe(1);
    expect(dayNumber('2025-01-01') - dayNumber('2024-12-31')).toBe(1);
    expect(COVERAGE_DAYS).toBe(2);
  });

  it('takes kanji, katakana and Latin runs of a title as terms, partner codes left out', () => {
    expect(titleTerms('日本とNATO、ACSA交渉開始 オランダ', ['NATO'])).toEqual(['日本', 'ACSA', '交渉開始', 'オランダ']);
  });

  it('scores 100,000 entries quickly', () => {
    const partners = ['NATO', 'EU', 'DE', 'FR', 'GB'];
    const outlets = ['kyodo', 'nikkei', 'jiji', 'asahi'];
    const entries = Array.from({ length: 100_000 }, (_, index) =>
      entry({
        id: `e${index}`,
        date: `20${String(13 + (index % 12)).padStart(2, '0')}-${String(1 + (index % 12)).padStart(2, '0')}-${String(1 + (index % 28)).padStart(2, '0')}`,
        title: `${partners[index % 5]}と防衛協力 第${index % 97}回の会談`,
        partners: [partners[index % 5]!],
        outlet: outlets[index % 4]!,
        refIds: index > 0 && index % 10 === 0 ? [`e${index - 1}`] : [],
      }),
    );
    const started = performance.now();
    const ranks = rankEntries(entries);
    expect(ranks.size).toBe(100_000);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
