import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getEvent, getEventSource, getExplorerData, partnerName } from '@/lib/data';
import { explorerHref, initialState, type ExplorerItem } from '@/lib/explorer';
import { ja } from '@/lib/i18n/ja';
import { EntrySections, EntryWhenAndWhere } from '../../_components/EntrySections';

interface EventPageProps {
  params: Promise<{ id: string }>;
}

const DESCRIPTION_LENGTH = 120;

export async function generateMetadata({ params }: EventPageProps): Promise<Metadata> {
  const { id } = await params;
  const event = getEvent(id);
  if (!event) return {};
  const chars = [...event.summary];
  const description = chars.length > DESCRIPTION_LENGTH ? `${chars.slice(0, DESCRIPTION_LENGTH - 1).join('')}…` : event.summary;
  return {
    title: event.title,
    description,
    openGraph: { title: event.title, description, type: 'article' },
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

const sectionHeading = 'mt-6 text-lg font-bold text-slate-900';

/** The permalink of one news event. */
export default async function EventPage({ params }: EventPageProps) {
  const { id } = await params;
  const found = eventWithNeighbours(id);
  if (!found) notFound();
  const { item, previous, next } = found;
  const source = getEventSource(id);

  return (
    <main className="mx-auto max-w-3xl px-4 py-6">
      <nav aria-label={ja.eventPage.breadcrumbs} className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <Link href="/" className="text-link">
          {ja.eventPage.home}
        </Link>
        <Link href={explorerHref({ ...initialState, event: item.id })} className="text-link">
          {ja.eventPage.backToTimeline}
        </Link>
      </nav>

      <article className="mt-4 rounded-lg border border-slate-200 bg-white p-5">
        <p className="kind-badge kind-badge-news inline-block">{ja.panel.kindNews}</p>
        <h1 className="mt-2 text-2xl font-bold leading-snug text-slate-900">{item.title}</h1>

        <h2 className="sr-only">{ja.eventPage.metadata}</h2>
        <dl className="detail-meta mt-4">
          <EntryWhenAndWhere item={item} />
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
                      <Link href={explorerHref({ ...initialState, partners: [code] })} className="partner-chip" title={ja.panel.partnerFilter(partnerName(code))}>
                        {partnerName(code)}
                      </Link>
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          ) : null}
        </dl>

        <EntrySections
          item={item}
          headingLevel="h2"
          headingClassName={sectionHeading}
          compact={false}
          entryLink={(entryId, children) => (
            <Link href={`/events/${encodeURIComponent(entryId)}`} className="text-link">
              {children}
            </Link>
          )}
        />
      </article>

      {source ? (
        <section aria-labelledby="source-heading" className="mt-4 rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="source-heading" className="text-lg font-bold text-slate-900">
            {ja.eventPage.source}
          </h2>
          <details className="mt-2 rounded border border-slate-200 bg-slate-50 p-3 text-sm">
            <summary className="cursor-pointer text-slate-700">{ja.eventPage.sourceSummary(source.file, source.line, source.column)}</summary>
            <p className="mt-2 text-slate-600">{ja.eventPage.sourceHint}</p>
            <pre className="mt-2 whitespace-pre-wrap break-all font-sans leading-relaxed text-slate-800">{source.text}</pre>
          </details>
          {source.diagnostics.length > 0 ? (
            <>
              <h3 className="mt-4 font-semibold text-slate-800">{ja.eventPage.notices}</h3>
              <p className="mt-1 text-sm text-slate-600">{ja.eventPage.noticesHint}</p>
              <ul className="mt-2 space-y-2 text-sm">
                {source.diagnostics.map((d) => (
                  <li key={`${d.code}-${d.start}`} data-code={d.code}>
                    <span className="text-slate-800">{ja.diagnostics[d.code] ?? d.message}</span>{' '}
                    <span className="text-slate-600">
                      ({ja.eventPage.position(d.line, d.column)}: <code>{d.excerpt}</code>)
                    </span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ) : null}

      <nav aria-label={ja.eventPage.neighbours} className="mt-4 grid gap-3 text-sm sm:grid-cols-2">
        {previous ? (
          <Link href={previous.permalink} rel="prev" className="rounded border border-slate-200 bg-white p-3 hover:bg-slate-50">
            <span className="block text-slate-600">← {ja.eventPage.previous}</span>
            <span className="text-link">{previous.title}</span>
          </Link>
        ) : (
          <span />
        )}
        {next ? (
          <Link href={next.permalink} rel="next" className="rounded border border-slate-200 bg-white p-3 text-right hover:bg-slate-50">
            <span className="block text-slate-600">{ja.eventPage.next} →</span>
            <span className="text-link">{next.title}</span>
          </Link>
        ) : null}
      </nav>
    </main>
  );
}
