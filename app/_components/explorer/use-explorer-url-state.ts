'use client';

import { useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import { explorerHref, parseExplorerUrl, type DroppedValue, type ExplorerFacets, type ExplorerState, type KnownValues } from '@/lib/explorer';

/** What a change was: typing in the search box (`q`) replaces its own history entry. */
export type StateChange = 'q' | 'other';

interface UrlStateInput {
  /** The state the server read from the URL, and what it dropped from it. */
  initialState: ExplorerState;
  initialDropped: DroppedValue[];
  facets: ExplorerFacets;
  /** The entries by id once they are in: until then an id in the URL is taken on trust. */
  entriesById: ReadonlyMap<string, unknown> | null;
  /** Without the entries the browser cannot work out another state: the server renders it. */
  serverNavigation: boolean;
  /** Back or forward brought another state. */
  onHistoryMove: (state: ExplorerState) => void;
}

/**
 * The explorer's state is the URL's. `navigate` pushes every change to the history (a burst of
 * typing in the search box is one entry); back and forward read the URL again, dropping (and
 * listing) values that are no longer known.
 */
export function useExplorerUrlState({ initialState, initialDropped, facets, entriesById, serverNavigation, onHistoryMove }: UrlStateInput) {
  const [state, setState] = useState(initialState);
  const [dropped, setDropped] = useState(initialDropped);
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

  const navigate = (next: ExplorerState, change: StateChange = 'other') => {
    if (serverNavigation) {
      window.location.assign(explorerHref(next));
      return;
    }
    setState(next);
    setDropped([]);
    const url = explorerHref(next);
    if (url !== window.location.pathname + window.location.search) {
      if (change === 'q' && lastChange.current === 'q') window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
    }
    lastChange.current = change;
  };

  const onPopState = useEffectEvent(() => {
    const parsed = parseExplorerUrl(window.location.search, known);
    lastChange.current = null;
    setState(parsed.state);
    setDropped(parsed.dropped);
    onHistoryMove(parsed.state);
  });
  useEffect(() => {
    const listener = () => onPopState();
    window.addEventListener('popstate', listener);
    return () => window.removeEventListener('popstate', listener);
  }, []);

  return { state, dropped, dismissDropped: () => setDropped([]), navigate };
}
