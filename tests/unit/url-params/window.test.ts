import { describe, expect, it } from 'vitest';
import { queryKey, readWindow } from '@/lib/url-params';
import { formatWindowText, isWindowText, parseWindowText } from '@/lib/url-params/window';

const at = (y: number, m: number, d: number, hours = 0, minutes = 0) => new Date(y, m - 1, d, hours, minutes).getTime();
const DAY = 86_400_000;

describe('the window parameter', () => {
  it('takes two local days or minutes joined by .., the first before the second', () => {
    expect(isWindowText('2022-01-01..2025-12-31')).toBe(true);
    expect(isWindowText('2024-07-10T06:00..2024-07-12T18:30')).toBe(true);
    expect(isWindowText('2024-07-10..2024-07-10T00:01')).toBe(true);
  });

  it('refuses anything else: a reversed or empty window, an impossible day or time, another shape', () => {
    for (const text of ['2025-01-01..2022-01-01', '2024-07-10..2024-07-10', '2025-02-30..2025-03-01', '2024-07-10T24:00..2024-07-11', '2022..2023', '2022-01-01', '2022-01-01..2023-01-01..2024-01-01', '2022-01-01/2023-01-01', '2022-01-01T6:00..2022-01-02']) {
      expect(isWindowText(text), text).toBe(false);
    }
  });

  it('is read like the other parameters: the first good value, a bad one dropped with its reason', () => {
    expect(readWindow(['2022-01-01..2025-12-31'])).toEqual({ value: '2022-01-01..2025-12-31', rejected: [] });
    expect(readWindow(['2025..2022', '2022-01-01..2023-01-01'])).toEqual({
      value: '2022-01-01..2023-01-01',
      rejected: [{ param: 'window', value: '2025..2022', reason: 'invalid-window' }],
    });
    expect(readWindow(['', ' '])).toEqual({ value: null, rejected: [] });
  });

  it('names local instants, so a link opens on the same days in any time zone', () => {
    expect(parseWindowText('2022-01-01..2025-12-31')).toEqual({ start: at(2022, 1, 1), end: at(2025, 12, 31) });
    expect(parseWindowText('2024-07-10T06:00..2024-07-12T18:30')).toEqual({ start: at(2024, 7, 10, 6), end: at(2024, 7, 12, 18, 30) });
    expect(parseWindowText('not a window')).toBeNull();
  });

  it('is written to the day from 200 days on, to the minute below, and reads back within 1 % of its span', () => {
    const wide = { start: at(2022, 1, 1, 13), end: at(2025, 12, 31, 2) };
    expect(formatWindowText(wide)).toBe('2022-01-02..2025-12-31');
    const close = { start: at(2024, 7, 10, 6, 0, ) + 20_000, end: at(2024, 7, 12, 18, 30) };
    expect(formatWindowText(close)).toBe('2024-07-10T06:00..2024-07-12T18:30');
    for (const window of [wide, close, { start: at(2013, 3, 3, 5), end: at(2013, 3, 4, 5) }, { start: at(2018, 5, 1), end: at(2018, 5, 1) + 199 * DAY }]) {
      const back = parseWindowText(formatWindowText(window));
      if (!back) throw new Error('not read back');
      const span = window.end - window.start;
      expect(Math.abs(back.start - window.start)).toBeLessThanOrEqual(span * 0.01);
      expect(Math.abs(back.end - window.end)).toBeLessThanOrEqual(span * 0.01);
    }
  });
});

describe('queryKey', () => {
  it('is the same for a query in any order or form, and differs when a value does', () => {
    const key = queryKey('partner=NATO&event=2507-062601&outlet=a&outlet=b');
    expect(queryKey(new URLSearchParams('?outlet=a&event=2507-062601&outlet=b&partner=NATO'))).toBe(key);
    expect(queryKey({ outlet: ['a', 'b'], partner: 'NATO', event: '2507-062601', q: undefined })).toBe(key);
    expect(queryKey('partner=NATO&outlet=a&outlet=b')).not.toBe(key);
    expect(queryKey('partner=NATO&event=2507-062601&outlet=b&outlet=a')).not.toBe(key);
  });
});
