import Link from 'next/link';
import { formatJaDateTime, sortNewestFirst, type ExplorerItem } from '@/lib/explorer';
import { ja } from '@/lib/i18n/ja';
import { StateLink } from './StateLink';

interface EventListProps {
  items: readonly ExplorerItem[];
  hrefOnTimeline: (id: string) => string;
  onShowOnTimeline: (id: string) => void;
}

/**
 * The list view: the filtered entries as a feed, newest first, grouped by year. Plain links and
 * headings, so it reads the same with JavaScript off.
 */
export function EventList({ items, hrefOnTimeline, onShowOnTimeline }: EventListProps) {
  const years = new Map<string, ExplorerItem[]>();
  for (const item of sortNewestFirst(items)) {
    const year = item.date.slice(0, 4);
    const entries = years.get(year);
    if (entries) entries.push(item);
    else years.set(year, [item]);
  }
  return (
    <section aria-labelledby="list-heading" className="event-list">
      <h2 id="list-heading" className="text-lg font-bold text-slate-900">
        {ja.list.heading}
      </h2>
      <p className="text-sm text-slate-600">{ja.list.order}</p>
      {[...years].map(([year, entries]) => (
        <section key={year} aria-labelledby={`year-${year}`} className="mt-4">
          <h3 id={`year-${year}`} className="year-heading">
            {ja.list.yearHeading(year)}
          </h3>
          <ol className="mt-2 space-y-3">
            {entries.map((item) => (
              <li key={item.id}>
                <article className={`list-entry list-entry-${item.kind}`} aria-labelledby={`entry-${item.id}`}>
                  <h4 id={`entry-${item.id}`} className="font-bold leading-snug">
                    <Link href={item.permalink} className="text-link">
                      {item.title}
                    </Link>
                  </h4>
                  <p className="mt-1 text-sm text-slate-600">
                    <time dateTime={item.date}>{formatJaDateTime(item.date, item.time)}</time>
                    {item.outlet ? (
                      <>
                        {' ・ '}
                        <span>{item.outlet.name}</span>
                        {item.outlet.via ? <span>({ja.panel.via(item.outlet.via)})</span> : null}
                      </>
                    ) : (
                      <>
                        {' ・ '}
                        <span>{ja.panel.statementKinds[item.statementKind ?? 'other']}</span>
                      </>
                    )}
                  </p>
                  <p className="mt-1 leading-relaxed text-slate-800">{item.summary}</p>
                  <p className="mt-1 flex flex-wrap gap-x-4 text-sm">
                    <Link href={item.permalink} className="text-link">
                      {item.kind === 'news' ? ja.panel.permalink : ja.list.readFullText}
                    </Link>
                    <StateLink href={hrefOnTimeline(item.id)} onNavigate={() => onShowOnTimeline(item.id)} className="text-link">
                      {ja.list.showOnTimeline}
                    </StateLink>
                  </p>
                </article>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </section>
  );
}
