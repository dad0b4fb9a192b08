import type { Metadata } from 'next';
import { explorerFacetsIn, getExplorerData, getStatement, outletNameIn, searchChronology } from '@/lib/data';
import { getDictionary } from '@/lib/i18n/dictionary';
import { droppedMessagesOf } from '@/lib/i18n/dropped-messages';
import { DEFAULT_LANG, isLang, type Lang } from '@/lib/i18n/lang';
import { localHref, pageStrings, readPageLang } from '@/lib/i18n/page-lang';
import { parseQuery, type SearchEntry } from '@/lib/search';
import { parseSearchUrl, searchHref } from '@/lib/search-page';
import { Pager } from '@/app/_components/Pager';
import { SearchForm } from './_components/SearchForm';
import { SearchHitView } from './_components/SearchHitView';
import { YearChart } from './_components/YearChart';

export async function generateMetadata({ params }: SearchPageProps): Promise<Metadata> {
  const { lang } = await params;
  return { title: getDictionary(isLang(lang) ? lang : DEFAULT_LANG).ui.search.title };
}

interface SearchPageProps {
  params: Promise<{ lang: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** What to show under a hit's title: the news outlet, or the statement's source. */
function originOf(entry: SearchEntry, lang: Lang): { origin: string | null; kindLabel: string } {
  const { ui: ja } = pageStrings(lang);
  const item = getExplorerData().itemById.get(entry.key);
  if (entry.kind === 'news') {
    const outlet = item?.outlet;
    const name = outlet ? outletNameIn(outlet.key, outlet.name, lang).name : null;
    return { origin: outlet && name ? (outlet.via ? `${name}${ja.panel.via(outlet.via)}` : name) : null, kindLabel: ja.panel.kindNews };
  }
  return { origin: getStatement(entry.key)?.source ?? null, kindLabel: ja.panel.statementKinds[item?.statementKind ?? 'other'] };
}

/**
 * Full-text search, rendered on the server (a GET form and plain links: it works without
 * JavaScript). Bad input never fails the page: a value the readers drop, or a query the query
 * language refuses, is said in a notice and shown back in the search box as typed.
 */
export default async function SearchPage({ params, searchParams }: SearchPageProps) {
  const lang = await readPageLang(params);
  const strings = pageStrings(lang);
  const { ui: ja } = strings;
  const t = ja.search;
  const droppedMessages = droppedMessagesOf(strings);
  const { known } = getExplorerData();
  const facets = explorerFacetsIn(lang);
  const { state, dropped, typed } = parseSearchUrl(await searchParams, known);
  const queryDropped = dropped.some((value) => value.param === 'q' && value.reason !== 'repeated');
  const parsed = typed === null || queryDropped ? null : parseQuery(state.q);
  const notices = [
    ...dropped.map((value) => droppedMessages[value.reason](value.value)),
    ...(parsed && !parsed.ok ? [strings.pages.queryMessages[parsed.problem.code]] : []),
    ...(parsed?.ok ? parsed.query.notices.map((notice) => strings.pages.queryMessages[notice.code]) : []),
  ];
  const result = parsed?.ok ? searchChronology(parsed.query, state, { order: state.order, page: state.page, lastPage: true }) : null;
  const hrefForPage = (page: number) => localHref(searchHref({ ...state, page }), lang);
  const pager =
    result && result.pages > 1 ? (
      <Pager
        page={result.page}
        pageCount={result.pages}
        total={result.total}
        first={(result.page - 1) * result.pageSize}
        shown={result.hits.length}
        hrefForPage={hrefForPage}
        labels={{ previous: t.previousPage, next: t.nextPage }}
        t={strings}
      />
    ) : null;

  return (
    <main className="mx-auto max-w-5xl space-y-6 px-3 py-6 sm:px-4">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold text-ink">{t.title}</h1>
        <p className="text-secondary">{t.intro}</p>
      </header>
      <SearchForm state={state} typed={typed ?? ''} facets={facets} />
      {notices.length > 0 ? (
        <div role="status" className="rounded-lg border border-notice-rule bg-notice p-3 text-sm text-notice-ink">
          <p className="font-semibold">{t.noticeHeading}</p>
          <ul className="mt-1 list-disc pl-5">
            {notices.map((notice, index) => (
              <li key={index}>{notice}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <section aria-labelledby="search-help-heading" className="rounded-lg border border-rule bg-surface p-4 text-sm">
        <h2 id="search-help-heading" className="font-bold text-ink">
          {t.helpHeading}
        </h2>
        <ul id="search-help" className="mt-1 list-disc space-y-0.5 pl-5 text-secondary">
          {t.help.map((rule) => (
            <li key={rule}>{rule}</li>
          ))}
        </ul>
      </section>
      {result ? (
        <section aria-labelledby="results-heading" className="space-y-4 rounded-lg border border-rule bg-surface p-4">
          <h2 id="results-heading" className="text-lg font-bold text-ink">
            {t.results}
          </h2>
          <p role="status">
            <strong>{t.resultCount(result.total)}</strong>
            {result.total > 0 ? <span className="ml-2 text-secondary">({t.byKind(result.counts.byKind.news, result.counts.byKind.statement)})</span> : null}
          </p>
          {result.total === 0 ? <p>{t.noResults}</p> : null}
          {result.counts.firstDate && result.counts.lastDate ? (
            <p className="text-secondary">{t.span(strings.dates.date(result.counts.firstDate), strings.dates.date(result.counts.lastDate))}</p>
          ) : null}
          <YearChart byYear={result.counts.byYear} query={state.q} />
          {result.page < state.page ? (
            <p className="rounded border border-notice-rule bg-notice p-2 text-sm text-notice-ink">{ja.list.pastLastPage(state.page, result.pages)}</p>
          ) : null}
          {pager}
          <ol className="space-y-5">
            {result.hits.map((hit) => (
              <li key={`${hit.entry.kind}-${hit.entry.key}`}>
                <SearchHitView hit={hit} query={state.q} {...originOf(hit.entry, lang)} />
              </li>
            ))}
          </ol>
          {pager}
        </section>
      ) : null}
    </main>
  );
}
