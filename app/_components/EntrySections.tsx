import clsx from 'clsx';
import type { ReactNode } from 'react';
import { statementPermalink, type ExplorerItem, type FacetOption } from '@/lib/explorer';
import { hrefIn, type ClientStrings } from './i18n/client-strings';
import { outletPageHref } from '@/app/[lang]/partners/_components/links';
import { EntryDate } from './EntryDate';
import { RelatedEvidence } from './RelatedEvidence';
import { TextLink } from './ui/text-link';

/** An entry's facts as a two-column list: the names (`<dt>`) muted, the values beside them. */
export function EntryFacts({ className, children }: { className?: string; children: ReactNode }) {
  return <dl className={clsx('grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1.5 text-sm/normal [&>dt]:font-semibold [&>dt]:text-muted', className)}>{children}</dl>;
}

/** When and through whom: the first rows of an entry's facts (`<dt>`/`<dd>` pairs for a `<dl>`). */
export function EntryWhenAndWhere({ item, t, outlets }: { item: ExplorerItem; t: ClientStrings; outlets: ReadonlyMap<string, FacetOption> }) {
  const ja = t.ui;
  const outlet = item.outlet ? outlets.get(item.outlet.key) : undefined;
  return (
    <>
      <dt>{ja.panel.date}</dt>
      <dd>
        <EntryDate item={item} t={t} />
      </dd>
      {item.outlet ? (
        <>
          <dt>{ja.panel.outlet}</dt>
          <dd>
            <TextLink href={hrefIn(t, outletPageHref(item.outlet.key))} lang={outlet ? outlet.lang : 'ja'}>{outlet?.label ?? item.outlet.name}</TextLink>
            {item.outlet.via ? <span className="text-muted">{ja.panel.via(item.outlet.via)}</span> : null}
          </dd>
        </>
      ) : null}
    </>
  );
}

interface EntrySectionsProps {
  item: ExplorerItem;
  /** h3 inside the explorer's panel (under its h2 title), h2 on a permalink page. */
  headingLevel: 'h2' | 'h3';
  headingClassName: string;
  /** Smaller text in the panel, body text on a page. */
  compact: boolean;
  /**
   * A link to another entry of the chronology: the panel selects it in place, a permalink page
   * goes to that entry's page.
   */
  entryLink: (id: string, children: ReactNode) => ReactNode;
  /** A partner code's display name (a related link's evidence names it). */
  partnerLabel: (code: string) => string;
  t: ClientStrings;
}

/**
 * The body of an entry, shared by the explorer's detail panel and the permalink page: summary
 * (or a statement's lead), editor's notes, cross-references, related statements and events, each with the evidence of its link.
 * Every string is rendered as React text.
 */
export function EntrySections({ item, headingLevel: Heading, headingClassName, compact, entryLink, partnerLabel, t }: EntrySectionsProps) {
  const ja = t.ui;
  const listText = compact ? 'text-sm' : '';
  const gap = compact ? 'mt-1' : 'mt-2';
  return (
    <>
      <Heading className={headingClassName}>{item.kind === 'news' ? ja.panel.summary : ja.panel.lead}</Heading>
      <p lang="ja" className={clsx(gap, 'leading-relaxed text-body')}>{item.summary}</p>

      {item.notes.length > 0 ? (
        <>
          <Heading className={headingClassName}>{ja.panel.notes}</Heading>
          <ul lang="ja" className={clsx(gap, 'space-y-1 leading-relaxed text-secondary', listText)}>
            {item.notes.map((note, index) => (
              <li key={index}>{note}</li>
            ))}
          </ul>
        </>
      ) : null}

      {item.refs.length > 0 ? (
        <>
          <Heading className={headingClassName}>{ja.panel.refs}</Heading>
          <ul className={clsx(gap, 'space-y-1', listText)}>
            {item.refs.map((ref) => (
              <li key={ref.id}>
                {ref.resolved ? entryLink(ref.id, <span lang="ja">{ref.title ?? ref.id}</span>) : <span lang="ja" className="text-secondary">{ref.outlet}</span>}{' '}
                <span className={clsx('text-muted', !compact && 'text-sm')}>
                  {ref.date ? <time dateTime={ref.date}>{t.dates.date(ref.date)}</time> : null} <code>{ref.id}</code>
                </span>
                {ref.resolved ? null : <span className="block text-sm text-muted">{ja.panel.refUnresolved}</span>}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {item.relatedStatements.length > 0 ? (
        <>
          <Heading className={headingClassName}>{ja.panel.relatedStatements}</Heading>
          <ul className={clsx(gap, 'space-y-1', listText)}>
            {item.relatedStatements.map((statement) => (
              <li key={statement.slug}>
                <TextLink href={hrefIn(t, statementPermalink(statement.slug))} lang="ja">{statement.title}</TextLink>
                <RelatedEvidence t={t} evidence={statement.evidence} statementHref={hrefIn(t, statementPermalink(statement.slug))} partnerLabel={partnerLabel} className="mt-0.5" />
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {item.relatedEvents.length > 0 ? (
        <>
          <Heading className={headingClassName}>{ja.panel.relatedEvents}</Heading>
          <ul className={clsx(gap, 'space-y-1', listText)}>
            {item.relatedEvents.map((event) => (
              <li key={event.id}>
                {entryLink(event.id, <span lang="ja">{event.title}</span>)}{' '}
                <time dateTime={event.date} className="text-muted">
                  {t.dates.date(event.date)}
                </time>
                <RelatedEvidence t={t} evidence={event.evidence} statementHref={hrefIn(t, item.permalink)} partnerLabel={partnerLabel} className="mt-0.5" />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
