import { describe, expect, it } from 'vitest';
import { parseItemsQuery, sendsItemsCoded } from '@/lib/api/items-query';

const parse = (query: string) => parseItemsQuery(new URLSearchParams(query));
const VERSION = '0123456789abcdef';

describe('the GET /api/explorer-items query schema', () => {
  it('reads no parameters as the current file, plain', () => {
    expect(parse('')).toEqual({ ok: true, version: null, gzip: false });
  });

  it('reads a version and the gzip encoding', () => {
    expect(parse(`v=${VERSION}`)).toEqual({ ok: true, version: VERSION, gzip: false });
    expect(parse(`v=${VERSION}&encoding=gzip`)).toEqual({ ok: true, version: VERSION, gzip: true });
  });

  it('names each bad parameter: another encoding, a repeated one, a bad version, an unknown key', () => {
    const result = parse(`encoding=br&v=${VERSION.toUpperCase()}&format=json`);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => error.param).sort()).toEqual(['encoding', 'format', 'v']);
    expect(result.errors.find((error) => error.param === 'encoding')?.message).toBe('the only encoding is gzip');
    const repeated = parse('encoding=gzip&encoding=gzip');
    expect(repeated).toEqual({ ok: false, errors: [{ param: 'encoding', message: 'given more than once' }] });
  });
});

describe('how the gzipped items file is sent', () => {
  it('gzip-coded up to the size where the page reading it inflated costs more than a worker, as it is beyond', () => {
    // The length of the file's JSON at 10,000 and 100,000 generated entries (the bench's two scales).
    expect(sendsItemsCoded(1_796_502)).toBe(true);
    expect(sendsItemsCoded(17_965_020)).toBe(false);
  });
});
