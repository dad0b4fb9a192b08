import { describe, expect, it } from 'vitest';
import { parseStatement } from '@/lib/parser/statement';
import { newsDocument, qaTurnAnchors, statementDocument } from '@/lib/search';

const PRESS_CONFERENCE = [
  '防衛大臣が臨時記者会見 英国との協力について言及(11月1日)',
  '- 日本の防衛',
  '2025-11-6 10:30',
  '防衛省は、記者会見の内容を以下のように発表した。',
  '大臣からの発表事項',
  ' 本日、英国の国防大臣と会談しました。',
  '記者との質疑応答',
  'GCAPについて',
  '記者',
  ' GCAPの進捗について伺います。',
  '大臣',
  ' 順調に進んでいます。',
  ' 年内に契約を結びます。',
  '記者',
  ' 暗号資産の窃取については。',
  '(以上)',
].join('\n');

const JOINT_STATEMENT = [
  '日英防衛相会談を実施、共同声明を発表(8月28日)',
  '- 日本の防衛',
  '2025-9-1 10:45',
  '防衛省は、会談の概要と共同声明を以下のように発表した。',
  '日英防衛相会談 共同声明(2025年8月28日)(仮訳)',
  '1 両大臣は、安全保障は不可分であると確認した。',
  '2 両大臣は、GCAPの重要性を確認した。',
  '(英文)UK-Japan Defence Ministerial Meeting – Joint Statement',
  '1. The Ministers affirmed that security is indivisible.',
  '2. The Ministers affirmed the importance of GCAP.',
  '(以上)',
].join('\n');

describe('searchable units', () => {
  it('make a news event of its title, its summary and each note, without anchors', () => {
    const document = newsDocument({ id: '2508-082801', date: '2025-08-28', time: null, eventDate: null, title: 'T', summary: 'S', notes: ['N1', 'N2'] });
    expect(document.entry).toEqual({ kind: 'news', key: '2508-082801', title: 'T', date: '2025-08-28', time: null });
    // Dated by the day it happened; the report's time does not belong to another day.
    const happened = { date: '2025-08-27', endDate: null, status: 'happened' as const, span: { start: 0, end: 3 } };
    expect(newsDocument({ id: '2508-082801', date: '2025-08-28', time: '09:00', eventDate: happened, title: 'T', summary: 'S', notes: [] }).entry).toMatchObject({ date: '2025-08-27', time: null });
    expect(document.units.map((u) => [u.field, u.text, u.anchor])).toEqual([
      ['title', 'T', null],
      ['summary', 'S', null],
      ['note', 'N1', null],
      ['note', 'N2', null],
    ]);
  });

  it('give a statement’s numbered paragraphs the page’s anchors, p-N and en-N', () => {
    const document = statementDocument(parseStatement(JOINT_STATEMENT).statement);
    const anchors = document.units.filter((u) => u.field === 'paragraph' || u.field === 'english').map((u) => [u.field, u.anchor]);
    expect(anchors).toEqual([
      ['paragraph', 'p-1'],
      ['paragraph', 'p-2'],
      ['english', 'en-1'],
      ['english', 'en-2'],
    ]);
    expect(document.entry.date).toBe('2025-08-28');
  });

  it('number the Q&A turns qa-1, qa-2… in reading order, and each paragraph of a turn qa-N-pK', () => {
    const { statement } = parseStatement(PRESS_CONFERENCE);
    const turns = statementDocument(statement).units.filter((u) => u.field === 'turn');
    expect(turns.map((u) => [u.speaker, u.anchor, u.text])).toEqual([
      ['記者', 'qa-1-p1', 'GCAPの進捗について伺います。'],
      ['大臣', 'qa-2-p1', '順調に進んでいます。'],
      ['大臣', 'qa-2-p2', '年内に契約を結びます。'],
      ['記者', 'qa-3-p1', '暗号資産の窃取については。'],
    ]);
    expect([...qaTurnAnchors(statement.blocks).values()]).toEqual(['qa-1', 'qa-2', 'qa-3']);
  });

  it('give an unnumbered paragraph its place in its section, beside the heading’s own anchor', () => {
    const units = statementDocument(parseStatement(PRESS_CONFERENCE).statement).units;
    const heading = units.find((u) => u.field === 'heading' && u.text === '大臣からの発表事項');
    const paragraph = units.find((u) => u.text === '本日、英国の国防大臣と会談しました。');
    expect(heading?.anchor).toMatch(/^s\d+$/);
    expect(paragraph?.anchor).toBe(`${heading?.anchor}-p1`);
  });
});
