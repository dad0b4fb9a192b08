'use client';

import { useMemo } from 'react';
import { countYearGroups, PARTNER_GROUPS } from '@/lib/charts/year-groups';
import { jaPartners } from '@/lib/i18n/ja-partners';
import type { PlaygroundStrings } from '@/lib/i18n/ja-playground';
import { countStatuses, entryStatus, type EntryStatus } from '@/lib/playground/compare';
import type { ParseAnswer } from '@/lib/playground/protocol';
import { StackedYearChart } from '../../_components/charts/StackedYearChart';
import { EntryTable, type TableEntry } from './EntryTable';
import type { PublishedIdsState } from './use-published-ids';

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
      answer.entries.map((event, index) => ({
        event,
        index,
        status: ids ? entryStatus(event.id, answer.hashes[index] ?? '', ids.events) : null,
        text: text.slice(event.span.start, event.span.end),
      })),
    [answer, text, ids],
  );
  const statementStatus: EntryStatus | null =
    ids && answer.statement && answer.statementHash ? entryStatus(answer.statement.slug, answer.statementHash, ids.statements) : null;
  const statuses = answer.statement ? (statementStatus ? [statementStatus] : []) : entries.flatMap((e) => (e.status ? [e.status] : []));
  const counts = countStatuses(statuses);
  const years = useMemo(() => countYearGroups(answer.entries), [answer.entries]);
  const first = years[0];
  const last = years.at(-1);

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
                (['new', 'published', 'changed'] as const).map((s) => strings.results.statusPart(strings.results.statuses[s], counts[s])).join('・'),
              )}(${strings.results.comparedWith(published.ids.version)})`}
      </p>
      {answer.statement ? (
        <p>
          <span className="font-bold">{answer.statement.title}</span>{' '}
          <span className="font-mono text-sm">{answer.statement.slug}</span>
          {statementStatus ? <span className="ml-2">{strings.results.statuses[statementStatus]}</span> : null}
        </p>
      ) : null}
      {first && last ? (
        <StackedYearChart
          id="playground-years"
          title={strings.chart.title}
          description={strings.chart.description(Number(first[0]), Number(last[0]), answer.entries.length)}
          series={PARTNER_GROUPS.map((group) => ({ tone: group, label: jaPartners.groups[group] }))}
          rows={years.map(([year, groups]) => ({ year: Number(year), values: PARTNER_GROUPS.map((group) => groups[group]) }))}
        />
      ) : null}
      {entries.length > 0 ? <EntryTable strings={strings} entries={entries} /> : null}
    </section>
  );
}
