'use client';

import { useMemo, useState } from 'react';
import {
  explorerFigures,
  explorerHref,
  filterEntries,
  fromSnapshot,
  pendingFigures,
  type ExplorerFilters,
  type ExplorerItem,
  type ExplorerSnapshot,
  type ExplorerState,
  type FilteredEntries,
  visibleEntries,
} from '@/lib/explorer';
import type { LoadedEntries } from './use-explorer-items';
import { useTextMatcher } from './use-text-matches';

interface FiguresInput {
  entries: LoadedEntries | null;
  state: ExplorerState;
  /** The state the page was loaded with, which `snapshot` describes. */
  initialState: ExplorerState;
  snapshot: ExplorerSnapshot;
  /** The search version the page names, under which the server's match answers are kept. */
  searchVersion: string;
}

const NO_ENTRIES: readonly ExplorerItem[] = [];

/**
 * What the page shows for the state (lib/explorer/figures.ts): computed from every entry once
 * they are in (the costly filtering once per change of filters), from the server's snapshot
 * until then. A new `q` also waits for the server to say which statements hold it in their
 * full text (the browser does not have their bodies): meanwhile the last figures stay, pending.
 */
export function useExplorerFigures({ entries, state, initialState, snapshot, searchVersion }: FiguresInput) {
  const { outlets, partners, q, kind, from, to, milestones } = state;
  const filters = useMemo<ExplorerFilters>(() => ({ outlets, partners, q, kind, from, to, milestones }), [outlets, partners, q, kind, from, to, milestones]);
  const { matcher, failed: textMatchesFailed } = useTextMatcher(q, searchVersion);
  const filtered = useMemo(() => (entries && matcher ? filterEntries(entries.items, filters, entries.byId, matcher) : null), [entries, filters, matcher]);
  // The last entries filtered, kept on show while a new query's statements are asked for.
  const [shown, setShown] = useState<FilteredEntries | null>(null);
  if (filtered && filtered !== shown) setShown(filtered);
  const snapshotFigures = useMemo(() => fromSnapshot(snapshot), [snapshot]);
  // The snapshot describes the state the page was loaded with. A change made before the entries
  // are in (a filter ticked in the first half-second) leaves it behind: until they arrive its
  // figures are marked as pending, and only the selected entry is kept if it is still the one.
  const snapshotHolds = explorerHref(state) === explorerHref(initialState);
  const stale = filtered === null && !snapshotHolds ? shown : null;
  const figures = useMemo(
    () =>
      filtered
        ? explorerFigures(filtered, state)
        : snapshotHolds
          ? snapshotFigures
          : pendingFigures(stale ? explorerFigures(stale, state) : snapshotFigures, state),
    [filtered, state, snapshotHolds, snapshotFigures, stale],
  );
  return {
    filters,
    figures,
    /** The entries that pass the filters, in time order (none until the entries are in; the last ones while a query is asked). */
    visible: (filtered ?? stale)?.visible ?? NO_ENTRIES,
    /**
     * The entries of `loaded` that pass this state's filters, in time order, without the counts:
     * what the timeline is drawn from as the entries arrive. Null while the server is asked which
     * statements hold the query.
     */
    visibleOf: (loaded: LoadedEntries): readonly ExplorerItem[] | null => (matcher ? visibleEntries(loaded.items, filters, matcher) : null),
    /** Whether the figures are the state's own, so that the browser can step through them. */
    computed: filtered !== null,
    /** The figures on show describe another state than the URL's: they wait for the entries or the server's matches. */
    pending: filtered === null && !snapshotHolds,
    /** The server could not say which statements' bodies hold `q`: they are matched by title and lead alone. */
    textMatchesFailed,
    /** How many filters are set (the filter form's summary). */
    activeCount: outlets.length + partners.length + (q.trim() ? 1 : 0) + (kind ? 1 : 0) + (from || to ? 1 : 0) + (milestones ? 1 : 0),
  };
}
