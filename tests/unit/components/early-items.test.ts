import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// app/_components/explorer/early-items.ts keeps what it asked for in its module: each test loads it anew.
const load = () => import('@/app/_components/explorer/early-items');

const URL_GZ = '/api/explorer-items?v=0123456789abcdef&encoding=gzip';
const JSON_TEXT = JSON.stringify({ outlets: [], items: [[0, '2507-062601', '2025-06-26', '', -1, '「日・NATO」\n"見出し"', '=SUM(A1)', 'NATO', [], [], [], 1, 0, 0]] });

/**
 * A page whose head preloads `href` (or nothing), and a server that answers `status` with the
 * file: gzipped as it is (application/gzip, as `next dev` serves it), or, as the project's server
 * sends it, gzip-coded, which the browser hands over inflated: the JSON.
 */
function page(href: string | null, status = 200, sent: 'as-is' | 'coded' = 'as-is') {
  const fetched: string[] = [];
  vi.stubGlobal('document', {
    querySelector: (selector: string) => (href !== null && selector.includes('rel="preload"') ? { getAttribute: (name: string) => (name === 'href' ? href : null) } : null),
  });
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      fetched.push(url);
      if (status !== 200) return new Response('no', { status });
      if (sent === 'coded') return new Response(JSON_TEXT, { headers: { 'content-type': 'application/json; charset=utf-8' } });
      return new Response(gzipSync(JSON_TEXT), { headers: { 'content-type': 'application/gzip' } });
    }),
  );
  return fetched;
}

const text = (bytes: ArrayBuffer) => new TextDecoder().decode(bytes);

beforeEach(() => vi.resetModules());
afterEach(() => vi.unstubAllGlobals());

describe('the entries file asked for before the page hydrates', () => {
  it('asks for the file the page preloads, inflates it, and hands it out once', async () => {
    const fetched = page(URL_GZ);
    const { startEarly, earlyJson } = await load();
    startEarly();
    startEarly();
    expect(fetched).toEqual([URL_GZ]);
    const json = earlyJson(URL_GZ);
    expect(json).not.toBeNull();
    expect(text(await json!)).toBe(JSON_TEXT);
    // Handed out: not kept for the page's lifetime.
    expect(earlyJson(URL_GZ)).toBeNull();
  });

  it('takes the file as it comes where the browser inflated it', async () => {
    const fetched = page(URL_GZ, 200, 'coded');
    const { startEarly, earlyJson } = await load();
    startEarly();
    expect(fetched).toEqual([URL_GZ]);
    expect(text(await earlyJson(URL_GZ)!)).toBe(JSON_TEXT);
  });

  it('is not another address’s file', async () => {
    page(URL_GZ);
    const { startEarly, earlyJson } = await load();
    startEarly();
    expect(earlyJson('/api/explorer-items?v=fedcba9876543210&encoding=gzip')).toBeNull();
    expect(earlyJson(URL_GZ)).not.toBeNull();
  });

  it('asks for nothing where the page preloads no gzipped file, or cannot inflate one', async () => {
    const none = page(null);
    let early = await load();
    early.startEarly();
    expect(none).toEqual([]);
    expect(early.earlyJson(URL_GZ)).toBeNull();

    vi.resetModules();
    const plain = page('/api/explorer-items?v=0123456789abcdef');
    early = await load();
    early.startEarly();
    expect(plain).toEqual([]);

    vi.resetModules();
    const noInflating = page(URL_GZ);
    vi.stubGlobal('DecompressionStream', undefined);
    early = await load();
    early.startEarly();
    expect(noInflating).toEqual([]);
    expect(early.earlyJson(URL_GZ)).toBeNull();
  });

  it('hands out a failure as a failure, naming the file, for the explorer to ask again', async () => {
    page(URL_GZ, 503);
    const { startEarly, earlyJson } = await load();
    startEarly();
    await expect(earlyJson(URL_GZ)).rejects.toThrow(`${URL_GZ}: 503`);
  });
});
