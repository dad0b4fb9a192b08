import { describe, expect, it } from 'vitest';
import { entityTag, matchesIfNoneMatch, SHARED_CACHE_CONTROL } from '@/lib/http-cache/policy';

describe('the cache policy', () => {
  it('lets shared caches keep an answer and browsers revalidate it', () => {
    const directives = SHARED_CACHE_CONTROL.split(',').map((part) => part.trim());
    expect(directives).toContain('public');
    expect(directives).toContain('max-age=0');
    expect(directives.some((part) => /^s-maxage=\d+$/.test(part))).toBe(true);
    expect(directives.some((part) => /^stale-while-revalidate=\d+$/.test(part))).toBe(true);
  });

  it('makes a strong ETag that changes with the data version, the build and the content', () => {
    const base = { dataVersion: 'a1b2c3', buildId: 'build-1', content: '<html>1</html>' };
    const tag = entityTag(base);
    expect(tag).toMatch(/^"[^"]+"$/);
    expect(tag.startsWith('W/')).toBe(false);
    expect(entityTag(base)).toBe(tag);
    expect(entityTag({ ...base, dataVersion: 'd4e5f6' })).not.toBe(tag);
    expect(entityTag({ ...base, buildId: 'build-2' })).not.toBe(tag);
    expect(entityTag({ ...base, content: '<html>2</html>' })).not.toBe(tag);
  });

  it('keeps what a data version or build id could bring into a header out of the tag', () => {
    expect(entityTag({ dataVersion: 'a"b\r\nc', buildId: 'x y', content: '' })).toMatch(/^"[A-Za-z0-9_.-]+"$/);
  });

  it('answers 304 for the tag itself, in a list, weak or as *', () => {
    const tag = '"abc.def.123"';
    expect(matchesIfNoneMatch(tag, tag)).toBe(true);
    expect(matchesIfNoneMatch(`"other", W/${tag}`, tag)).toBe(true);
    expect(matchesIfNoneMatch('*', tag)).toBe(true);
    expect(matchesIfNoneMatch('"other"', tag)).toBe(false);
    expect(matchesIfNoneMatch(undefined, tag)).toBe(false);
  });
});
