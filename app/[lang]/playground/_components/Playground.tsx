'use client';

import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Diagnostic } from '@/lib/parser/diagnostics';
import type { PlaygroundWords } from '@/lib/i18n/playground-strings';
import { problemsAgainstSite } from '@/lib/playground/compare';
import { textFromFragment } from '@/lib/playground/share';
import { OpenInExplorer } from './OpenInExplorer';
import { ProblemList } from './ProblemList';
import { readFileAsText } from './read-file';
import { ResultsPanel } from './ResultsPanel';
import { SourceEditor, type SourceEditorHandle } from './SourceEditor';
import { TakeAway } from './TakeAway';
import { useOfflineCache } from './use-offline-cache';
import { useParseWorker } from './use-parse-worker';
import { usePublishedIds } from './use-published-ids';

type Notice = { tone: 'info' | 'problem'; lines: string[]; example?: boolean };

/**
 * The playground's island: the editor, the file input, a drop anywhere on the page, and the
 * results of the worker's parse. The text stays in this page: it goes to the worker and to files
 * the reader saves, never to the server. Its words come from the page's language (PlaygroundJa,
 * PlaygroundEn: each imports its own dictionary only).
 */
export function Playground({ strings }: { strings: PlaygroundWords }) {
  const editor = useRef<SourceEditorHandle>(null);
  const { result, pending, parse, parseSoon, exportFile, keepPreview } = useParseWorker();
  const published = usePublishedIds();
  const offlineReady = useOfflineCache();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [fileName, setFileName] = useState('digest.txt');
  const [dragging, setDragging] = useState(false);
  const hintId = useId();

  const load = useCallback(
    (text: string, lines: string[]) => {
      editor.current?.setText(text);
      parse(text);
      setNotice(lines.length > 0 ? { tone: 'info', lines } : null);
    },
    [parse],
  );

  const openFile = useCallback(
    async (file: File) => {
      const read = await readFileAsText(file);
      if (read.ok) {
        setFileName(file.name);
        load(read.text, [strings.fileLoaded(file.name), strings.encodingUsed(read.encoding)].filter(Boolean));
        return;
      }
      if (read.reason === 'empty') {
        setFileName(file.name);
        editor.current?.setText('');
        setNotice({ tone: 'problem', lines: [strings.fileLoaded(file.name), strings.bad.empty], example: true });
        return;
      }
      const message =
        read.reason === 'too-large' ? strings.bad.tooLarge((read.bytes / 1024 / 1024).toFixed(1)) : read.reason === 'binary' ? strings.bad.binary : read.reason === 'undecodable' ? strings.bad.undecodable : strings.bad.unreadable;
      setNotice({ tone: 'problem', lines: [message] });
    },
    [load, strings],
  );

  // A file dropped anywhere on the page is read; the browser must not open it in the tab instead.
  useEffect(() => {
    const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const over = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (event.relatedTarget === null) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (file) void openFile(file);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [openFile]);

  // A share link's text (in the #fragment, which no request carries).
  useEffect(() => {
    if (!location.hash.startsWith('#text=')) return;
    void textFromFragment(location.hash).then((text) =>
      text === null ? setNotice({ tone: 'problem', lines: [strings.takeAway.badLink] }) : load(text, [strings.takeAway.loadedFromLink]),
    );
  }, [load, strings]);

  const answer = result?.answer ?? null;
  const siteIds = published.status === 'ready' ? published.ids : null;
  // Kept between renders: the editor re-marks its problems (thousands, in a long text) only when they change.
  const { problems, resolvedBySite } = useMemo(
    () => (answer ? problemsAgainstSite(answer.diagnostics, answer.entries, siteIds) : { problems: [], resolvedBySite: 0 }),
    [answer, siteIds],
  );
  const describe = useCallback((d: Diagnostic) => strings.diagnostics[d.code] ?? d.message, [strings]);
  const nothingFound = answer?.diagnostics.some((d) => d.code === 'no-entries' || d.code === 'empty-input') ?? false;

  return (
    <div className="space-y-6">
      {dragging ? (
        <div className="pointer-events-none fixed inset-0 z-40 flex items-center justify-center bg-accent-soft/90 text-2xl font-bold text-accent-strong" aria-hidden="true">
          {strings.dropHere}
        </div>
      ) : null}
      <div className="space-y-2">
        <label className="inline-flex flex-wrap items-center gap-2">
          <span className="font-bold">{strings.chooseFile}</span>
          <input
            type="file"
            accept=".txt,text/plain"
            className="text-sm"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              if (file) void openFile(file);
              event.currentTarget.value = '';
            }}
          />
        </label>
        <p id={hintId} className="text-sm text-secondary">
          {strings.editorLabel}: {strings.editorHint}
        </p>
        <SourceEditor
          ref={editor}
          label={strings.editorLabel}
          describedBy={hintId}
          diagnostics={problems}
          describe={describe}
          onEdit={(text) => {
            setNotice(null);
            parseSoon(text);
          }}
        />
        <div role="status" aria-live="polite" className="min-h-6 space-y-1">
          {notice?.lines.map((line) => (
            <p key={line} className={notice.tone === 'problem' ? 'font-bold text-alert-ink' : undefined}>
              {line}
            </p>
          ))}
          {pending ? <p className="text-secondary">{strings.parsing}</p> : answer ? <p>{strings.format[answer.format]}</p> : null}
          {nothingFound && !notice?.example ? <p className="font-bold text-alert-ink">{strings.bad.noEntries}</p> : null}
        </div>
        {notice?.example || nothingFound ? (
          <div className="rounded border border-notice-rule bg-notice px-3 py-2 text-notice-ink">
            <p>{strings.bad.exampleIntro}</p>
            <pre className="mt-1 text-sm whitespace-pre-wrap">{strings.bad.example}</pre>
          </div>
        ) : null}
      </div>
      {answer && result ? (
        <>
          <ProblemList strings={strings} problems={problems} resolvedBySite={resolvedBySite} describe={describe} onSelect={(d) => editor.current?.select(d.start, d.end)} />
          <ResultsPanel strings={strings} answer={answer} text={result.text} published={published} />
          <OpenInExplorer strings={strings} ready={!pending && (answer.entries.length > 0 || answer.statement !== null)} fileName={fileName} keepPreview={keepPreview} />
        </>
      ) : null}
      {offlineReady ? (
        <p className="text-sm text-secondary" data-testid="offline-ready">
          {strings.offlineReady}
        </p>
      ) : null}
      <TakeAway strings={strings} getText={() => editor.current?.getText() ?? ''} parsed={answer !== null && !pending} exportFile={exportFile} fileName={fileName} />
    </div>
  );
}
