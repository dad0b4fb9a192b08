'use client';

import { Fragment, useMemo, useState } from 'react';
import type { EntryStatus } from '@/lib/playground/compare';
import type { EntryRow } from '@/lib/playground/protocol';
import type { PlaygroundWords as PlaygroundStrings } from '@/lib/i18n/playground-strings';
import { Button } from '@/app/_components/ui/button';
import { DifferenceView } from './DifferenceView';

/** One page of rows: thousands of rows at once would make every sort a long task. */
const PAGE_SIZE = 200;

type Column = 'id' | 'date' | 'outlet' | 'partners' | 'title' | 'status';
const COLUMNS: readonly Column[] = ['id', 'date', 'outlet', 'partners', 'title', 'status'];

export interface TableEntry {
  row: EntryRow;
  /** Where it was, in text order: the order of a column's ties. */
  index: number;
  status: EntryStatus | null;
  /** The entry as written in the text, for the difference with the site's version. */
  text: string;
}

function sortKey(entry: TableEntry, column: Column): string {
  const { row: event } = entry;
  switch (column) {
    case 'id':
      return event.id;
    case 'date':
      return `${event.date} ${event.time ?? ''}`;
    case 'outlet':
      return event.outlet;
    case 'partners':
      return event.partners.join(',');
    case 'title':
      return event.title;
    case 'status':
      return entry.status ?? '';
  }
}

/** The entries found, sortable by any column, one page at a time; a title opens its summary. */
export function EntryTable({ strings, entries }: { strings: PlaygroundStrings; entries: readonly TableEntry[] }) {
  const [sort, setSort] = useState<{ column: Column; descending: boolean } | null>(null);
  const [page, setPage] = useState(0);
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const sorted = useMemo(() => {
    if (!sort) return entries;
    const keyed = entries.map((entry) => ({ entry, key: sortKey(entry, sort.column) }));
    keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.entry.index - b.entry.index) * (sort.descending ? -1 : 1));
    return keyed.map(({ entry }) => entry);
  }, [entries, sort]);
  const lastPage = Math.max(0, Math.ceil(sorted.length / PAGE_SIZE) - 1);
  const current = Math.min(page, lastPage);
  const rows = sorted.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);
  const toggle = (index: number) =>
    setOpen((was) => {
      const next = new Set(was);
      if (!next.delete(index)) next.add(index);
      return next;
    });

  return (
    <div className="space-y-2">
      <div className="overflow-x-auto" tabIndex={0} role="group" aria-label={strings.table.caption}>
        <table className="w-full min-w-[48rem] border-collapse text-sm">
          <caption className="sr-only">{strings.table.caption}</caption>
          <thead>
            <tr>
              {COLUMNS.map((column) => {
                const direction = sort?.column === column ? (sort.descending ? 'descending' : 'ascending') : null;
                return (
                  <th key={column} scope="col" aria-sort={direction ?? 'none'} className="border-b border-rule-strong px-2 py-1 text-left">
                    <button
                      type="button"
                      className="font-bold hover:underline"
                      aria-label={strings.table.sortBy(strings.table.columns[column], direction)}
                      onClick={() => setSort({ column, descending: direction === 'ascending' })}
                    >
                      {strings.table.columns[column]}
                      <span aria-hidden="true">{direction === 'ascending' ? ' ▲' : direction === 'descending' ? ' ▼' : ''}</span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {rows.map((entry) => {
              const { row: event } = entry;
              const expanded = open.has(entry.index);
              const detailId = `entry-detail-${entry.index}`;
              return (
                <Fragment key={entry.index}>
                  <tr className="border-b border-rule align-top">
                    <td className="px-2 py-1 font-mono whitespace-nowrap">{event.id}</td>
                    <td className="px-2 py-1 whitespace-nowrap tabular-nums">
                      {event.date}
                      {event.time ? ` ${event.time}` : ''}
                    </td>
                    <td className="px-2 py-1">{event.outlet}</td>
                    <td className="px-2 py-1">{event.partners.length > 0 ? event.partners.join(', ') : strings.table.noPartners}</td>
                    <td className="px-2 py-1">
                      <button type="button" aria-expanded={expanded} aria-controls={detailId} onClick={() => toggle(entry.index)} className="text-left text-accent underline underline-offset-2 hover:text-accent-strong">
                        {event.title || event.id}
                      </button>
                    </td>
                    <td className="px-2 py-1 whitespace-nowrap">{entry.status ? strings.results.statuses[entry.status] : ''}</td>
                  </tr>
                  {expanded ? (
                    <tr id={detailId} className="border-b border-rule bg-page">
                      <td colSpan={COLUMNS.length} className="space-y-2 px-3 py-2">
                        <p>
                          <span className="font-bold">{strings.table.summary}: </span>
                          {event.summary || strings.table.noSummary}
                        </p>
                        {event.notes.map((note, i) => (
                          <p key={i} className="text-secondary">
                            {strings.table.notes}: {note}
                          </p>
                        ))}
                        {entry.status === 'changed' ? <DifferenceView strings={strings} id={event.id} yours={entry.text} /> : null}
                      </td>
                    </tr>
                  ) : null}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
      {lastPage > 0 ? (
        <nav aria-label={strings.table.pager} className="flex items-center gap-3 text-sm">
          <Button disabled={current === 0} onClick={() => setPage(current - 1)}>
            {strings.table.previous}
          </Button>
          <span aria-live="polite">{strings.table.page(current * PAGE_SIZE + 1, current * PAGE_SIZE + rows.length, sorted.length)}</span>
          <Button disabled={current === lastPage} onClick={() => setPage(current + 1)}>
            {strings.table.next}
          </Button>
        </nav>
      ) : null}
    </div>
  );
}
