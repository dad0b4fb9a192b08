import { describe, expect, it } from 'vitest';
import { parseEventsQuery } from '@/lib/api/events-query';
import { canonicalPartnerCode, getEvent, getEvents, getExplorerData, getFilteredEntries, getPartnerMatrix, getStatement, partnerName } from '@/lib/data';
import { parseExplorerUrl } from '@/lib/explorer';
import { partnerGazetteer } from '@/lib/gazetteer/partners';
import { APP_FIXTURE_DIR, fixtureChronology, fixtureEntryCount } from '../../app-fixture';

// lib/data reads the folder CHRONOLOGY_DATA_DIR names, as the server does; vitest.config.mts names
// the tests' own fixture.
describe('the server data module', () => {
  it('reads the data folder CHRONOLOGY_DATA_DIR names: the fixture, not data/', () => {
    expect(getEvents().map((event) => event.id)).toEqual(fixtureChronology().events.map((event) => event.id));
    expect(fixtureChronology().dataDir).toBe(APP_FIXTURE_DIR);
  });

  it('looks events and statements up by id and slug, and misses unknown ones', () => {
    const [first] = getEvents();
    expect(first && getEvent(first.id)).toBe(first);
    expect(getEvent('0000-000000')).toBeUndefined();
    expect(getStatement('2025-08-28-japan-uk-defence-ministers')?.slug).toBe('2025-08-28-japan-uk-defence-ministers');
    expect(getStatement('no-such-statement')).toBeUndefined();
  });

  it('builds the explorer data once and knows every entry a URL may name', () => {
    const data = getExplorerData();
    expect(getExplorerData()).toBe(data);
    expect(data.items).toHaveLength(fixtureEntryCount());
    expect(data.itemsVersion).toMatch(/^[0-9a-f]{16}$/);
    expect(data.known.partners.has('NATO')).toBe(true);
  });

  it('has one table of partner codes: a code has a page exactly when every filter takes it', () => {
    const { known, facets } = getExplorerData();
    const { codes } = getPartnerMatrix();
    expect([...known.partners].sort()).toEqual([...codes].sort());
    expect(facets.partners.map((option) => option.value)).toEqual(codes);
    for (const { code } of partnerGazetteer) expect(canonicalPartnerCode(code), code).toBe(code);
    // A partner of the gazetteer no entry names: a page, and a filter with nothing in it, not a notice.
    const named = new Set(getExplorerData().items.flatMap((item) => item.partners));
    const absent = partnerGazetteer.find((entry) => !named.has(entry.code));
    if (!absent) throw new Error('the fixture names every partner of the gazetteer');
    expect(parseExplorerUrl(`partner=${absent.code}`, known).dropped).toEqual([]);
    expect(parseEventsQuery(new URLSearchParams({ partner: absent.code }), known)).toMatchObject({ ok: true });
    expect(getFilteredEntries({ outlets: [], partners: [absent.code], q: '', kind: null, from: null, to: null, milestones: false }).visible).toEqual([]);
    // A code without a page is refused alike everywhere.
    expect(canonicalPartnerCode('ZZ')).toBeNull();
    expect(parseExplorerUrl('partner=ZZ', known).dropped).toEqual([expect.objectContaining({ param: 'partner', value: 'ZZ' })]);
    expect(parseEventsQuery(new URLSearchParams({ partner: 'ZZ' }), known)).toMatchObject({ ok: false, errors: [{ param: 'partner' }] });
  });

  it('keeps filtered entries for a repeated filter', () => {
    const filters = { outlets: [], partners: ['NATO'], q: '', kind: null, from: null, to: null, milestones: false };
    expect(getFilteredEntries(filters)).toBe(getFilteredEntries({ ...filters }));
  });

  it('names partners in Japanese, and an unknown code as itself', () => {
    expect(partnerName('GB')).toBe('英国');
    expect(partnerName('XX')).toBe('XX');
  });
});
