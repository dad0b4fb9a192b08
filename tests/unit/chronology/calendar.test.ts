import { describe, expect, it } from 'vitest';
import { daysBetween, toLocalDate } from '@/lib/chronology/calendar';
import { isRealDate } from '@/lib/chronology/calendar-parts';

// Run in several time zones (TZ=America/Los_Angeles, Asia/Tokyo, Pacific/Kiritimati): none may
// move a date or miscount a day.
describe('calendar arithmetic', () => {
  it('counts whole calendar days, signed', () => {
    expect(daysBetween('2025-06-26', '2025-06-27')).toBe(1);
    expect(daysBetween('2025-06-27', '2025-06-26')).toBe(-1);
    expect(daysBetween('2024-12-31', '2025-03-31')).toBe(90);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
  });

  it('counts a day across a daylight saving change as one day', () => {
    expect(daysBetween('2024-03-09', '2024-03-10')).toBe(1);
    expect(daysBetween('2024-03-10', '2024-03-11')).toBe(1);
    expect(daysBetween('2024-11-02', '2024-11-04')).toBe(2);
    expect(daysBetween('2024-03-30', '2024-04-01')).toBe(2);
  });

  it('builds the day at local midnight from its parts, including years before 100', () => {
    const date = toLocalDate('0099-12-31');
    expect([date.getFullYear(), date.getMonth() + 1, date.getDate(), date.getHours()]).toEqual([99, 12, 31, 0]);
  });

  it('tells real dates from impossible ones', () => {
    expect(isRealDate(2024, 2, 29)).toBe(true);
    expect(isRealDate(2023, 2, 29)).toBe(false);
    expect(isRealDate(2023, 13, 1)).toBe(false);
  });
});
