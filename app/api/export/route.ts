import { NextResponse, type NextRequest } from 'next/server';
import { parseExportQuery } from '@/lib/api/export-query';
import { tokyoDate } from '@/lib/cite';
import { dataVersionHeaders, getDataVersion, getEventSource, getExplorerData, getFilteredEntries, getStatement, partnerNameIn } from '@/lib/data';
import type { ExplorerItem } from '@/lib/explorer';
import type { Lang } from '@/lib/i18n/lang';
import { contentDisposition, EXPORT_FORMAT_INFO, exportFilename, exportRecord, exportStream, exportWriter, type ExportRecord } from '@/lib/export';
import { siteOrigin } from '@/lib/site-origin';

/** An entry as the writers take it: names resolved, the permalink absolute, the source located, the text well-formed. */
function toExportRecord(item: ExplorerItem, origin: string, lang: Lang): ExportRecord {
  const statement = item.kind === 'statement' ? getStatement(item.id) : undefined;
  const eventSource = item.kind === 'news' ? getEventSource(item.id) : undefined;
  // A statement file is one statement, written from its first character.
  const source = eventSource ? `${eventSource.file}:${eventSource.line}:${eventSource.column}` : statement?.file ? `${statement.file}:1:1` : null;
  return exportRecord({
    kind: item.kind,
    id: item.id,
    date: item.date,
    dateEnd: item.dateEnd,
    dateStatus: item.dateStatus,
    // A news article's report is its own date when it tells of no other day; a statement's is its site's publication.
    reportedDate: item.reported?.date ?? (item.kind === 'news' ? item.date : null),
    reportedTime: item.reported ? item.reported.time : item.time,
    milestone: item.milestone,
    milestoneLabel: item.milestoneLabel,
    outletKey: item.outlet?.key ?? null,
    outletName: item.outlet?.name ?? null,
    aggregator: item.outlet?.via ?? null,
    title: item.title,
    summary: item.summary,
    // Partner names are the site's words (the gazetteer's), so they follow `lang`; the source's text does not.
    partners: item.partners.map((code) => ({ code, name: partnerNameIn(code, lang) })),
    permalink: `${origin}${item.permalink}`,
    source,
    issuer: item.issuer,
    publisher: item.publisher,
  });
}

/**
 * GET /api/export?format=csv|json|csljson|ris|bibtex&outlet=…&partner=…&q=…&kind=…&lang=ja|en
 * The entries of GET /api/events with the same filters, as a file to download, streamed a chunk
 * at a time; a bad parameter is a 400 listing every one (lib/api/export-query.ts, README "JSON API").
 * The same for every reader on a day (permalinks on SITE_URL, the date in Tokyo), so the server
 * gives it the shared cache headers and keeps it (lib/http-cache).
 */
export function GET(request: NextRequest): Response {
  const { known } = getExplorerData();
  const query = parseExportQuery(request.nextUrl.searchParams, known);
  if (!query.ok) return NextResponse.json({ errors: query.errors }, { status: 400, headers: dataVersionHeaders() });
  const entries = getFilteredEntries(query.filters).visible;
  // The day in Tokyo, as every citation's access date: the server keeps an answer for that day alone.
  const exportedOn = tokyoDate(new Date());
  const { hash, date } = getDataVersion();
  const writer = exportWriter(query.format, { filters: { ...query.filters }, version: { hash, date }, count: entries.length, exportedOn, lang: query.lang });
  // The configured origin, never the request's Host: the answer is kept and served to every reader.
  const origin = siteOrigin();
  const body = exportStream(writer, entries, (item) => toExportRecord(item, origin, query.lang));
  return new Response(body, {
    headers: {
      ...dataVersionHeaders(),
      'content-type': EXPORT_FORMAT_INFO[query.format].contentType,
      'content-disposition': contentDisposition(exportFilename({ ...query.filters }, query.format, exportedOn)),
    },
  });
}
