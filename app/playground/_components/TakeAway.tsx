'use client';

import { useState } from 'react';
import type { PlaygroundStrings } from '@/lib/i18n/ja-playground';
import { fileTextReport } from '@/lib/parser/text-report';
import type { ParseAnswer } from '@/lib/playground/protocol';
import { shareFragment } from '@/lib/playground/share';
import { Button } from '../../_components/ui/button';

/** Saves a text as a file, in the browser: nothing is uploaded. */
function save(name: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

interface TakeAwayProps {
  strings: PlaygroundStrings;
  /** The editor's text now (it may be ahead of the last parse). */
  getText: () => string;
  answer: ParseAnswer | null;
  fileName: string;
}

/** Downloads of the text, the entries and the problems, and a share link that carries the text. */
export function TakeAway({ strings, getText, answer, fileName }: TakeAwayProps) {
  const [share, setShare] = useState<{ link: string } | { tooLong: true } | null>(null);
  const base = fileName.replace(/\.[^.]*$/, '') || 'digest';
  const parsed = answer?.statement
    ? ({ kind: 'statement', statement: answer.statement } as const)
    : answer
      ? ({ kind: 'digest', events: answer.entries } as const)
      : null;

  const makeShareLink = async () => {
    const fragment = await shareFragment(getText());
    setShare(fragment === null ? { tooLong: true } : { link: `${location.origin}${location.pathname}#${fragment}` });
  };

  return (
    <section aria-labelledby="take-away-heading" className="space-y-2">
      <h2 id="take-away-heading" className="text-lg font-bold">
        {strings.takeAway.heading}
      </h2>
      <div className="flex flex-wrap gap-2">
        <Button onClick={() => save(fileName, getText(), 'text/plain;charset=utf-8')}>{strings.takeAway.saveText}</Button>
        <Button
          disabled={!answer}
          onClick={() => {
            if (!answer) return;
            const body = answer.statement ? { statement: answer.statement, diagnostics: answer.diagnostics } : { events: answer.entries, diagnostics: answer.diagnostics };
            save(`${base}.json`, `${JSON.stringify(body, null, 2)}\n`, 'application/json');
          }}
        >
          {strings.takeAway.saveJson}
        </Button>
        <Button
          disabled={!answer || !parsed}
          onClick={() => {
            if (answer && parsed) save(`${base}.problems.txt`, fileTextReport(fileName, parsed, answer.diagnostics), 'text/plain;charset=utf-8');
          }}
        >
          {strings.takeAway.saveReport}
        </Button>
        <Button onClick={() => void makeShareLink()}>{strings.takeAway.share}</Button>
      </div>
      <p className="text-sm text-secondary">{strings.takeAway.reportNote}</p>
      <div aria-live="polite">
        {share && 'tooLong' in share ? <p role="status">{strings.takeAway.shareTooLong}</p> : null}
        {share && 'link' in share ? (
          <div className="space-y-1">
            <p>{strings.takeAway.shareReady}</p>
            <label className="block text-sm">
              {strings.takeAway.shareLabel}
              <input readOnly value={share.link} onFocus={(event) => event.currentTarget.select()} className="mt-0.5 block w-full rounded border border-control bg-surface px-2 py-1 font-mono text-xs" />
            </label>
          </div>
        ) : null}
      </div>
    </section>
  );
}
