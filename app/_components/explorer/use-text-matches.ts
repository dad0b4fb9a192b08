'use client';

import { useEffect, useMemo, useState } from 'react';
import { browserTextMatcher, carriedTextMatcher, explorerMatchesUrl, needsStatementMatches, type ExplorerItem, type TextMatcher } from '@/lib/explorer';
import type { Snippet } from '@/lib/search/snippets';

/** The answers of app/api/explorer-matches already had, by URL: a query typed again costs nothing. */
const answers = new Map<string, unknown>();
const ANSWERS_KEPT = 64;

function remember(url: string, answer: unknown) {
  answers.set(url, answer);
  if (answers.size > ANSWERS_KEPT) answers.delete(answers.keys().next().value ?? url);
}

/**
 * One answer of app/api/explorer-matches: `undefined` while it is asked (or when `url` is null),
 * `failed` when it cannot be had. Answers are kept for the page's life.
 */
function useMatchesAnswer<T>(url: string | null, read: (body: unknown) => T): { answer: T | undefined; failed: boolean } {
  // Bumped when an answer comes in: the answers themselves live in the module's map.
  const [, setArrived] = useState(0);
  const [failedUrl, setFailedUrl] = useState<string | null>(null);
  useEffect(() => {
    if (url === null || answers.has(url)) return;
    const controller = new AbortController();
    fetch(url, { signal: controller.signal })
      .then(async (response) => {
        if (!response.ok) throw new Error(`${url}: ${response.status}`);
        remember(url, read(await response.json()));
        setArrived((n) => n + 1);
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        console.error(error);
        setFailedUrl(url);
      });
    return () => controller.abort();
  }, [url, read]);
  return { answer: url === null ? undefined : (answers.get(url) as T | undefined), failed: url !== null && failedUrl === url };
}

const readSlugs = (body: unknown): ReadonlySet<string> => new Set((body as { statements: string[] }).statements);

/**
 * What `q` keeps: news events by their own texts, statements by their full text, which the
 * server reads (the browser does not have the bodies). Null while the server is asked; when it
 * cannot be, statements by their title and lead alone, and `failed` says so. Without a search
 * version (the playground's preview, whose entries the server does not hold), nothing is asked.
 */
export function useTextMatcher(q: string, searchVersion: string): { matcher: TextMatcher | null; failed: boolean } {
  const key = q.trim();
  const url = searchVersion && needsStatementMatches(key) ? explorerMatchesUrl(searchVersion, key) : null;
  const { answer, failed } = useMatchesAnswer(url, readSlugs);
  const matcher = useMemo(() => {
    if (url === null) return carriedTextMatcher(key);
    if (answer) return browserTextMatcher(key, answer);
    return failed ? carriedTextMatcher(key) : null;
  }, [key, url, answer, failed]);
  return { matcher, failed };
}

/** The passages of a statement that hold the query, as the panel lists them. */
export interface StatementPassages {
  matchedUnits: number;
  snippets: Snippet[];
}

const readPassages = (body: unknown): StatementPassages => {
  const { matchedUnits, snippets } = body as StatementPassages;
  return { matchedUnits, snippets };
};

/** The passages of the selected statement that hold `q`: null when there is nothing to ask or while asked. */
export function useStatementPassages(q: string, item: ExplorerItem | null, searchVersion: string): StatementPassages | null {
  const key = q.trim();
  const url = searchVersion && item?.kind === 'statement' && needsStatementMatches(key) ? explorerMatchesUrl(searchVersion, key, item.id) : null;
  return useMatchesAnswer(url, readPassages).answer ?? null;
}
