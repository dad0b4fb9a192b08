import { dateTimeAttribute, formatJaDateTime, formatJaEventDay, type ExplorerItem } from '@/lib/explorer';
import { ja } from '@/lib/i18n/ja';

/**
 * When an entry happened, and when it was reported where that is another day (or the day is a
 * scheduled one): `2022年6月29日(水)（報道 2022年6月30日(木) 00:34）`. Both are `<time>` elements,
 * so a machine reads each; the words say which date is which.
 */
export function EntryDate({ item }: { item: Pick<ExplorerItem, 'kind' | 'date' | 'time' | 'dateEnd' | 'dateStatus' | 'reported'> }) {
  const { reported } = item;
  const notes = [item.dateStatus === 'scheduled' ? ja.panel.scheduled : null].filter((note) => note !== null);
  return (
    <>
      <time dateTime={dateTimeAttribute(item.date, item.time)} data-date="happened">
        {formatJaEventDay(item)}
      </time>
      {reported || notes.length > 0 ? (
        <span className="text-muted">
          （{notes.join('・')}
          {reported ? (
            <>
              {notes.length > 0 ? '・' : ''}
              {ja.panel.reported(item.kind)}{' '}
              <time dateTime={dateTimeAttribute(reported.date, reported.time)} data-date="reported">{formatJaDateTime(reported.date, reported.time)}</time>
            </>
          ) : null}
          ）
        </span>
      ) : null}
    </>
  );
}
