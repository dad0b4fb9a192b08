import { describe, expect, it } from 'vitest';
import { findPartners, partnerGazetteer, partnerRegion, PARTNER_REGIONS } from '@/lib/gazetteer/partners';

describe('the partner gazetteer', () => {
  it('puts NATO and the EU in regions of their own', () => {
    expect(partnerRegion('NATO')).toBe('nato');
    expect(partnerRegion('EU')).toBe('eu');
  });

  it('puts European states, members of either or neither, in europe and the rest in other', () => {
    for (const code of ['GB', 'DE', 'NO', 'CH', 'UA', 'TR']) expect(partnerRegion(code)).toBe('europe');
    for (const code of ['US', 'AU', 'KR', 'CN']) expect(partnerRegion(code)).toBe('other');
  });

  it('takes a code it does not know as other', () => {
    expect(partnerRegion('XX')).toBe('other');
  });

  it('gives every organisation its own region and every state a shared one', () => {
    for (const entry of partnerGazetteer) {
      expect(PARTNER_REGIONS).toContain(entry.region);
      expect(entry.kind === 'organisation').toBe(entry.region === 'nato' || entry.region === 'eu');
    }
  });

  it('still finds partners through the index', () => {
    expect(findPartners('日蘭外相会談').partners).toEqual(['NL']);
  });
});
