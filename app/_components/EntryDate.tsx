import { dateTimeAttribute, type ExplorerItem } from '@/lib/explorer';
import type { ClientStrings } from './i18n/client-strings';

/**
 * When an entry happened, and when it was reported where that is another day (or the day is a
 * scheduled one): `2022年6月29日(水)（報道 2022年6月30日(木) 00:34）`. Both are `<time>` elements,
 * so a machine reads each; the words say which date is which.
 */
export function EntryDate({ item, t }: { item: Pick<ExplorerItem, 'kind' | 'date' | 'time' | 'dateEnd' | 'dateStatus' | 'reported'>; t: Pick<ClientStrings, 'ui' | 'pages' | 'dates'> }) {
  const { reported } = item;
  const { ui: ja, pages, dates } = t;
  const notes = [item.dateStatus === 'scheduled' ? ja.panel.scheduled : null].filter((note) => note !== null);
  return (
    <>
      <time dateTime={dateTimeAttribute(item.date, item.time)} data-date="happened">
        {dates.eventDay(item)}
      </time>
      {reported || notes.length > 0 ? (
        <span className="text-muted">
          {pages.parenOpen}{notes.join(pages.listSeparator)}
          {reported ? (
            <>
              {notes.length > 0 ? pages.listSeparator : ''}
              {ja.panel.reported(item.kind)}{' '}
              <time dateTime={dateTimeAttribute(reported.date, reported.time)} data-date="reported">{dates.dateTime(reported.date, reported.time)}</time>
            </>
          ) : null}
          {pages.parenClose}
        </span>
      ) : null}
    </>
  );
}
