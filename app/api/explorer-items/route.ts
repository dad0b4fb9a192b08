import { NextResponse, type NextRequest } from 'next/server';
import { parseItemsQuery, sendsItemsCoded } from '@/lib/api/items-query';
import { dataVersionHeaders, getExplorerData, getItemsGzip } from '@/lib/data';
import { GZIPPED_TYPE_HEADER } from '@/lib/http-cache/policy';

const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * GET /api/explorer-items?v=VERSION[&encoding=gzip]
 * Every entry of the chronology, packed (lib/explorer/pack.ts), for the explorer in the browser.
 * The home page names the current version; under it the file never changes, so browsers keep it
 * for good. Without `v`, or with an older one, the current file is sent but not kept. An ETag
 * lets a browser revalidate without downloading again. A bad query is a 400 with the reasons.
 *
 * `encoding=gzip` sends the JSON gzipped once by the server (application/gzip, `no-transform`
 * so that nothing compresses it again). The project's server (lib/http-cache) sends those bytes to
 * a reader that accepts gzip as the JSON with `Content-Encoding: gzip`, which the browser inflates
 * itself; served otherwise (`next dev`), or larger than `sendsItemsCoded` allows, they come as
 * application/gzip and the explorer inflates them. Without it, the JSON as such, which Next.js
 * compresses for the reader (and the server keeps, when it is small enough).
 */
export async function GET(request: NextRequest): Promise<Response> {
  const query = parseItemsQuery(request.nextUrl.searchParams);
  if (!query.ok) return NextResponse.json({ errors: query.errors }, { status: 400 });
  const { itemsJson, itemsVersion } = getExplorerData();
  const etag = query.gzip ? `"${itemsVersion}-gzip"` : `"${itemsVersion}"`;
  const caching = query.version === itemsVersion ? 'public, max-age=31536000, immutable' : 'no-cache';
  // The data version lets the server keep the answer with the pages (lib/http-cache), for as long as this process serves this data.
  const headers = { ...dataVersionHeaders(), etag, 'cache-control': query.gzip ? `${caching}, no-transform` : caching };
  if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
  if (query.gzip) {
    return new Response(await getItemsGzip(), {
      headers: {
        ...headers,
        'content-type': 'application/gzip',
        ...(sendsItemsCoded(itemsJson.length) ? { [GZIPPED_TYPE_HEADER]: JSON_TYPE, vary: 'Accept-Encoding' } : {}),
      },
    });
  }
  return new Response(itemsJson, { headers: { ...headers, 'content-type': JSON_TYPE } });
}
