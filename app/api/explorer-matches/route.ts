import { NextResponse, type NextRequest } from 'next/server';
import { parseMatchesQuery } from '@/lib/api/matches-query';
import { dataVersionHeaders, getChronology, getSearchVersion, getStatementMatches, getTextMatches } from '@/lib/data';

/**
 * GET /api/explorer-matches?q=TEXT&v=VERSION[&statement=SLUG]
 * What the explorer in the browser cannot work out itself, since it does not have the statements'
 * bodies: the slugs of the statements whose full text holds `q` (`{"statements": [...]}`, newest
 * first), or, with `statement`, that statement's passages holding it (`{"statement", "matchedUnits",
 * "snippets"}`, each snippet with its anchor on the statement's page). News events it reads itself.
 * Under the version the page names, an answer never changes and is kept for good; a bad query is
 * a 400 with the reasons.
 */
export function GET(request: NextRequest): Response {
  const query = parseMatchesQuery(request.nextUrl.searchParams, getChronology().statementsBySlug);
  if (!query.ok) return NextResponse.json({ errors: query.errors }, { status: 400 });
  // The data version lets the server keep the answer with the pages (lib/http-cache).
  const headers = { ...dataVersionHeaders(), 'cache-control': query.version === getSearchVersion() ? 'public, max-age=31536000, immutable' : 'no-cache' };
  if (query.statement) {
    const found = getStatementMatches(query.statement, query.q);
    return NextResponse.json({ statement: query.statement, matchedUnits: found?.matchedUnits ?? 0, snippets: found?.snippets ?? [] }, { headers });
  }
  return NextResponse.json({ statements: getTextMatches(query.q).statements }, { headers });
}
