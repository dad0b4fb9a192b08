import { preload } from 'react-dom';
import { explorerFigures, explorerItemsUrl, parseExplorerUrl, queryKey, toSnapshot } from '@/lib/explorer';
import { formatVersionEn, formatVersionJa } from '@/lib/cite';
import { pageStrings, readPageLang } from '@/lib/i18n/page-lang';
import { getCiteContext } from '@/app/_components/cite/request-context';
import { Explorer } from '@/app/_components/Explorer';
import { NOT_TOUCH_FIRST } from '@/app/_components/timeline/touch-first';
import { ExplorerPrintHeader } from '@/app/_components/print/ExplorerPrintHeader';
import { explorerFacetsIn, explorerIntroIn, getExplorerData, getFilteredEntries, getSearchVersion } from '@/lib/data';

interface HomePageProps {
  params: Promise<{ lang: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/**
 * The explorer. The server reads the filters from the query string and renders that state (a
 * shared link, or the filter form with JavaScript off): counts, the list's page, the selected
 * entry. The entries themselves come to the browser as a separate file, requested with the page
 * (preload) and kept by the browser; the client island then takes over and updates the
 * timeline, counts and list without a page load.
 */
export default async function HomePage({ params, searchParams }: HomePageProps) {
  const lang = await readPageLang(params);
  const { ui } = pageStrings(lang);
  const { known, itemsVersion } = getExplorerData();
  const facets = explorerFacetsIn(lang);
  const intro = explorerIntroIn(lang);
  const query = await searchParams;
  const { state, dropped } = parseExplorerUrl(query, known);
  const snapshot = toSnapshot(explorerFigures(getFilteredEntries(state), state));
  const itemsUrl = explorerItemsUrl(itemsVersion);
  // The timeline needs the entries to draw anything: fetch them with the page. The list view is
  // complete without them (they only make its filters instant), so they wait for hydration; so
  // does a touch screen's timeline, a preview until it is opened.
  if (state.view === 'timeline') preload(itemsUrl, { as: 'fetch', crossOrigin: 'anonymous', media: NOT_TOUCH_FIRST });
  const cite = await getCiteContext();
  return (
    <main className="mx-auto max-w-[120rem] px-3 py-4 sm:px-4 print:max-w-none print:p-0">
      <h1 className="sr-only">{ui.appName}</h1>
      <ExplorerPrintHeader facets={facets} version={lang === 'en' ? formatVersionEn(cite.version) : formatVersionJa(cite.version)} printDate={cite.accessDate} site={cite.origin} />
      <Explorer itemsUrl={itemsUrl} snapshot={snapshot} facets={facets} intro={intro} initialState={state} initialDropped={dropped} renderedQuery={queryKey(query)} searchVersion={getSearchVersion()} cite={cite} />
    </main>
  );
}
