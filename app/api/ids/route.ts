import type { NextRequest } from 'next/server';
import { dataVersionHeaders, getPublishedIdsJson } from '@/lib/data';

/**
 * GET /api/ids
 * Every news event's ID and every statement's slug the site publishes, each with a short
 * fingerprint of its text (lib/playground/entry-hash.ts), and the data version: the playground
 * compares a dropped digest against it in the browser (new, already published, changed). The
 * body changes only with the data: an ETag (the version) lets the browser revalidate it cheaply.
 */
export function GET(request: NextRequest): Response {
  const { body, etag } = getPublishedIdsJson();
  const headers = { etag, 'cache-control': 'public, max-age=0, must-revalidate', ...dataVersionHeaders() };
  if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
  return new Response(body, { headers: { ...headers, 'content-type': 'application/json; charset=utf-8' } });
}
