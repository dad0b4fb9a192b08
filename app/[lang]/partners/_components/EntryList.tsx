import Link from 'next/link';
import type { EntryRef } from '@/lib/partners/aggregate';
import { textLinkClass } from '@/app/_components/ui/text-link';
import { localHref, pageStrings } from '@/lib/i18n/page-lang';

/** Entries as dated links to their pages. */
export function EntryList({ entries }: { entries: readonly EntryRef[] }) {
  return (
    <ul className="mt-2 space-y-1.5 text-sm">
      {entries.map((entry) => (
        <li key={entry.id} className="flex flex-wrap gap-x-2">
          <time dateTime={entry.date} className="tabular-nums text-secondary">
            {pageStrings().dates.date(entry.date)}
          </time>
          <Link href={localHref(entry.permalink)} lang="ja" className={textLinkClass}>
            {entry.title}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** Names with counts, each a link: the outlets of a partner, the partners of an outlet. */
export function CountList({ rows }: { rows: ReadonlyArray<{ href: string; name: string; count: number; lang?: string }> }) {
  const { partners: jaPartners } = pageStrings();
  return (
    <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1.5 text-sm">
      {rows.map((row) => (
        <li key={row.href}>
          <Link href={localHref(row.href)} lang={row.lang} className={textLinkClass}>
            {row.name}
          </Link>{' '}
          <span className="tabular-nums text-secondary">{jaPartners.partner.count(row.count)}</span>
        </li>
      ))}
    </ul>
  );
}
