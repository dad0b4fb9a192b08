import Link from 'next/link';
import type { ReactNode } from 'react';
import { dateTimeAttribute, formatJaDate, formatJaDateTime, type ExplorerItem } from '@/lib/explorer';
import { ja } from '@/lib/i18n/ja';

/** When and through whom: the first rows of an entry's facts (`<dt>`/`<dd>` pairs for a `<dl>`). */
export function EntryWhenAndWhere({ item }: { item: ExplorerItem }) {
  return (
    <>
      <dt>{ja.panel.date}</dt>
      <dd>
        <time dateTime={dateTimeAttribute(item.date, item.time)}>{formatJaDateTime(item.date, item.time)}</time>
      </dd>
      {item.outlet ? (
        <>
          <dt>{ja.panel.outlet}</dt>
          <dd>
            {item.outlet.name}
            {item.outlet.via ? <span className="text-slate-600">({ja.panel.via(item.outlet.via)})</span> : null}
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
}

/**
 * The body of an entry, shared by the explorer's detail panel and the permalink page: summary
 * (or a statement's lead), editor's notes, cross-references, related statements and events.
 * Every string is rendered as React text.
 */
export function EntrySections({ item, headingLevel: Heading, headingClassName, compact, entryLink }: EntrySectionsProps) {
  const listText = compact ? 'text-sm' : '';
  const gap = compact ? 'mt-1' : 'mt-2';
  return (
    <>
      <Heading className={headingClassName}>{item.kind === 'news' ? ja.panel.summary : ja.panel.lead}</Heading>
      <p className={`${gap} leading-relaxed text-slate-800`}>{item.summary}</p>

      {item.notes.length > 0 ? (
        <>
          <Heading className={headingClassName}>{ja.panel.notes}</Heading>
          <ul className={`${gap} space-y-1 leading-relaxed text-slate-700 ${listText}`}>
            {item.notes.map((note, index) => (
              <li key={index}>{note}</li>
            ))}
          </ul>
        </>
      ) : null}

      {item.refs.length > 0 ? (
        <>
          <Heading className={headingClassName}>{ja.panel.refs}</Heading>
          <ul className={`${gap} space-y-1 ${listText}`}>
            {item.refs.map((ref) => (
              <li key={ref.id}>
                {ref.resolved ? entryLink(ref.id, ref.title ?? ref.id) : <span className="text-slate-700">{ref.outlet}</span>}{' '}
                <span className={`text-slate-600 ${compact ? '' : 'text-sm'}`}>
                  {ref.date ? <time dateTime={ref.date}>{formatJaDate(ref.date)}</time> : null} <code>{ref.id}</code>
                </span>
                {ref.resolved ? null : <span className="block text-sm text-slate-600">{ja.panel.refUnresolved}</span>}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {item.relatedStatements.length > 0 ? (
        <>
          <Heading className={headingClassName}>{ja.panel.relatedStatements}</Heading>
          <ul className={`${gap} space-y-1 ${listText}`}>
            {item.relatedStatements.map((statement) => (
              <li key={statement.slug}>
                <Link href={`/statements/${encodeURIComponent(statement.slug)}`} className="text-link">
                  {statement.title}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {item.relatedEvents.length > 0 ? (
        <>
          <Heading className={headingClassName}>{ja.panel.relatedEvents}</Heading>
          <ul className={`${gap} space-y-1 ${listText}`}>
            {item.relatedEvents.map((event) => (
              <li key={event.id}>
                {entryLink(event.id, event.title)}{' '}
                <time dateTime={event.date} className="text-slate-600">
                  {formatJaDate(event.date)}
                </time>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
