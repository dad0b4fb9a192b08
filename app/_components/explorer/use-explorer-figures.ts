'use client';

import { useMemo } from 'react';
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
} from '@/lib/explorer';
import type { LoadedEntries } from './use-explorer-items';

interface FiguresInput {
  entries: LoadedEntries | null;
  state: ExplorerState;
  /** The state the page was loaded with, which `snapshot` describes. */
  initialState: ExplorerState;
  snapshot: ExplorerSnapshot;
}

const NO_ENTRIES: readonly ExplorerItem[] = [];

/**
 * What the page shows for the state (lib/explorer/figures.ts): computed from every entry once
 * they are in (the costly filtering once per change of filters), from the server's snapshot
 * until then.
 */
export function useExplorerFigures({ entries, state, initialState, snapshot }: FiguresInput) {
  const { outlets, partners, q, kind } = state;
  const filters = useMemo<ExplorerFilters>(() => ({ outlets, partners, q, kind }), [outlets, partners, q, kind]);
  const filtered = useMemo(() => (entries ? filterEntries(entries.items, filters, entries.byId) : null), [entries, filters]);
  const snapshotFigures = useMemo(() => fromSnapshot(snapshot), [snapshot]);
  // The snapshot describes the state the page was loaded with. A change made before the entries
  // are in (a filter ticked in the first half-second) leaves it behind: until they arrive its
  // figures are marked as pending, and only the selected entry is kept if it is still the one.
  const snapshotHolds = explorerHref(state) === explorerHref(initialState);
  const figures = useMemo(
    () => (filtered ? explorerFigures(filtered, state) : snapshotHolds ? snapshotFigures : pendingFigures(snapshotFigures, state)),
    [filtered, state, snapshotHolds, snapshotFigures],
  );
  return {
    filters,
    figures,
    /** The entries that pass the filters, in time order (none until the entries are in). */
    visible: filtered?.visible ?? NO_ENTRIES,
    /** Whether the entries are in, so that the browser can work out figures for other states. */
    computed: filtered !== null,
    /** The figures on show describe another state than the URL's: they wait for the entries. */
    pending: filtered === null && !snapshotHolds,
    /** How many filters are set (the filter form's summary). */
    activeCount: outlets.length + partners.length + (q.trim() ? 1 : 0) + (kind ? 1 : 0),
  };
}
