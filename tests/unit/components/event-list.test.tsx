import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { JaStrings } from '@/app/_components/i18n/JaStrings';
import { EventList } from '@/app/_components/EventList';
import { explorerFigures, filterEntries, initialState, LIST_PAGE_SIZE, sortNewestFirst, type ExplorerItem } from '@/lib/explorer';
import { toExplorerItems } from '@/lib/explorer/to-explorer-items';
import { generateDigest } from '@/lib/generate/digest';
import { parseDigest } from '@/lib/parser/digest';

// 450 generated entries: three pages of LIST_PAGE_SIZE (200, 200, 50).
const items = sortNewestFirst(
  toExplorerItems(parseDigest(generateDigest(450, 3).text).events, [], { statementsByEvent: new Map(), eventsByStatement: new Map() }),
);

function render(page: number, entries: readonly ExplorerItem[] = items): string {
  const figures = explorerFigures(filterEntries(entries, initialState), { ...initialState, view: 'list', page });
  return renderToStaticMarkup(
    <JaStrings>
    <EventList
      listPage={figures.listPage}
      total={figures.visibleCount}
      askedPage={page}
      hrefForPage={(n) => `/?view=list&page=${n}`}
      onPage={() => undefined}
      hrefOnTimeline={(id) => `/?event=${id}`}
      onShowOnTimeline={() => undefined}
      origin="https://example.org"
    />
    </JaStrings>,
  );
}

/** The ids of the entries a page shows, in order. */
const idsOn = (html: string) => [...html.matchAll(/<h4 id="entry-([^"]+)"/g)].map((match) => match[1]);

describe('the list view, page by page', () => {
  it('gives each entry link its absolute URL to print after it', () => {
    const html = render(1);
    const first = idsOn(html)[0];
    expect(html).toContain(`data-print-url="https://example.org/events/${first}"`);
  });

  it('shows LIST_PAGE_SIZE entries a page, newest first, and every entry on exactly one page', () => {
    expect(LIST_PAGE_SIZE).toBe(200);
    const pages = [1, 2, 3].map((page) => idsOn(render(page)));
    expect(pages.map((ids) => ids.length)).toEqual([200, 200, 50]);
    expect(pages.flat()).toEqual(items.map((item) => item.id));
  });

  it('says which entries a page holds and links the pages around it, the current one marked', () => {
    const html = render(2);
    expect(html).toContain('全450件中 201〜400件目');
    expect(html).toMatch(/<a href="\/\?view=list&amp;page=1" class="[^"]*" rel="prev">/);
    expect(html).toMatch(/<a href="\/\?view=list&amp;page=3" class="[^"]*" rel="next">/);
    expect(html).toMatch(/<a href="\/\?view=list&amp;page=2" class="[^"]*" aria-current="page"/);
  });

  it('shows the last page, and says so, when asked for a page past it', () => {
    const html = render(9);
    expect(idsOn(html)).toEqual(items.slice(400).map((item) => item.id));
    expect(html).toContain('9ページ目はありません。最後の3ページ目を表示しています。');
  });

  it('has no pager when everything fits on one page', () => {
    const html = render(1, items.slice(0, 30));
    expect(idsOn(html)).toHaveLength(30);
    expect(html).not.toContain('<nav');
  });
});
