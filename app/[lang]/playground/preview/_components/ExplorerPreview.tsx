'use client';

import { useEffect, useMemo, useState } from 'react';
import { initialState, parseExplorerUrl, queryKey, type ExplorerItem } from '@/lib/explorer';
import type { PlaygroundWords } from '@/lib/i18n/playground-strings';
import { EMPTY_SNAPSHOT, PREVIEW_PATH, previewFacets, withPreviewLinks, type PreviewRecord } from '@/lib/playground/preview';
import { clearPreview, readPreview } from '@/lib/playground/preview-store';
import { Explorer } from '@/app/_components/Explorer';
import { hrefIn, useStrings } from '@/app/_components/i18n/strings-context';
import { Button } from '@/app/_components/ui/button';
import { textLinkClass } from '@/app/_components/ui/text-link';

type Loaded = { status: 'loading' | 'empty' | 'unreadable' | 'cleared' } | { status: 'ready'; record: PreviewRecord };

/**
 * The preview page's island: the banner that says the data is not published, and the explorer
 * over the stored preview, or a sentence saying why there is nothing to show (opened directly,
 * deleted, storage refused). The explorer starts afresh from the URL with each render of the
 * page by the server (`renderId`): a link to an entry here, which the router follows, opens it.
 */
export function ExplorerPreview({ strings, renderId }: { strings: PlaygroundWords['preview']; renderId: string }) {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const lang = useStrings().lang;

  useEffect(() => {
    let live = true;
    readPreview().then(
      (record) => live && setLoaded(record ? { status: 'ready', record } : { status: 'empty' }),
      () => live && setLoaded({ status: 'unreadable' }),
    );
    return () => {
      live = false;
    };
  }, []);

  const clear = () => {
    void clearPreview()
      .catch(() => undefined)
      .then(() => setLoaded({ status: 'cleared' }));
  };

  const record = loaded.status === 'ready' ? loaded.record : null;
  const nothing = loaded.status === 'empty' ? strings.empty : loaded.status === 'unreadable' ? strings.unreadable : loaded.status === 'cleared' ? strings.cleared : null;
  return (
    <>
      <section aria-labelledby="preview-banner" data-testid="preview-banner" className="mb-4 space-y-2 rounded-lg border-2 border-alert-rule bg-alert p-4 text-alert-ink print:border-ink">
        <h2 id="preview-banner" className="text-xl font-bold">
          {strings.banner}
        </h2>
        {record ? <p>{strings.bannerDetail(record.fileName, record.items.length, new Date(record.createdAt).toLocaleString(lang === 'en' ? 'en-GB' : 'ja-JP', { dateStyle: 'long', timeStyle: 'short' }))}</p> : null}
        <p className="flex flex-wrap items-center gap-4 print:hidden">
          <a href={hrefIn({ lang }, '/playground')} className={textLinkClass}>
            {strings.back}
          </a>
          {record ? (
            <Button size="sm" variant="outline" onClick={clear}>
              {strings.clear}
            </Button>
          ) : null}
        </p>
      </section>
      <div role="status" aria-live="polite">
        {loaded.status === 'loading' ? <p>{strings.loading}</p> : null}
        {nothing ? <p className="rounded border border-rule bg-surface p-4">{nothing}</p> : null}
        {record && record.items.length === 0 ? <p className="rounded border border-rule bg-surface p-4">{strings.noItems}</p> : null}
      </div>
      {record && record.items.length > 0 ? <PreviewExplorer key={renderId} items={record.items} introOf={strings.intro} /> : null}
    </>
  );
}

/**
 * The explorer itself over the preview's entries: what the server derives for the site's
 * entries (filter options, the opening sentence, the state read from the URL) derived here from
 * these, the state kept in this page's own URL, and no citation, export or embedding.
 */
function PreviewExplorer({ items: stored, introOf }: { items: readonly ExplorerItem[]; introOf: PlaygroundWords['preview']['intro'] }) {
  const { lang } = useStrings();
  const entries = useMemo(() => {
    const items = withPreviewLinks(stored, initialState);
    return { items, byId: new Map(items.map((item) => [item.id, item])) };
  }, [stored]);
  const facets = useMemo(() => previewFacets(entries.items, lang), [entries, lang]);
  // Read once, as the server reads the URL of the page it renders; the explorer follows the URL from here.
  const [opened] = useState(() => {
    const known = { outlets: new Set(facets.outlets.map((option) => option.value)), partners: new Set(facets.partners.map((option) => option.value)), ids: entries.byId };
    return { ...parseExplorerUrl(window.location.search, known), query: queryKey(window.location.search) };
  });
  const { items } = entries;
  const news = items.filter((item) => item.kind === 'news').length;
  const intro = introOf(news, items.length - news, items[0]?.date.slice(0, 4) ?? '', items.at(-1)?.date.slice(0, 4) ?? '');
  return (
    <Explorer
      itemsUrl=""
      snapshot={EMPTY_SNAPSHOT}
      facets={facets}
      intro={intro}
      initialState={opened.state}
      initialDropped={opened.dropped}
      renderedQuery={opened.query}
      searchVersion=""
      preview={{ entries, path: PREVIEW_PATH }}
    />
  );
}
