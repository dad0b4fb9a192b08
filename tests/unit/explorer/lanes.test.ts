import { describe, expect, it } from 'vitest';
import { laneOf, partnerLane } from '@/lib/explorer';

describe('timeline lanes', () => {
  it('puts an item with NATO in the NATO lane even when it also names the EU and states', () => {
    expect(partnerLane(['NATO', 'EU', 'DE'])).toBe('nato');
  });

  it('puts the EU before European states and European states before the rest', () => {
    expect(partnerLane(['EU', 'GB'])).toBe('eu');
    expect(partnerLane(['US', 'GB'])).toBe('europe');
    expect(partnerLane(['US', 'KR'])).toBe('other');
    expect(partnerLane([])).toBe('other');
  });

  it('gives the lane of the chosen mode, or none', () => {
    const item = { kind: 'statement' as const, partners: ['LV'] };
    expect(laneOf(item, 'kind')).toBe('statement');
    expect(laneOf(item, 'partner')).toBe('europe');
    expect(laneOf(item, 'none')).toBeNull();
  });
});
