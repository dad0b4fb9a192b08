'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import {
  internalErrorAnswer,
  isExportAnswer,
  isParseAnswer,
  isPreviewAnswer,
  ParseSequence,
  type ExportKind,
  type ParseAnswer,
  type ParseRequest,
  type PreviewAnswer,
  type ToWorker,
} from '@/lib/playground/protocol';

/** How long typing must pause before the text is parsed again. */
const TYPING_PAUSE_MS = 300;

/** An answer with the text it was parsed from. */
export interface ParsedText {
  answer: ParseAnswer;
  text: string;
}

export interface ParseWorker {
  result: ParsedText | null;
  pending: boolean;
  /** Parses at once (a dropped or chosen file). */
  parse: (text: string) => void;
  /** Parses after a pause in typing. */
  parseSoon: (text: string) => void;
  /** The current parse written out as a file (null when it cannot be had any more). */
  exportFile: (kind: ExportKind, fileName: string) => Promise<string | null>;
  /** The current parse kept for the preview page (null when the worker no longer holds it). */
  keepPreview: (fileName: string) => Promise<PreviewAnswer | null>;
}

/**
 * The parser worker (parse.worker.ts) behind the page. Every parse call makes earlier answers
 * stale at once, so an answer for a text that has changed since is never shown. A request sent
 * while another is still being parsed cancels it: the worker is ended and a fresh one takes the
 * request, rather than the page waiting for a parse whose answer it would drop.
 */
export function useParseWorker(): ParseWorker {
  const [result, setResult] = useState<ParsedText | null>(null);
  const [pending, setPending] = useState(false);
  const sequence = useRef(new ParseSequence());
  /** The latest request's text: the current answer's offsets point into it. */
  const latestText = useRef('');
  const worker = useRef<Worker | null>(null);
  const inFlight = useRef<number | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const exports = useRef(new Map<string, (content: string | null) => void>());
  const previews = useRef(new Map<number, (answer: PreviewAnswer | null) => void>());

  const accept = useCallback((reply: ParseAnswer) => {
    if (inFlight.current === reply.id) inFlight.current = null;
    if (!sequence.current.isCurrent(reply)) return;
    setResult({ answer: reply, text: latestText.current });
    setPending(false);
  }, []);

  const stop = useCallback((ended: Worker) => {
    ended.terminate();
    if (worker.current === ended) worker.current = null;
    for (const resolve of exports.current.values()) resolve(null);
    exports.current.clear();
    for (const resolve of previews.current.values()) resolve(null);
    previews.current.clear();
  }, []);

  const post = useCallback(
    (message: ToWorker): boolean => {
      if (!worker.current) {
        try {
          const started = new Worker(new URL('./parse.worker.ts', import.meta.url));
          started.onmessage = (event: MessageEvent<unknown>) => {
            const data = event.data;
            if (isParseAnswer(data)) accept(data);
            else if (isExportAnswer(data)) {
              const key = `${data.id}:${data.kind}`;
              exports.current.get(key)?.(data.content);
              exports.current.delete(key);
            } else if (isPreviewAnswer(data)) {
              previews.current.get(data.id)?.(data);
              previews.current.delete(data.id);
            }
          };
          started.onerror = (event) => {
            event.preventDefault();
            const failed = inFlight.current;
            stop(started);
            if (failed !== null) accept(internalErrorAnswer({ id: failed }, event.message));
          };
          worker.current = started;
        } catch {
          return false;
        }
      }
      worker.current.postMessage(message);
      return true;
    },
    [accept, stop],
  );

  const send = useCallback(
    (request: ParseRequest) => {
      if (inFlight.current !== null && worker.current) stop(worker.current);
      inFlight.current = request.id;
      if (!post(request)) accept(internalErrorAnswer(request, 'the browser could not start the parser'));
    },
    [accept, post, stop],
  );

  const parse = useCallback(
    (text: string) => {
      if (timer.current) clearTimeout(timer.current);
      setPending(true);
      latestText.current = text;
      send(sequence.current.request(text));
    },
    [send],
  );

  const parseSoon = useCallback(
    (text: string) => {
      if (timer.current) clearTimeout(timer.current);
      // The request (and its id) now: an answer to the text before this edit is stale from here.
      const request = sequence.current.request(text);
      latestText.current = text;
      setPending(true);
      timer.current = setTimeout(() => send(request), TYPING_PAUSE_MS);
    },
    [send],
  );

  const exportFile = useCallback(
    (kind: ExportKind, fileName: string) =>
      new Promise<string | null>((resolve) => {
        const id = result?.answer.id;
        if (id === undefined || !sequence.current.isCurrent({ id })) return resolve(null);
        exports.current.get(`${id}:${kind}`)?.(null);
        exports.current.set(`${id}:${kind}`, resolve);
        if (!post({ type: 'export', id, kind, fileName })) resolve(null);
      }),
    [post, result],
  );

  const keepPreview = useCallback(
    (fileName: string) =>
      new Promise<PreviewAnswer | null>((resolve) => {
        const id = result?.answer.id;
        if (id === undefined || !sequence.current.isCurrent({ id })) return resolve(null);
        previews.current.get(id)?.(null);
        previews.current.set(id, resolve);
        if (!post({ type: 'preview', id, fileName })) resolve(null);
      }),
    [post, result],
  );

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
      if (worker.current) stop(worker.current);
    },
    [stop],
  );

  return { result, pending, parse, parseSoon, exportFile, keepPreview };
}
