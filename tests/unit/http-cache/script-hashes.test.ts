import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readPageFacts, scriptHashSource } from '@/lib/http-cache/script-hashes';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(Buffer.from(text, 'utf8')).digest('base64')}'`;

describe('the script hashes of a rendered page', () => {
  it('gives the CSP source a browser computes for a script (the example of the CSP specification)', () => {
    expect(scriptHashSource("alert('Hello, world.');")).toBe("'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='");
  });

  it('hashes the exact text of each inline script a browser would run, once each, in page order', () => {
    const first = '(self.__next_f=self.__next_f||[]).push([0])';
    const second = 'self.__next_f.push([1,"日本 &amp; \\u003cb\\u003e"])';
    const html = `<!DOCTYPE html><html><head><script src="/_next/static/chunks/a.js" async=""></script><script>${first}</script></head><body><p>x</p><script>${second}</script><script type="module">${first}</script></body></html>`;
    expect(readPageFacts(html).scriptHashes).toEqual([sha256(first), sha256(second)]);
  });

  it('leaves out script files and data blocks, which need no hash', () => {
    const html = '<script src="/a.js"></script><script type="application/ld+json">{"@type":"NewsArticle"}</script><script type="text/plain">x</script>';
    expect(readPageFacts(html).scriptHashes).toEqual([]);
  });

  it('is not fooled by script tags written as text, in a comment or in an attribute', () => {
    const html = '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p><!-- <script>alert(2)</script> --><a title="<script>alert(3)</script>">a</a><script>ok()</script>';
    expect(readPageFacts(html).scriptHashes).toEqual([sha256('ok()')]);
  });

  it('reads the data version the page names, the first one only', () => {
    const html = '<html><head><meta name="chronology-version" content="abc123"></head><body><meta name="chronology-version" content="other"></body></html>';
    expect(readPageFacts(html).dataVersion).toBe('abc123');
    expect(readPageFacts('<p>no version</p>').dataVersion).toBeUndefined();
  });

  it("tells Next.js's empty error document from a page", () => {
    expect(readPageFacts('<!DOCTYPE html><html id="__next_error__"><head></head><body><div hidden=""></div></body></html>').errorDocument).toBe(true);
    expect(readPageFacts('<!DOCTYPE html><html lang="en"><body><p id="__next_error__">text</p></body></html>').errorDocument).toBe(false);
  });
});
