import type { Metadata } from 'next';
import { getExplorerData, getFilteredEntries } from '@/lib/data';
import { explorerHref, parseExplorerUrl } from '@/lib/explorer';
import { formatVersionEn, formatVersionJa } from '@/lib/cite';
import { explorerFacetsIn, outletNameIn } from '@/lib/data';
import { getDictionary } from '@/lib/i18n/dictionary';
import { DEFAULT_LANG, isLang } from '@/lib/i18n/lang';
import { localHref, pageStrings, readPageLang } from '@/lib/i18n/page-lang';
import { describeFilters } from '@/lib/print/describe-filters';
import { EntryDate } from '@/app/_components/EntryDate';
import { everyYear } from '@/app/_components/every-year';
import { getCiteContext } from '@/app/_components/cite/request-context';
import { textLinkClass } from '@/app/_components/ui/text-link';

interface EmbedPageProps {
  params: Promise<{ lang: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: EmbedPageProps): Promise<Metadata> {
  const { lang } = await params;
  return { title: getDictionary(isLang(lang) ? lang : DEFAULT_LANG).cite.embed.title, robots: { index: false } };
}

/** Entries listed at most: an <iframe> in an article is a glimpse; the full view has the rest. */
const EMBED_LIST_LIMIT = 100;

/**
 * The chronology for another site's <iframe> (a news article): the explorer's filters from the
 * URL, read by the explorer's own reader; a compact timeline (entries per year, each year a link
 * into the list) and the list itself, newest first. Rendered on the server and complete without
 * JavaScript; no site header or footer (the root layout leaves them out for this path, see
 * proxy.ts). Only this path may be framed by other origins (lib/security).
 */
export default async function EmbedPage({ params, searchParams }: EmbedPageProps) {
  const lang = await readPageLang(params);
  const strings = pageStrings(lang);
  const { ui: ja, pages } = strings;
  const t = strings.cite.embed;
  const { known } = getExplorerData();
  const facets = explorerFacetsIn(lang);
  const { state } = parseExplorerUrl(await searchParams, known);
  const filters = { outlets: state.outlets, partners: state.partners, q: state.q, kind: state.kind, from: state.from, to: state.to, milestones: state.milestones };
  const entries = getFilteredEntries({ ...filters });
  const shown = entries.newestFirst.slice(0, EMBED_LIST_LIMIT);
  const years = everyYear(entries.yearCounts);
  const most = Math.max(1, ...years.map(([, count]) => count));
  // The full view opens on the embedded window, when the embed code named one.
  const fullView = localHref(explorerHref({ ...state, event: null, view: 'timeline', page: 1 }), lang);
  const labels = { outlets: new Map(facets.outlets.map((o) => [o.value, o.label])), partners: new Map(facets.partners.map((o) => [o.value, o.label])) };
  const { version } = await getCiteContext();

  return (
    <main className="space-y-3 p-3 text-sm">
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-base font-bold text-ink">{ja.appName}</h1>
        <a href={fullView} target="_blank" rel="noopener" className={`${textLinkClass} font-semibold`}>
          {t.fullView}
        </a>
      </header>
      <p className="text-secondary">
        {describeFilters(filters, labels, { print: strings.cite.print, comma: pages.listComma }).join(' / ')}{pages.metaSeparator}{ja.explorer.resultCount(entries.visible.length, entries.total)}
      </p>

      {years.length > 0 ? (
        <nav aria-label={ja.timelineRegion} className="rounded border border-rule bg-surface p-2">
          <ol className="flex h-24 items-end gap-0.5 border-b border-control">
            {years.map(([year, count]) => (
              <li key={year} className="flex h-full flex-1 items-end">
                {count > 0 ? (
                  <a
                    href={`#embed-year-${year}`}
                    title={ja.explorer.yearLabel(String(year), count)}
                    aria-label={ja.explorer.yearLabel(String(year), count)}
                    className="block w-full rounded-t-xs bg-accent-muted hover:bg-accent"
                    style={{ height: `${Math.max(8, (count / most) * 100)}%` }}
                  />
                ) : (
                  <span className="sr-only">{ja.explorer.yearLabel(String(year), 0)}</span>
                )}
              </li>
            ))}
          </ol>
          <p className="flex justify-between pt-1 text-xs text-secondary" aria-hidden="true">
            <span>{pages.year(String(years[0]?.[0] ?? ''))}</span>
            <span>{pages.year(String(years[years.length - 1]?.[0] ?? ''))}</span>
          </p>
        </nav>
      ) : null}

      <section aria-labelledby="embed-list-heading">
        <h2 id="embed-list-heading" className="sr-only">
          {t.listHeading}
        </h2>
        {shown.length === 0 ? <p>{t.none}</p> : null}
        <ol className="space-y-2">
          {shown.map((item, index) => {
            const year = item.date.slice(0, 4);
            const firstOfYear = shown[index - 1]?.date.slice(0, 4) !== year;
            // The outlet as the rest of the site names it: in English on an English page, where the gazetteer knows it.
            const outlet = item.outlet ? outletNameIn(item.outlet.key, item.outlet.name, lang) : null;
            return (
              <li key={item.id} id={firstOfYear ? `embed-year-${year}` : undefined} className="scroll-mt-2 border-l-4 border-rule pl-2 data-[kind=news]:border-news data-[kind=statement]:border-statement" data-kind={item.kind}>
                <p className="text-xs text-muted">
                  <EntryDate item={item} t={strings} />
                  {pages.metaSeparator}
                  {outlet ? <span lang={outlet.asWritten ? 'ja' : undefined}>{outlet.name}</span> : ja.panel.statementKinds[item.statementKind ?? 'other']}
                </p>
                <p className="font-semibold leading-snug">
                  <a href={localHref(item.permalink, lang)} target="_blank" rel="noopener" lang="ja" className={textLinkClass}>
                    {item.title}
                  </a>
                </p>
              </li>
            );
          })}
        </ol>
        {entries.visible.length > shown.length ? (
          <p className="mt-2 text-secondary">
            {t.more(shown.length, entries.visible.length)}{' '}
            <a href={fullView} target="_blank" rel="noopener" className={textLinkClass}>
              {t.fullView}
            </a>
          </p>
        ) : null}
      </section>
      <p className="text-xs text-muted">{lang === 'en' ? formatVersionEn(version) : formatVersionJa(version)}</p>
    </main>
  );
}
