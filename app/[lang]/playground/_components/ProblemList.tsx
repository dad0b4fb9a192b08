'use client';

import clsx from 'clsx';
import type { Diagnostic } from '@/lib/parser/diagnostics';
import type { PlaygroundWords as PlaygroundStrings } from '@/lib/i18n/playground-strings';

/** Past this many, the list stops (the DOM of 10,000 problems would slow the page); the report has all. */
const SHOWN_PROBLEMS = 500;

interface ProblemListProps {
  strings: PlaygroundStrings;
  problems: readonly Diagnostic[];
  resolvedBySite: number;
  describe: (diagnostic: Diagnostic) => string;
  onSelect: (diagnostic: Diagnostic) => void;
}

/**
 * Every problem with its place (line:column), code, reading and the text it is about. Each is a
 * button that selects that text in the editor.
 */
export function ProblemList({ strings, problems, resolvedBySite, describe, onSelect }: ProblemListProps) {
  const errors = problems.filter((d) => d.severity === 'error').length;
  const shown = problems.slice(0, SHOWN_PROBLEMS);
  return (
    <section aria-labelledby="problems-heading" className="space-y-2">
      <h2 id="problems-heading" className="text-lg font-bold">
        {strings.problems.heading}
        <span className="ml-2 text-base font-normal text-secondary">{strings.problems.summary(errors, problems.length - errors)}</span>
      </h2>
      {resolvedBySite > 0 ? <p className="text-sm text-secondary">{strings.problems.resolvedBySite(resolvedBySite)}</p> : null}
      {problems.length === 0 ? (
        <p>{strings.problems.none}</p>
      ) : (
        <ol className="space-y-1.5" aria-label={strings.problems.heading}>
          {shown.map((d) => (
            <li key={`${d.start}-${d.end}-${d.code}`}>
              <button
                type="button"
                onClick={() => onSelect(d)}
                aria-label={`${strings.problems.goTo(d.line, d.column)}: ${strings.problems.severity[d.severity]} ${d.code} ${describe(d)}`}
                className="block w-full rounded border border-rule bg-surface px-3 py-2 text-left hover:bg-surface-hover"
              >
                <span className="flex flex-wrap items-baseline gap-x-3 gap-y-0.5">
                  <span className="font-mono tabular-nums" data-testid="problem-place">
                    {d.line}:{d.column}
                  </span>
                  <span className={clsx('text-sm font-bold', d.severity === 'error' ? 'text-danger' : 'text-statement-deep')}>
                    {strings.problems.severity[d.severity]}
                  </span>
                  <code className="text-sm">{d.code}</code>
                  <span>{describe(d)}</span>
                </span>
                <span className="mt-0.5 block text-sm text-secondary" lang="en">
                  {d.message}
                </span>
                {d.excerpt ? (
                  <q className="mt-0.5 block truncate text-sm text-muted before:content-['「'] after:content-['」']">{d.excerpt}</q>
                ) : null}
              </button>
            </li>
          ))}
        </ol>
      )}
      {problems.length > shown.length ? <p className="text-sm text-secondary">{strings.problems.more(shown.length, problems.length)}</p> : null}
    </section>
  );
}
