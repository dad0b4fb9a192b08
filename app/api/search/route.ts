import { NextResponse, type NextRequest } from 'next/server';
import { parseSearchApiQuery } from '@/lib/api/search-query';
import { dataVersionHeaders, getExplorerData, searchChronology } from '@/lib/data';
import { entryPermalink, snippetHref } from '@/lib/search-page';

/**
 * GET /api/search?q=TEXT&outlet=…&partner=…&kind=…&order=newest|relevance&page=N
 * Full-text search over the news events and statements, a page of hits at a time, with the counts
 * per kind and per year of every entry found. A bad parameter is a 400 listing every one, as for
 * /api/events (see lib/api/search-query.ts and README "JSON API").
 */
export function GET(request: NextRequest): NextResponse {
  const parsed = parseSearchApiQuery(request.nextUrl.searchParams, getExplorerData().known);
  if (!parsed.ok) return NextResponse.json({ errors: parsed.errors }, { status: 400, headers: dataVersionHeaders() });
  const { state, query } = parsed;
  const result = searchChronology(query, state, { order: state.order, page: state.page });
  const { byKind, byYear, firstDate, lastDate } = result.counts;
  return NextResponse.json({
    total: result.total,
    page: result.page,
    pageSize: result.pageSize,
    pages: result.pages,
    order: result.order,
    counts: { news: byKind.news, statement: byKind.statement, byYear, firstDate, lastDate },
    hits: result.hits.map(({ entry, snippets }) => ({
      kind: entry.kind,
      id: entry.key,
      title: entry.title,
      date: entry.date,
      url: entryPermalink(entry.kind, entry.key),
      snippets: snippets.map((snippet) => ({
        text: snippet.text,
        matches: snippet.matches,
        url: snippetHref(entry.kind, entry.key, snippet.anchor),
      })),
    })),
  }, { headers: dataVersionHeaders() });
}
