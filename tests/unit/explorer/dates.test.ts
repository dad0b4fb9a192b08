import { describe, expect, it } from 'vitest';
import { dateSpan, dateTimeAttribute, formatJaDate, formatJaDateTime, toLocalDate } from '@/lib/explorer';

describe('dates', () => {
  it('builds a local Date on the same calendar day, whatever the time zone', () => {
    const date = toLocalDate('2013-04-15');
    expect([date.getFullYear(), date.getMonth() + 1, date.getDate(), date.getHours()]).toEqual([2013, 4, 15, 0]);
  });

  it('puts an entry with a time at that local time on its day', () => {
    const date = toLocalDate('2024-07-12', '00:20');
    expect([date.getDate(), date.getHours(), date.getMinutes()]).toEqual([12, 0, 20]);
  });

  it('refuses a string that is not a date', () => {
    expect(() => toLocalDate('2013/04/15')).toThrowError(RangeError);
  });

  it('writes dates the Japanese way, with the weekday, and for <time datetime>', () => {
    expect(formatJaDate('2025-06-26')).toBe('2025年6月26日(木)');
    expect(formatJaDate('2013-04-15')).toBe('2013年4月15日(月)');
    expect(formatJaDateTime('2024-06-12', '17:08')).toBe('2024年6月12日(水) 17:08');
    expect(formatJaDateTime('2018-08-23', null)).toBe('2018年8月23日(木)');
    expect(dateTimeAttribute('2024-06-12', '17:08')).toBe('2024-06-12T17:08');
    expect(dateTimeAttribute('2018-08-23', null)).toBe('2018-08-23');
  });

  it('keeps the weekday of the calendar day, across a daylight saving change and a year boundary', () => {
    expect(formatJaDate('2024-03-10')).toBe('2024年3月10日(日)');
    expect(formatJaDate('2024-11-03')).toBe('2024年11月3日(日)');
    expect(formatJaDate('2024-12-31')).toBe('2024年12月31日(火)');
    expect(formatJaDate('2025-01-01')).toBe('2025年1月1日(水)');
  });

  it('finds the first and last day of a set of entries', () => {
    expect(dateSpan([{ date: '2018-05-25' }, { date: '2013-04-15' }, { date: '2025-06-26' }])).toEqual({ first: '2013-04-15', last: '2025-06-26' });
    expect(dateSpan([])).toBeNull();
  });
});
