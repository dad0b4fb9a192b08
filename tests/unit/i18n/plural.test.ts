import { describe, expect, it } from 'vitest';
import { plural } from '@/lib/i18n/plural';

describe('plural', () => {
  it('uses the singular for exactly one', () => {
    expect(plural(1, 'event', 'events')).toBe('1 event');
  });

  it('uses the plural for zero and for more than one', () => {
    expect(plural(0, 'event', 'events')).toBe('0 events');
    expect(plural(2, 'entry', 'entries')).toBe('2 entries');
  });

  it('groups thousands the British way', () => {
    expect(plural(1234, 'event', 'events')).toBe('1,234 events');
    expect(plural(1234567, 'day', 'days')).toBe('1,234,567 days');
  });
});
