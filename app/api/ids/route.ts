import { dataVersionHeaders, getPublishedIdsJson } from '@/lib/data';

/**
 * GET /api/ids
 * Every news event's ID and every statement's slug the site publishes, each with a short
 * fingerprint of its text (lib/playground/entry-hash.ts), and the data version: the playground
 * compares a dropped digest against it in the browser (new, already published, changed). The
 * body changes only with the data: the server keeps it and gives it an ETag (lib/http-cache), so
 * the browser revalidates it cheaply.
 */
export function GET(): Response {
  return new Response(getPublishedIdsJson(), { headers: { ...dataVersionHeaders(), 'content-type': 'application/json; charset=utf-8' } });
}
