import { describe, expect, it } from 'vitest';
import { parseDigest } from '@/lib/parser/digest';
import { readEventDate } from '@/lib/parser/digest/event-date';

/** Reads a summary written in an article of `reported` (YYYY-MM-DD); `skip` marks notes and refs. */
function read(summary: string, reported: string, skip: Array<[string]> = []) {
  const [year, month, day] = reported.split('-').map(Number) as [number, number, number];
  const ranges = skip.map(([part]) => ({ start: summary.indexOf(part), end: summary.indexOf(part) + part.length }));
  return readEventDate(summary, { start: 0, end: summary.length }, ranges, { year, month, day });
}

const dateOf = (summary: string, reported: string) => read(summary, reported).eventDate;
const problemOf = (summary: string, reported: string) => read(summary, reported).problem?.code ?? null;

describe('the day an event happened, from the summary', () => {
  it('reads the day of the month in the first sentence, and keeps where it is written', () => {
    const summary = '岩屋毅外相は25日、訪問先のオランダで首相と会談した。両国は28日にも協議する。';
    const { eventDate, problem } = read(summary, '2025-06-26');
    expect(eventDate).toMatchObject({ date: '2025-06-25', endDate: null, status: 'happened' });
    expect(summary.slice(eventDate!.span.start, eventDate!.span.end)).toBe('25日');
    expect(problem).toBeNull();
  });

  it('resolves a day across a month and a year boundary to the nearest such day', () => {
    expect(dateOf('首相は30日、会談した。', '2025-07-01')?.date).toBe('2025-06-30');
    expect(dateOf('外相は31日、電話会談した。', '2025-01-01')?.date).toBe('2024-12-31');
    expect(dateOf('NATOが29日午後(日本時間同日夜)、理事会を開いた。', '2022-06-30')?.date).toBe('2022-06-29');
  });

  it('reads ranges, and marks an announced visit as scheduled', () => {
    expect(dateOf('事務総長が8~10日の日程で訪日し、首相らと会談する。', '2025-04-05')).toMatchObject({ date: '2025-04-08', endDate: '2025-04-10', status: 'scheduled' });
    expect(dateOf('防衛相が8日から10日まで訪欧する予定だ。', '2025-04-05')).toMatchObject({ date: '2025-04-08', endDate: '2025-04-10', status: 'scheduled' });
    expect(dateOf('首相は30日~2日の日程で欧州を訪れる。', '2025-06-28')).toMatchObject({ date: '2025-06-30', endDate: '2025-07-02', status: 'scheduled' });
  });

  it('reads 同日, 前日 and 昨日 against the article, or against the day named before', () => {
    expect(dateOf('政府は同日、方針を決めた。', '2025-06-26')?.date).toBe('2025-06-26');
    expect(dateOf('外相は昨日、会談した。', '2025-06-26')?.date).toBe('2025-06-25');
    expect(dateOf('外相は前日、会談した。', '2025-06-26')?.date).toBe('2025-06-25');
    expect(dateOf('首相は29日に到着し、同日に会談した。', '2025-06-30')?.date).toBe('2025-06-29');
    expect(problemOf('首相は29日に到着し、前日の会議を受けて声明を出した。', '2025-06-30')).toBe('ambiguous-event-date');
  });

  it('counts full-width digits, explicit months and years', () => {
    expect(dateOf('首相が２９日、会談した。', '2025-06-30')?.date).toBe('2025-06-29');
    expect(dateOf('両国は12月30日に署名した。', '2025-01-02')?.date).toBe('2024-12-30');
    expect(dateOf('両国は2024年10月1日に署名した。', '2024-10-03')?.date).toBe('2024-10-01');
  });

  it('keeps "by the Nth" apart from "on the Nth"', () => {
    expect(dateOf('NATO高官が11日までに、案が棚上げされたことを明らかにした。', '2024-07-12')).toMatchObject({ date: '2024-07-11', status: 'by' });
  });

  it('ignores days in quotations, parentheses, cross-references and later sentences, and lengths of days', () => {
    expect(dateOf('外相は「25日に会う」と述べた。', '2025-06-26')).toBeNull();
    expect(dateOf('訓練は3日間にわたった。', '2025-06-26')).toBeNull();
    expect(dateOf('政府は方針を決めた。首相は25日に会談した。', '2025-06-26')).toBeNull();
    const withRef = '【関連記事:2306-050317 (時事 2023.05.03)】首相が会談した。';
    expect(read(withRef, '2023-05-10', [['【関連記事:2306-050317 (時事 2023.05.03)】']]).eventDate).toBeNull();
  });

  it('keeps the reported date, with a warning, for two days in one sentence', () => {
    const summary = '防衛相が11日の記者会見で、16~21日にベルギーを訪問すると発表した。';
    const { eventDate, problem } = read(summary, '2024-10-11');
    expect(eventDate).toBeNull();
    expect(problem?.code).toBe('ambiguous-event-date');
    expect(summary.slice(problem!.span.start, problem!.span.end)).toBe('11日の記者会見で、16~21日');
  });

  it('keeps the reported date, with a warning, for a day that does not exist or one after the article that nothing announces', () => {
    expect(read('首相は31日、会談した。', '2025-07-01')).toMatchObject({ eventDate: null, problem: { code: 'impossible-event-date' } });
    expect(read('首相は28日、会談した。', '2025-06-26')).toMatchObject({ eventDate: null, problem: { code: 'future-event-date' } });
  });
});

describe('the event date in a parsed digest', () => {
  it('sits beside the reported date, and a problem is a positioned warning', () => {
    const text =
      '年 月 日 出 典 標 題 要 旨 2025.06.26 12:00 日経新聞 日蘭が交渉開始 <2507-062601> 岩屋毅外相は25日、オランダで会談した。 ' +
      '2024.10.11 12:35 時事通信 中谷防衛相、16日から訪欧 <2411-101106> 中谷防衛相が11日の記者会見で、16~21日に訪問すると発表した。';
    const { events, diagnostics } = parseDigest(text);
    expect(events.map((event) => [event.id, event.date, event.eventDate?.date ?? null])).toEqual([
      ['2507-062601', '2025-06-26', '2025-06-25'],
      ['2411-101106', '2024-10-11', null],
    ]);
    const warning = diagnostics.find((d) => d.code === 'ambiguous-event-date');
    expect(warning).toMatchObject({ severity: 'warning', line: 1 });
    expect(text.slice(warning!.start, warning!.end)).toBe('11日の記者会見で、16~21日');
  });
});
