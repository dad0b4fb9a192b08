import { NextResponse, type NextRequest } from 'next/server';
import { parseEventsQuery } from '@/lib/api/events-query';
import { dataVersionHeaders, getExplorerData, getFilteredEntries } from '@/lib/data';

/**
 * GET /api/events?outlet=KEY,KEY&partner=CODE,CODE&q=TEXT&kind=news|statement|all
 * The explorer's compact entries that pass the filters, oldest first, as JSON; a bad parameter is
 * a 400 listing every one (see lib/api/events-query.ts and README "JSON API").
 */
export function GET(request: NextRequest): NextResponse {
  const { items, known } = getExplorerData();
  const query = parseEventsQuery(request.nextUrl.searchParams, known);
  if (!query.ok) return NextResponse.json({ errors: query.errors }, { status: 400, headers: dataVersionHeaders() });
  // The page's own filtering (q over the full text, statements' bodies included), oldest first.
  const events = getFilteredEntries(query.filters).visible;
  return NextResponse.json({ total: items.length, count: events.length, filters: query.filters, events }, { headers: dataVersionHeaders() });
}
