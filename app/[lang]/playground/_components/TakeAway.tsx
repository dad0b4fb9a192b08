'use client';

import { useState } from 'react';
import type { PlaygroundWords as PlaygroundStrings } from '@/lib/i18n/playground-strings';
import type { ExportKind } from '@/lib/playground/protocol';
import { shareFragment } from '@/lib/playground/share';
import { Button } from '@/app/_components/ui/button';

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
  /** Whether a parse of the current text is there to save. */
  parsed: boolean;
  exportFile: (kind: ExportKind, fileName: string) => Promise<string | null>;
  fileName: string;
}

/** Downloads of the text, the entries and the problems, and a share link that carries the text. */
export function TakeAway({ strings, getText, parsed, exportFile, fileName }: TakeAwayProps) {
  const [share, setShare] = useState<{ link: string } | { tooLong: true } | null>(null);
  const [exportFailed, setExportFailed] = useState(false);
  const base = fileName.replace(/\.[^.]*$/, '') || 'digest';
  const saveExport = async (kind: ExportKind) => {
    const content = await exportFile(kind, fileName);
    setExportFailed(content === null);
    if (content !== null) save(kind === 'json' ? `${base}.json` : `${base}.problems.txt`, content, kind === 'json' ? 'application/json' : 'text/plain;charset=utf-8');
  };

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
        <Button disabled={!parsed} onClick={() => void saveExport('json')}>
          {strings.takeAway.saveJson}
        </Button>
        <Button disabled={!parsed} onClick={() => void saveExport('report')}>
          {strings.takeAway.saveReport}
        </Button>
        <Button onClick={() => void makeShareLink()}>{strings.takeAway.share}</Button>
      </div>
      <p className="text-sm text-secondary">{strings.takeAway.reportNote}</p>
      <div aria-live="polite">
        {exportFailed ? <p role="status">{strings.takeAway.exportFailed}</p> : null}
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
