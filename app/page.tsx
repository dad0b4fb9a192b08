import { parseExplorerUrl } from '@/lib/explorer';
import { ja } from '@/lib/i18n/ja';
import { Explorer } from './_components/Explorer';
import { getExplorerData } from './_components/explorer-data';

interface HomePageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/**
 * The explorer. The server reads the filters from the query string, so a shared link (or the
 * filter form with JavaScript off) renders exactly that state; the client island then takes over
 * and updates the timeline, counts and list without a page load.
 */
export default async function HomePage({ searchParams }: HomePageProps) {
  const { packed, facets, known } = getExplorerData();
  const { state, dropped } = parseExplorerUrl(await searchParams, known);
  return (
    <main className="mx-auto max-w-[100rem] px-3 py-4 sm:px-4">
      <h1 className="sr-only">{ja.appName}</h1>
      <Explorer packed={packed} facets={facets} initialState={state} initialDropped={dropped} />
    </main>
  );
}
