import { describe, expect, it } from 'vitest';
import { entryJsonLd, referenceManagerMeta, serializeJsonLd, type CiteSource } from '@/lib/cite';

const hostileTitle = 'a</script><script>alert(1)</script> "q" \'s\' <!-- x --> &amp; \u2028 \u2029 end';
const news: CiteSource = {
  kind: 'news',
  title: hostileTitle,
  date: '2025-06-26',
  outlet: { name: '共同通信', nameEn: 'Kyodo News', via: 'Yahoo' },
  issuer: null,
  publisher: null,
  url: 'https://example.org/events/2507-062601',
};
const version = { hash: '0123456789', date: '2025-06-26' };

describe('JSON-LD', () => {
  it('escapes every character that could end or change a script element', () => {
    const text = serializeJsonLd(entryJsonLd(news, version, 'site'));
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(text).toContain('\\u003c/script\\u003e');
  });

  it('parses back to the source text exactly', () => {
    const parsed = JSON.parse(serializeJsonLd(entryJsonLd(news, version, 'site'))) as Record<string, unknown>;
    expect(parsed.headline).toBe(hostileTitle);
    expect(parsed['@type']).toBe('NewsArticle');
    expect(parsed.datePublished).toBe('2025-06-26');
    expect(parsed.publisher).toMatchObject({ '@type': 'NewsMediaOrganization', name: '共同通信' });
  });

  it('makes a statement a Report by its ministry, published by the site it was read on', () => {
    const statement = { ...news, kind: 'statement' as const, outlet: null, issuer: { ja: '外務省', en: 'Ministry of Foreign Affairs of Japan' }, publisher: 'Jディフェンスニュース' };
    const ld = entryJsonLd(statement, version, 'site');
    expect(ld['@type']).toBe('Report');
    expect(ld.author).toEqual({ '@type': 'GovernmentOrganization', name: '外務省', alternateName: 'Ministry of Foreign Affairs of Japan' });
    expect(ld.publisher).toEqual({ '@type': 'Organization', name: 'Jディフェンスニュース' });
    // No issuer known: no author at all, never the site.
    const unsigned = entryJsonLd({ ...statement, issuer: null }, version, 'site');
    expect(unsigned).not.toHaveProperty('author');
    expect(referenceManagerMeta({ ...statement, issuer: null }, version)).not.toHaveProperty('citation_author');
  });
});

describe('reference-manager meta tags', () => {
  it('makes an event a newspaper article whose publication is the outlet', () => {
    const meta = referenceManagerMeta(news, version);
    expect(meta['DC.type']).toBe('newspaperArticle');
    expect(meta['DC.source']).toBe('共同通信');
    expect(meta.citation_date).toBe('2025/06/26');
    expect(meta.citation_title).toBe(hostileTitle);
    // journal_title would make Zotero fall back to a journal article.
    expect(meta).not.toHaveProperty('citation_journal_title');
  });

  it('makes a statement a report by its ministry', () => {
    const meta = referenceManagerMeta({ ...news, kind: 'statement', outlet: null, issuer: { ja: '防衛省', en: null }, publisher: 'Jディフェンスニュース' }, version);
    expect(meta['DC.type']).toBe('report');
    expect(meta.citation_technical_report_institution).toBe('防衛省');
    expect(meta['DC.creator']).toBe('防衛省');
  });
});
