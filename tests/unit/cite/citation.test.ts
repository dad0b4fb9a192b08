import { describe, expect, it } from 'vitest';
import {
  citationsFor,
  citeSourceFromItem,
  formatChicagoBibliography,
  formatChicagoNote,
  formatJaCitation,
  tokyoDate,
  type CiteSource,
} from '@/lib/cite';

const news: CiteSource = {
  kind: 'news',
  title: '日蘭交渉開始',
  date: '2025-06-26',
  outlet: { name: '日本経済新聞', nameEn: 'Nikkei', via: null },
  issuer: null,
  publisher: null,
  url: 'https://example.org/events/2507-062601',
};

const statement: CiteSource = {
  kind: 'statement',
  title: '日米「2+2」を実施(7月28日)',
  date: '2024-07-28',
  outlet: null,
  issuer: { ja: '防衛省', en: 'Ministry of Defense of Japan' },
  publisher: 'Jディフェンスニュース',
  url: 'https://example.org/statements/2024-07-28-japan-us-2plus2',
};

describe('the access date', () => {
  it('is the calendar date in Tokyo, whatever the machine zone', () => {
    // 15:30 UTC on 30 November is already 1 December in Tokyo.
    expect(tokyoDate(new Date('2026-11-30T15:30:00Z'))).toBe('2026-12-01');
    expect(tokyoDate(new Date('2026-11-30T14:59:59Z'))).toBe('2026-11-30');
    expect(tokyoDate(new Date('2026-12-31T15:00:00Z'))).toBe('2027-01-01');
  });
});

describe('Japanese citations', () => {
  it('cites news as 「標題」『紙名』date, then the permalink and the access date', () => {
    expect(formatJaCitation(news, '2026-12-01')).toBe('「日蘭交渉開始」『日本経済新聞』2025年6月26日、https://example.org/events/2507-062601（2026年12月1日閲覧）');
  });

  it('names the aggregator an article came through', () => {
    expect(formatJaCitation({ ...news, outlet: { name: '共同通信', nameEn: 'Kyodo News', via: 'Yahoo' } }, '2026-12-01')).toContain('『共同通信』（Yahoo経由）2025年6月26日');
  });

  it('turns 「」 inside a title into 『』 and keeps other brackets and quotes as written', () => {
    const text = formatJaCitation({ ...news, title: 'NATO「東京事務所」[仮] "案" <b>' }, '2026-12-01');
    expect(text.startsWith('「NATO『東京事務所』[仮] "案" <b>」『日本経済新聞』')).toBe(true);
  });

  it('cites a statement under its ministry, with the site it was read on as where it was published', () => {
    expect(formatJaCitation(statement, '2026-12-01')).toBe(
      '防衛省「日米『2+2』を実施(7月28日)」2024年7月28日（Jディフェンスニュース掲載）、https://example.org/statements/2024-07-28-japan-us-2plus2（2026年12月1日閲覧）',
    );
  });

  it('never names the site as the author of a statement whose issuer is unknown', () => {
    expect(formatJaCitation({ ...statement, issuer: null }, '2026-12-01')).toMatch(/^「日米『2\+2』を実施\(7月28日\)」2024年7月28日（Jディフェンスニュース掲載）、/);
  });
});

describe('Chicago citations', () => {
  it('gives the note and the bibliography entry of a news article', () => {
    expect(formatChicagoNote(news, '2026-12-01')).toBe('“日蘭交渉開始,” Nikkei, June 26, 2025, accessed December 1, 2026, https://example.org/events/2507-062601.');
    expect(formatChicagoBibliography(news, '2026-12-01')).toBe('Nikkei. “日蘭交渉開始.” June 26, 2025. Accessed December 1, 2026. https://example.org/events/2507-062601.');
  });

  it('nests double quotes inside a title as single ones and adds no period after a question mark', () => {
    const text = formatChicagoBibliography({ ...news, title: 'He said "no" to “it”?' }, '2026-12-01');
    expect(text).toContain('“He said ‘no’ to ‘it’?” June 26, 2025.');
  });

  it('lists a statement under its issuing body, via the site it was read on; under its title when no body is known', () => {
    expect(formatChicagoBibliography(statement, '2026-01-05')).toBe(
      'Ministry of Defense of Japan. “日米「2+2」を実施(7月28日).” July 28, 2024. Via Jディフェンスニュース. Accessed January 5, 2026. https://example.org/statements/2024-07-28-japan-us-2plus2.',
    );
    expect(formatChicagoNote({ ...statement, issuer: null }, '2026-01-05')).toBe(
      '“日米「2+2」を実施(7月28日),” July 28, 2024, via Jディフェンスニュース, accessed January 5, 2026, https://example.org/statements/2024-07-28-japan-us-2plus2.',
    );
  });

  it('names the aggregator in English too', () => {
    expect(formatChicagoNote({ ...news, outlet: { name: '共同通信', nameEn: 'Kyodo News', via: 'Yahoo' } }, '2026-12-01')).toContain('Kyodo News (via Yahoo), June 26, 2025');
  });
});

describe('the data version', () => {
  it('is named in both languages, with its date when it has one', () => {
    const cited = citationsFor(news, '2026-12-01', { hash: '0123456789', date: '2025-06-26' });
    expect(cited.versionJa).toBe('データ版 0123456789（2025-06-26）');
    expect(cited.versionEn).toBe('Data version 0123456789 (2025-06-26)');
    expect(citationsFor(news, '2026-12-01', { hash: 'abcdef0123', date: null }).versionEn).toBe('Data version abcdef0123');
  });
});

describe('sources from explorer items', () => {
  const base = { title: 't', date: '2025-01-02', reported: null, permalink: '/events/2501-010201', issuer: null, publisher: null };

  it('takes the outlet’s English name from the gazetteer', () => {
    const source = citeSourceFromItem({ ...base, kind: 'news', outlet: { key: 'kyodo', name: '共同通信', via: 'Yahoo' } }, 'https://example.org');
    expect(source.outlet).toEqual({ name: '共同通信', nameEn: 'Kyodo News', via: 'Yahoo' });
    expect(source.url).toBe('https://example.org/events/2501-010201');
  });

  it('cites a statement under the body the parser found, with its English name, and the site as its publisher', () => {
    const source = citeSourceFromItem({ ...base, kind: 'statement', outlet: null, issuer: '外務省', publisher: 'Jディフェンスニュース', permalink: '/statements/s' }, 'https://example.org');
    expect(source.issuer).toEqual({ ja: '外務省', en: 'Ministry of Foreign Affairs of Japan' });
    expect(formatJaCitation(source, '2026-12-01')).toBe('外務省「t」2025年1月2日（Jディフェンスニュース掲載）、https://example.org/statements/s（2026年12月1日閲覧）');
  });

  it('cites a news article on the day it was published, not the day it tells of', () => {
    const item = { ...base, kind: 'news' as const, date: '2022-06-29', reported: { date: '2022-06-30', time: '00:34' }, outlet: { key: 'jiji', name: '時事通信', via: 'Yahoo' } };
    expect(citeSourceFromItem(item, 'https://example.org').date).toBe('2022-06-30');
  });
});
