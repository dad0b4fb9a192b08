import { NextResponse, type NextRequest } from 'next/server';
import { parseItemsQuery } from '@/lib/api/items-query';
import { getExplorerData } from '../../_components/explorer-data';

/**
 * GET /api/explorer-items?v=VERSION
 * Every entry of the chronology, packed (lib/explorer/pack.ts), for the explorer in the browser.
 * The home page names the current version; under it the file never changes, so browsers keep it
 * for good. Without `v`, or with an older one, the current file is sent but not kept. An ETag
 * lets a browser revalidate without downloading again. A bad query is a 400 with the reasons.
 */
export function GET(request: NextRequest): Response {
  const query = parseItemsQuery(request.nextUrl.searchParams);
  if (!query.ok) return NextResponse.json({ errors: query.errors }, { status: 400 });
  const { itemsJson, itemsVersion } = getExplorerData();
  const etag = `"${itemsVersion}"`;
  const headers = {
    etag,
    'cache-control': query.version === itemsVersion ? 'public, max-age=31536000, immutable' : 'no-cache',
  };
  if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
  return new Response(itemsJson, { headers: { ...headers, 'content-type': 'application/json; charset=utf-8' } });
}
