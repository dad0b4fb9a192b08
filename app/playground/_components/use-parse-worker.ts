'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { internalErrorAnswer, isParseAnswer, ParseSequence, type ParseAnswer, type ParseRequest } from '@/lib/playground/protocol';

/** How long typing must pause before the text is parsed again. */
const TYPING_PAUSE_MS = 300;

/** An answer with the text it was parsed from. */
export interface ParsedText {
  answer: ParseAnswer;
  text: string;
}

/**
 * The parser worker (parse.worker.ts) behind the page. `parse(text)` parses at once (a dropped or
 * chosen file), `parseSoon(text)` after a pause in typing. Every call makes earlier answers stale
 * at once, so an answer for a text that has changed since is never shown. A request sent while
 * another is still being parsed cancels it: the worker is ended and a fresh one takes the request,
 * rather than the page waiting for a parse whose answer it would drop.
 */
export function useParseWorker(): { result: ParsedText | null; pending: boolean; parse: (text: string) => void; parseSoon: (text: string) => void } {
  const [result, setResult] = useState<ParsedText | null>(null);
  /** The latest request's text: the current answer's offsets point into it. */
  const latestText = useRef('');
  const [pending, setPending] = useState(false);
  const sequence = useRef(new ParseSequence());
  const worker = useRef<Worker | null>(null);
  const inFlight = useRef<number | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const accept = useCallback((reply: ParseAnswer) => {
    if (inFlight.current === reply.id) inFlight.current = null;
    if (!sequence.current.isCurrent(reply)) return;
    setResult({ answer: reply, text: latestText.current });
    setPending(false);
  }, []);

  const send = useCallback(
    (request: ParseRequest) => {
      if (inFlight.current !== null && worker.current) {
        worker.current.terminate();
        worker.current = null;
      }
      if (!worker.current) {
        try {
          const started = new Worker(new URL('./parse.worker.ts', import.meta.url));
          started.onmessage = (event: MessageEvent<unknown>) => {
            if (isParseAnswer(event.data)) accept(event.data);
          };
          started.onerror = (event) => {
            event.preventDefault();
            const failed = inFlight.current;
            started.terminate();
            if (worker.current === started) worker.current = null;
            if (failed !== null) accept(internalErrorAnswer({ id: failed }, event.message));
          };
          worker.current = started;
        } catch (error) {
          accept(internalErrorAnswer(request, error instanceof Error ? error.message : String(error)));
          return;
        }
      }
      inFlight.current = request.id;
      worker.current.postMessage(request);
    },
    [accept],
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

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
      worker.current?.terminate();
    },
    [],
  );

  return { result, pending, parse, parseSoon };
}
