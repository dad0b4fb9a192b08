import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { explorerFacetsIn, getEvent, getEventSource, getExplorerData, partnerNameIn } from '@/lib/data';
import { explorerHref, initialState, type ExplorerItem } from '@/lib/explorer';
import { localHref, pageStrings, readPageLang } from '@/lib/i18n/page-lang';
import { CiteSection } from '@/app/_components/cite/CiteSection';
import { entryReferenceMetadata, entryStructuredData } from '@/app/_components/cite/entry-metadata';
import { JsonLd } from '@/app/_components/cite/JsonLd';
import { PrintHeader } from '@/app/_components/print/PrintHeader';
import { EntryFacts, EntrySections, EntryWhenAndWhere } from '@/app/_components/EntrySections';
import { partnerPageHref } from '../../partners/_components/links';
import { chipClass } from '@/app/_components/ui/chip';
import { TextLink, textLinkClass } from '@/app/_components/ui/text-link';

interface EventPageProps {
  params: Promise<{ lang: string; id: string }>;
}

const DESCRIPTION_LENGTH = 120;

export async function generateMetadata({ params }: EventPageProps): Promise<Metadata> {
  const { id } = await params;
  const event = getEvent(id);
  if (!event) return {};
  const chars = [...event.summary];
  const description = chars.length > DESCRIPTION_LENGTH ? `${chars.slice(0, DESCRIPTION_LENGTH - 1).join('')}…` : event.summary;
  const item = getExplorerData().itemById.get(id);
  const reference = item ? await entryReferenceMetadata(item) : { openGraph: {} };
  return {
    title: event.title,
    description,
    ...reference,
    openGraph: { ...reference.openGraph, title: event.title, description, type: 'article' },
  };
}

/** The explorer's compact item for an event, with the news before and after it in time. */
function eventWithNeighbours(id: string): { item: ExplorerItem; previous: ExplorerItem | null; next: ExplorerItem | null } | null {
  const { news, newsIndex } = getExplorerData();
  const index = newsIndex.get(id);
  const item = index === undefined ? undefined : news[index];
  if (!item || index === undefined) return null;
  return { item, previous: news[index - 1] ?? null, next: news[index + 1] ?? null };
}

const sectionHeading = 'mt-6 text-lg font-bold text-ink';
const card = 'mt-4 rounded-lg border border-rule bg-surface p-5';
const neighbour = 'rounded border border-rule bg-surface p-3 hover:bg-surface-hover';

/** The permalink of one news event. */
export default async function EventPage({ params }: EventPageProps) {
  const lang = await readPageLang(params);
  const strings = pageStrings(lang);
  const ja = strings.ui;
  const partnerName = (code: string) => partnerNameIn(code, lang);
  const { id } = await params;
  const found = eventWithNeighbours(id);
  if (!found) notFound();
  const { item, previous, next } = found;
  const source = getEventSource(id);

  return (
    <main className="mx-auto max-w-3xl px-4 py-6 print:max-w-none print:p-0">
      <JsonLd data={await entryStructuredData(item)} />
      <PrintHeader />
      <nav aria-label={ja.eventPage.breadcrumbs} className="print:hidden flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <TextLink href={localHref('/')}>{ja.eventPage.home}</TextLink>
        <TextLink href={localHref(explorerHref({ ...initialState, event: item.id }))}>{ja.eventPage.backToTimeline}</TextLink>
      </nav>

      <article className={card}>
        <p className={chipClass('news')}>{ja.panel.kindNews}</p>
        <h1 lang="ja" className="mt-2 text-2xl font-bold leading-snug text-ink">{item.title}</h1>

        <h2 className="sr-only">{ja.eventPage.metadata}</h2>
        <EntryFacts className="mt-4">
          <EntryWhenAndWhere item={item} t={strings} outlets={new Map(explorerFacetsIn(lang).outlets.map((option) => [option.value, option]))} />
          <dt>{ja.panel.id}</dt>
          <dd>
            <code>{item.id}</code>
          </dd>
          {item.partners.length > 0 ? (
            <>
              <dt>{ja.panel.partners}</dt>
              <dd>
                <ul className="flex flex-wrap gap-1.5">
                  {item.partners.map((code) => (
                    <li key={code}>
                      <Link href={localHref(partnerPageHref(code))} className={chipClass('partner')}>
                        {partnerName(code)}
                      </Link>
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          ) : null}
        </EntryFacts>

        <EntrySections
          t={strings}
          item={item}
          headingLevel="h2"
          headingClassName={sectionHeading}
          compact={false}
          partnerLabel={partnerName}
          entryLink={(entryId, children) => (
            <TextLink href={localHref(`/events/${encodeURIComponent(entryId)}`)}>{children}</TextLink>
          )}
        />
      </article>

      {source ? (
        <section aria-labelledby="source-heading" className={card}>
          <h2 id="source-heading" className="text-lg font-bold text-ink">
            {ja.eventPage.source}
          </h2>
          <details className="mt-2 rounded border border-rule bg-page p-3 text-sm">
            <summary className="cursor-pointer text-secondary">{ja.eventPage.sourceSummary(source.file, source.line, source.column)}</summary>
            <p className="mt-2 text-muted">{ja.eventPage.sourceHint}</p>
            <pre lang="ja" className="mt-2 whitespace-pre-wrap break-all font-sans leading-relaxed text-body">{source.text}</pre>
          </details>
          {source.eventDate ? (
            <p className="mt-4 text-sm" data-evidence="event-date">
              <span className="text-body">{ja.eventPage.eventDateFrom}</span>{' '}
              <span className="text-muted">
                {strings.pages.quoteOpen}<mark lang="ja" className="bg-highlight text-ink">{source.eventDate.excerpt}</mark>{strings.pages.quoteClose}{' '}({ja.eventPage.position(source.eventDate.line, source.eventDate.column)})
              </span>
            </p>
          ) : null}
          {source.diagnostics.length > 0 ? (
            <>
              <h3 className="mt-4 font-semibold text-body">{ja.eventPage.notices}</h3>
              <p className="mt-1 text-sm text-muted">{ja.eventPage.noticesHint}</p>
              <ul className="mt-2 space-y-2 text-sm">
                {source.diagnostics.map((d) => (
                  <li key={`${d.code}-${d.start}`} data-code={d.code}>
                    <span className="text-body">{ja.diagnostics[d.code] ?? d.message}</span>{' '}
                    <span className="text-muted">
                      ({ja.eventPage.position(d.line, d.column)}: <code lang="ja">{d.excerpt}</code>)
                    </span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ) : null}

      <CiteSection item={item} className={card} />

      <nav aria-label={ja.eventPage.neighbours} className="print:hidden mt-4 grid gap-3 text-sm sm:grid-cols-2">
        {previous ? (
          <Link href={localHref(previous.permalink)} rel="prev" className={neighbour}>
            <span className="block text-muted">← {ja.eventPage.previous}</span>
            <span lang="ja" className={textLinkClass}>{previous.title}</span>
          </Link>
        ) : (
          <span />
        )}
        {next ? (
          <Link href={localHref(next.permalink)} rel="next" className={`${neighbour} text-right`}>
            <span className="block text-muted">{ja.eventPage.next} →</span>
            <span lang="ja" className={textLinkClass}>{next.title}</span>
          </Link>
        ) : null}
      </nav>
    </main>
  );
}
