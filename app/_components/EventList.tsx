import type { ExplorerFigures, ExplorerItem, FacetOption } from '@/lib/explorer';
import clsx from 'clsx';
import { outletPageHref } from '@/app/[lang]/partners/_components/links';
import { EntryDate } from './EntryDate';
import { Pager } from './Pager';
import { StateLink } from './StateLink';
import { printedUrl, printedUrlClass } from './print/printed-url';
import { TextLink, textLinkClass } from './ui/text-link';
import { hrefIn, useStrings } from './i18n/strings-context';

interface EventListProps {
  /** The outlets' filter options: their names in the page's language (the source's spelling without them). */
  outletOptions?: ReadonlyMap<string, FacetOption>;
  /** The page to show: its entries (newest first), its number, how many pages, its first index. */
  listPage: ExplorerFigures['listPage'];
  /** The page has moved on before the entries are in: this list is the previous state's, shown busy. */
  pending?: boolean;
  /** All the entries that pass the filters, on every page. */
  total: number;
  /** The page the URL asked for; past the last page, the last page is shown and said so. */
  askedPage: number;
  hrefForPage: (page: number) => string;
  onPage: (page: number) => void;
  hrefOnTimeline: (id: string) => string;
  onShowOnTimeline: (id: string) => void;
  /** `https://host` of the site: each entry's link prints its absolute URL after it. */
  origin: string;
}

/**
 * The list view: the filtered entries as a feed, newest first, grouped by year, LIST_PAGE_SIZE
 * to a page. Plain links and headings, so it reads the same with JavaScript off.
 */
export function EventList({ listPage, pending = false, total, askedPage: asked, hrefForPage, onPage, hrefOnTimeline, onShowOnTimeline, origin, outletOptions }: EventListProps) {
  const strings = useStrings();
  const { ui, milestones } = strings;
  const { entries: shown, page, pageCount, first } = listPage;
  const years = new Map<string, ExplorerItem[]>();
  for (const item of shown) {
    const year = item.date.slice(0, 4);
    const entries = years.get(year);
    if (entries) entries.push(item);
    else years.set(year, [item]);
  }
  // The same pager above and below the page's entries.
  const pager =
    pageCount > 1 ? (
      <Pager
        page={page}
        pageCount={pageCount}
        total={total}
        first={first}
        shown={shown.length}
        hrefForPage={hrefForPage}
        onPage={onPage}
        labels={{ previous: ui.list.previousPage, next: ui.list.nextPage }}
        t={strings}
      />
    ) : null;
  return (
    <section aria-labelledby="list-heading" aria-busy={pending || undefined} className="event-list rounded-lg border border-rule bg-surface p-4 in-data-pending:opacity-55">
      {/* Focus lands here after a page change, so the reader starts at the top of the new page. */}
      <h2 id="list-heading" tabIndex={-1} className="text-lg font-bold text-ink focus:outline-none">
        {ui.list.heading}
      </h2>
      <p className="text-sm text-muted">{ui.list.order}</p>
      {asked > pageCount ? (
        <p role="status" className="mt-2 rounded border border-notice-rule bg-notice p-2 text-sm text-notice-ink">
          {ui.list.pastLastPage(asked, pageCount)}
        </p>
      ) : null}
      {pager}
      {[...years].map(([year, entries]) => (
        <section key={year} aria-labelledby={`year-${year}`} className="mt-4">
          <h3 id={`year-${year}`} className="sticky top-0 z-1 break-after-avoid print:static border-b-2 border-accent-strong bg-surface py-1 text-base font-bold">
            {ui.list.yearHeading(year)}
          </h3>
          <ol className="mt-2 space-y-3">
            {entries.map((item) => (
              <li key={item.id} className="break-inside-avoid">
                <article
                  className={clsx('py-1 pl-3', item.milestone ? 'milestone border-l-8' : 'border-l-4', item.kind === 'statement' ? 'border-statement' : 'border-news')}
                  aria-labelledby={`entry-${item.id}`}
                >
                  {item.milestone ? (
                    <p className="milestone-badge text-sm font-bold text-ink">
                      <span aria-hidden="true">{milestones.timeline.milestoneMark} </span>
                      {milestones.list.milestone}
                      {item.milestoneLabel ? <span className="font-normal">: <span lang="ja">{item.milestoneLabel}</span></span> : null}
                    </p>
                  ) : null}
                  <h4 id={`entry-${item.id}`} className="font-bold leading-snug">
                    <TextLink href={hrefIn(strings, item.permalink)} lang="ja" className={printedUrlClass} {...printedUrl(origin, hrefIn(strings, item.permalink))}>
                      {item.title}
                    </TextLink>
                  </h4>
                  <p className="mt-1 text-sm text-muted">
                    <EntryDate item={item} t={strings} />
                    {item.outlet ? (
                      <>
                        {strings.pages.metaSeparator}
                        <TextLink href={hrefIn(strings, outletPageHref(item.outlet.key))} lang={outletOptions?.get(item.outlet.key)?.lang ?? (outletOptions ? undefined : 'ja')}>
                          {outletOptions?.get(item.outlet.key)?.label ?? item.outlet.name}
                        </TextLink>
                        {item.outlet.via ? <span>{ui.panel.via(item.outlet.via)}</span> : null}
                      </>
                    ) : (
                      <>
                        {strings.pages.metaSeparator}
                        <span>{ui.panel.statementKinds[item.statementKind ?? 'other']}</span>
                      </>
                    )}
                  </p>
                  <p lang="ja" className="mt-1 leading-relaxed text-body">{item.summary}</p>
                  {/* On a touch screen each link is at least 24 px tall (WCAG 2.5.8), not the 20 px of its line. */}
                  <p className="mt-1 flex flex-wrap gap-x-4 text-sm print:hidden pointer-coarse:*:py-1">
                    <TextLink href={hrefIn(strings, item.permalink)}>{item.kind === 'news' ? ui.panel.permalink : ui.list.readFullText}</TextLink>
                    <StateLink href={hrefOnTimeline(item.id)} onNavigate={() => onShowOnTimeline(item.id)} className={textLinkClass}>
                      {ui.list.showOnTimeline}
                    </StateLink>
                  </p>
                </article>
              </li>
            ))}
          </ol>
        </section>
      ))}
      {pager}
    </section>
  );
}
