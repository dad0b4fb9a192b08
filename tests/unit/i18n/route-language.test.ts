import { describe, expect, it } from 'vitest';
import { pathInLanguage, routeLanguage } from '@/lib/i18n/route-language';

describe('routeLanguage: the page that answers a path', () => {
  it('serves the unprefixed Japanese URLs from the /ja tree', () => {
    expect(routeLanguage('/')).toEqual({ kind: 'page', lang: 'ja', internalPath: '/ja', missing: false });
    expect(routeLanguage('/events/2507-062601')).toEqual({ kind: 'page', lang: 'ja', internalPath: '/ja/events/2507-062601', missing: false });
    expect(routeLanguage('/search')).toMatchObject({ lang: 'ja', internalPath: '/ja/search' });
  });

  it('passes English paths through as they are', () => {
    expect(routeLanguage('/en')).toEqual({ kind: 'page', lang: 'en', internalPath: '/en', missing: false });
    expect(routeLanguage('/en/statements/x')).toEqual({ kind: 'page', lang: 'en', internalPath: '/en/statements/x', missing: false });
  });

  it('answers a direct /ja path with the Japanese 404 page: a page has one address', () => {
    expect(routeLanguage('/ja')).toMatchObject({ lang: 'ja', internalPath: '/ja/_missing', missing: true });
    expect(routeLanguage('/ja/search')).toMatchObject({ lang: 'ja', internalPath: '/ja/_missing', missing: true });
  });

  it('tells a path that is not valid percent-encoding apart, with its language', () => {
    expect(routeLanguage('/events/%E3%81')).toEqual({ kind: 'undecodable', lang: 'ja' });
    expect(routeLanguage('/en/events/%E3%81')).toEqual({ kind: 'undecodable', lang: 'en' });
    expect(routeLanguage('/ja/%FF')).toEqual({ kind: 'undecodable', lang: 'ja' });
    // Valid escapes are paths like any other.
    expect(routeLanguage('/en/search/%E3%81%82')).toMatchObject({ lang: 'en', internalPath: '/en/search/%E3%81%82', missing: false });
  });

  it('leaves what is not a page alone: API routes, build assets, files at the top', () => {
    for (const path of ['/api/events', '/api', '/_next/static/chunks/a.js', '/icon.svg', '/playground-sw.js', '/favicon.ico']) {
      expect(routeLanguage(path), path).toEqual({ kind: 'not-a-page' });
    }
  });

  it('does not take a word that begins like a language for one', () => {
    expect(routeLanguage('/english')).toMatchObject({ lang: 'ja', internalPath: '/ja/english' });
    expect(routeLanguage('/jazz')).toMatchObject({ lang: 'ja', internalPath: '/ja/jazz' });
  });
});

describe('pathInLanguage: the same page in another language', () => {
  it('adds and removes the prefix, keeping the query and the fragment', () => {
    expect(pathInLanguage('/events/x', 'en')).toBe('/en/events/x');
    expect(pathInLanguage('/en/events/x', 'ja')).toBe('/events/x');
    expect(pathInLanguage('/?partner=NATO&event=2507-062601', 'en')).toBe('/en?partner=NATO&event=2507-062601');
    expect(pathInLanguage('/en?partner=NATO', 'ja')).toBe('/?partner=NATO');
    expect(pathInLanguage('/statements/s?hl=a#p-3', 'en')).toBe('/en/statements/s?hl=a#p-3');
    expect(pathInLanguage('/en', 'ja')).toBe('/');
    expect(pathInLanguage('/', 'ja')).toBe('/');
    expect(pathInLanguage('/en/search?q=NATO', 'en')).toBe('/en/search?q=NATO');
  });

  it("reads the app's own /ja path of a Japanese page as that page", () => {
    expect(pathInLanguage('/ja/events/x', 'en')).toBe('/en/events/x');
    expect(pathInLanguage('/ja', 'ja')).toBe('/');
  });

  it('leaves a fragment-only or query-only link on the root', () => {
    expect(pathInLanguage('?view=list', 'en')).toBe('/en?view=list');
  });
});
