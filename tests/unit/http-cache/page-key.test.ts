import { describe, expect, it } from 'vitest';
import { apiRequestKey, MAX_KEPT_URL_LENGTH, planPageRequest } from '@/lib/http-cache/page-key';

const DAY = '2026-12-06';
const keyOf = (url: string, day = DAY) => {
  const plan = planPageRequest(url, day);
  return plan.action === 'cache' ? plan.key : plan.action;
};

describe('the cache key of a page request', () => {
  it('is the day, the path and the known parameters, each decoded and encoded again', () => {
    expect(keyOf('/?partner=NATO&kind=news')).toBe(`${DAY} /?partner=NATO&kind=news`);
    expect(keyOf('/?partner=%4E%41%54%4F&kind=news')).toBe(keyOf('/?partner=NATO&kind=news'));
    expect(keyOf('/search?q=NATO+%E4%BA%8B%E5%8B%99')).toBe(keyOf('/search?q=NATO%20事務'));
    expect(keyOf('/events/%32%35%30%37-062601')).toBe(keyOf('/events/2507-062601'));
  });

  it('keeps repeated parameters and their order, which the page reads (a repeated q is named in a notice)', () => {
    expect(keyOf('/?q=a&q=b')).not.toBe(keyOf('/?q=a'));
    expect(keyOf('/?q=a&q=b')).not.toBe(keyOf('/?q=b&q=a'));
  });

  it('changes with the day, the access date every citation on the page shows', () => {
    expect(keyOf('/events/2507-062601', '2026-12-07')).not.toBe(keyOf('/events/2507-062601'));
  });

  it('redirects away the parameters no page reads, keeping the others as written', () => {
    expect(planPageRequest('/?utm_source=x&fbclid=y', DAY)).toEqual({ action: 'redirect', location: '/' });
    expect(planPageRequest('/?partner=%4E%41TO&utm_source=x&kind=news', DAY)).toEqual({ action: 'redirect', location: '/?partner=%4E%41TO&kind=news' });
    expect(planPageRequest('/?&&q=x', DAY)).toEqual({ action: 'redirect', location: '/?q=x' });
  });

  it('keeps nothing for a broken percent-escape, an overlong URL or a path that is not plain: the page renders for that request alone', () => {
    for (const url of ['/?q=%E3%81', '/?q=%', '/?%E3%81=%FF', '/events/%E3%81', `/?q=${'a'.repeat(MAX_KEPT_URL_LENGTH)}`]) {
      expect(planPageRequest(url, DAY).action, url).toBe('render');
    }
  });

  it('never redirects to another site', () => {
    expect(planPageRequest('//evil.example/?utm_source=x', DAY).action).toBe('render');
    expect(planPageRequest('/\\evil.example/?utm_source=x', DAY).action).toBe('render');
  });
});

describe('the cache key of an API request', () => {
  it('is the day, the path and every parameter, each decoded and encoded again, in the order given', () => {
    expect(apiRequestKey('/api/events?partner=%4E%41%54%4F&kind=news', DAY)).toBe(`${DAY} /api/events?partner=NATO&kind=news`);
    expect(apiRequestKey('/api/search?q=NATO+%E4%BA%8B%E5%8B%99', DAY)).toBe(apiRequestKey('/api/search?q=NATO%20事務', DAY));
    expect(apiRequestKey('/api/export?format=csv', '2026-12-07')).not.toBe(apiRequestKey('/api/export?format=csv', DAY));
    expect(apiRequestKey('/api/ids/2507-062601', DAY)).toBe(`${DAY} /api/ids/2507-062601`);
  });

  it('is none for a path that is not a kept API, a broken escape or an overlong URL', () => {
    for (const url of ['/api/nothing', '/api/events/more', '/api/events?q=%E3%81', `/api/search?q=${'a'.repeat(MAX_KEPT_URL_LENGTH)}`, '/api/ids/a/b']) {
      expect(apiRequestKey(url, DAY), url).toBeUndefined();
    }
  });
});
