'use client';

import { useMemo } from 'react';
import type { PlaygroundWords as PlaygroundStrings } from '@/lib/i18n/playground-strings';
import { countStatuses, entryStatus, type EntryStatus } from '@/lib/playground/compare';
import type { ParseAnswer } from '@/lib/playground/protocol';
import { EntryTable, type TableEntry } from './EntryTable';
import type { PublishedIdsState } from './use-published-ids';
import { YearColumns } from './YearColumns';

interface ResultsPanelProps {
  strings: PlaygroundStrings;
  answer: ParseAnswer;
  /** The text the answer was parsed from. */
  text: string;
  published: PublishedIdsState;
}

/** The count, how the entries stand against the site, a chart of the entries per year and the table. */
export function ResultsPanel({ strings, answer, text, published }: ResultsPanelProps) {
  const ids = published.status === 'ready' ? published.ids : null;
  const entries = useMemo<TableEntry[]>(
    () =>
      answer.entries.map((row, index) => ({
        row,
        index,
        status: ids ? entryStatus(row.id, row.hash, ids.events) : null,
        text: text.slice(row.start, row.end),
      })),
    [answer, text, ids],
  );
  const statementStatus: EntryStatus | null =
    ids && answer.statement ? entryStatus(answer.statement.slug, answer.statement.hash, ids.statements) : null;
  const statuses = answer.statement ? (statementStatus ? [statementStatus] : []) : entries.flatMap((e) => (e.status ? [e.status] : []));
  const counts = countStatuses(statuses);
  const dates = useMemo(() => answer.entries.map((row) => row.date), [answer.entries]);

  return (
    <section aria-labelledby="results-heading" className="space-y-3">
      <h2 id="results-heading" className="text-lg font-bold">
        {strings.results.heading}
      </h2>
      <p className="text-xl font-bold" data-testid="entry-count">
        {answer.statement ? strings.results.statementCount : strings.results.count(answer.entries.length)}
      </p>
      <p className="text-sm text-secondary">
        {published.status === 'loading'
          ? strings.results.comparing
          : published.status === 'failed'
            ? strings.results.compareFailed
            : `${strings.results.statusCounts(
                (['new', 'published', 'changed'] as const).map((s) => strings.results.statusPart(strings.results.statuses[s], counts[s])).join(strings.results.statusSeparator),
              )}${strings.results.comparedWith(published.ids.version)}`}
      </p>
      {answer.statement ? (
        <p>
          <span className="font-bold">{answer.statement.title}</span>{' '}
          <span className="font-mono text-sm">{answer.statement.slug}</span>
          {statementStatus ? <span className="ml-2">{strings.results.statuses[statementStatus]}</span> : null}
        </p>
      ) : null}
      <YearColumns strings={strings} dates={dates} />
      {entries.length > 0 ? <EntryTable strings={strings} entries={entries} /> : null}
    </section>
  );
}
