'use client';

import { useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import { hrefIn, useStrings } from '../i18n/strings-context';
import { explorerHref, historyEntry, parseExplorerUrl, queryKey, type DroppedValue, type ExplorerFacets, type ExplorerState, type KnownValues, type StateChange } from '@/lib/explorer';

export type { StateChange } from '@/lib/explorer';

interface UrlStateInput {
  /** The state the server read from the URL, and what it dropped from it. */
  initialState: ExplorerState;
  initialDropped: DroppedValue[];
  /** The query the server read (queryKey): another one in the address bar is a page brought back from the history. */
  renderedQuery: string;
  facets: ExplorerFacets;
  /** The entries by id once they are in: until then an id in the URL is taken on trust. */
  entriesById: ReadonlyMap<string, unknown> | null;
  /** Without the entries the browser cannot work out another state: the server renders it. */
  serverNavigation: boolean;
  /** The page the state is of: the home page, or the playground's preview. */
  path?: string;
  /** Back or forward brought another state (or the page came back from the history with one). */
  onHistoryMove: (state: ExplorerState) => void;
}

/** The next state, or how to make it from the latest one (a change that lands after others). */
type NextState = ExplorerState | ((current: ExplorerState) => ExplorerState);

const currentUrl = () => window.location.pathname + window.location.search;

/**
 * The explorer's state is the URL's. `navigate` writes every change to the history, adding an
 * entry or rewriting the current one as lib/explorer/history.ts says; back and forward read the
 * URL again, dropping (and listing) values that are no longer known.
 */
export function useExplorerUrlState({ initialState, initialDropped, renderedQuery, facets, entriesById, serverNavigation, path, onHistoryMove }: UrlStateInput) {
  const [state, setState] = useState(initialState);
  const [dropped, setDropped] = useState(initialDropped);
  /** The latest state asked for: a change made before the next render builds on it. */
  const latest = useRef(initialState);
  const lastChange = useRef<StateChange | null>(null);
  const known = useMemo<KnownValues>(
    () => ({
      outlets: new Set(facets.outlets.map((option) => option.value)),
      partners: new Set(facets.partners.map((option) => option.value)),
      // Before the entries are in, an id in the URL is taken on trust; an unknown one shows nothing.
      ids: entriesById ?? { has: () => true },
    }),
    [facets, entriesById],
  );

  const strings = useStrings();
  const navigate = (asked: NextState, change: StateChange = 'other') => {
    const current = latest.current;
    const next = typeof asked === 'function' ? asked(current) : asked;
    if (serverNavigation) {
      window.location.assign(hrefIn(strings, explorerHref(next)));
      return;
    }
    latest.current = next;
    setState(next);
    setDropped([]);
    const url = hrefIn(strings, explorerHref(next, path));
    if (url !== currentUrl()) {
      if (historyEntry(current, change, lastChange.current) === 'replace') window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
    }
    lastChange.current = change;
  };

  const readUrl = useEffectEvent(() => {
    const parsed = parseExplorerUrl(window.location.search, known);
    lastChange.current = null;
    latest.current = parsed.state;
    setState(parsed.state);
    setDropped(parsed.dropped);
    onHistoryMove(parsed.state);
  });
  useEffect(() => {
    const listener = () => readUrl();
    window.addEventListener('popstate', listener);
    // Back from another page can bring this page back as the server first rendered it, under a
    // URL the explorer wrote since (an entry opened, a window): the URL is what the reader sees.
    // The address bar is the external state read here, once, as popstate reads it later.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (queryKey(window.location.search) !== renderedQuery) readUrl();
    return () => window.removeEventListener('popstate', listener);
  }, [renderedQuery]);

  return { state, dropped, dismissDropped: () => setDropped([]), navigate };
}
