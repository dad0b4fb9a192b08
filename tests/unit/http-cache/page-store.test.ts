import { describe, expect, it } from 'vitest';
import { PageStore } from '@/lib/http-cache/page-store';
import type { KeptPage } from '@/lib/http-cache/page-store';

const page = (bytes: number, dataVersion = 'v1'): KeptPage => ({ body: Buffer.alloc(bytes, 'a'), gzipped: undefined, headers: {}, heads: { plain: [], gzipped: undefined, notModified: [] }, etag: '"x"', dataVersion });

describe('the page store', () => {
  it('stays within its byte bound, dropping the least recently used first', () => {
    const store = new PageStore(8_000);
    store.set('a', page(900));
    store.set('b', page(900));
    expect(store.get('a')).toBeDefined(); // a is now the most recently used
    for (const key of ['c', 'd', 'e', 'f', 'g', 'h', 'i']) store.set(key, page(900));
    expect(store.size).toBeLessThanOrEqual(8_000);
    expect(store.get('b')).toBeUndefined();
    expect(store.get('a')).toBeDefined();
    expect(store.get('i')).toBeDefined();
  });

  it('keeps no page larger than an eighth of its bound', () => {
    const store = new PageStore(8_000);
    expect(store.set('big', page(1_500))).toBe(false);
    expect(store.get('big')).toBeUndefined();
    expect(store.size).toBe(0);
  });

  it('replaces a key without counting it twice', () => {
    const store = new PageStore(8_000);
    store.set('a', page(500));
    const once = store.size;
    store.set('a', page(500));
    expect(store.size).toBe(once);
    expect(store.count).toBe(1);
  });

  it('never holds pages of two data versions: a page of another version empties it', () => {
    const store = new PageStore(8_000);
    store.set('a', page(100, 'v1'));
    store.set('b', page(100, 'v2'));
    expect(store.get('a')).toBeUndefined();
    expect(store.get('b')?.dataVersion).toBe('v2');
  });
});
