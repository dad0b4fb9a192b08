import Link from 'next/link';
import type { EntryRef } from '@/lib/partners/aggregate';
import { formatJaDate } from '@/lib/explorer';
import { jaPartners } from '@/lib/i18n/ja-partners';
import { textLinkClass } from '@/app/_components/ui/text-link';

/** Entries as dated links to their pages. */
export function EntryList({ entries }: { entries: readonly EntryRef[] }) {
  return (
    <ul className="mt-2 space-y-1.5 text-sm">
      {entries.map((entry) => (
        <li key={entry.id} className="flex flex-wrap gap-x-2">
          <time dateTime={entry.date} className="tabular-nums text-secondary">
            {formatJaDate(entry.date)}
          </time>
          <Link href={entry.permalink} className={textLinkClass}>
            {entry.title}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** Names with counts, each a link: the outlets of a partner, the partners of an outlet. */
export function CountList({ rows }: { rows: ReadonlyArray<{ href: string; name: string; count: number }> }) {
  return (
    <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1.5 text-sm">
      {rows.map((row) => (
        <li key={row.href}>
          <Link href={row.href} className={textLinkClass}>
            {row.name}
          </Link>{' '}
          <span className="tabular-nums text-secondary">{jaPartners.partner.count(row.count)}</span>
        </li>
      ))}
    </ul>
  );
}
