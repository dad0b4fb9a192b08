import { afterAll, describe, expect, it } from 'vitest';
import { formatEnDate, formatEnDateTime, formatEnEventDay } from '@/lib/explorer/dates-en';
import { formatJaDate } from '@/lib/explorer/dates';

const originalZone = process.env.TZ;
afterAll(() => {
  if (originalZone === undefined) delete process.env.TZ;
  else process.env.TZ = originalZone;
});

/** The zones furthest ahead of and behind UTC (+14, -11), where a date read as UTC midnight moves a day. */
const zones = [
  { zone: 'Pacific/Kiritimati', offsetMinutes: -14 * 60 },
  { zone: 'Pacific/Pago_Pago', offsetMinutes: 11 * 60 },
];

const day = { time: null, dateEnd: null, dateStatus: null };

// Node reads TZ again whenever it is assigned, so one process can run in each zone in turn.
describe.each(zones)('English dates in $zone', ({ zone, offsetMinutes }) => {
  it('runs in that zone', () => {
    process.env.TZ = zone;
    expect(new Date(2025, 5, 26).getTimezoneOffset()).toBe(offsetMinutes);
  });

  it('writes a calendar date the English way, on its own day', () => {
    process.env.TZ = zone;
    expect(formatEnDate('2025-06-26')).toBe('26 June 2025');
    expect(formatEnDate('2013-01-01')).toBe('1 January 2013');
    expect(formatEnDate('2024-12-31')).toBe('31 December 2024');
    expect(formatEnDate('2024-02-29')).toBe('29 February 2024');
    // The Japanese sibling keeps its day and weekday too.
    expect(formatJaDate('2025-06-26')).toBe('2025年6月26日(木)');
  });

  it('adds the clock time after the date', () => {
    process.env.TZ = zone;
    expect(formatEnDateTime('2025-06-26', '22:48')).toBe('26 June 2025, 22:48');
    expect(formatEnDateTime('2025-06-26', null)).toBe('26 June 2025');
  });

  it('writes a span once, naming the month and year only where they change', () => {
    process.env.TZ = zone;
    expect(formatEnEventDay({ ...day, date: '2025-04-08', dateEnd: '2025-04-10' })).toBe('8–10 April 2025');
    expect(formatEnEventDay({ ...day, date: '2025-06-30', dateEnd: '2025-07-02' })).toBe('30 June – 2 July 2025');
    expect(formatEnEventDay({ ...day, date: '2024-12-30', dateEnd: '2025-01-02' })).toBe('30 December 2024 – 2 January 2025');
    expect(formatEnEventDay({ ...day, date: '2024-07-11', dateStatus: 'by' })).toBe('by 11 July 2024');
    expect(formatEnEventDay({ ...day, date: '2024-07-11', time: '06:00' })).toBe('11 July 2024, 06:00');
  });
});
