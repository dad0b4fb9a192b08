'use client';

import { useCallback, useRef, useState } from 'react';
import type { ExplorerItem } from '@/lib/explorer';
import type { LoadedEntries } from '../explorer/use-explorer-items';

/** The entries the timeline is drawn from, and those of them that pass the filters. */
export interface DrawnEntries {
  entries: LoadedEntries;
  visible: readonly ExplorerItem[];
}

/**
 * The entries the timeline draws: the explorer's once it renders them, and until then those
 * handed over as they arrived (Timeline's drawFirst), so that the timeline is drawn before the
 * explorer has filtered and counted them all. Whoever handed them over is told once the first
 * draw is done, has failed, or will not happen (`tellDrawn`).
 */
export function useHandedEntries(entries: LoadedEntries | null, visible: readonly ExplorerItem[]) {
  const [handed, setHanded] = useState<DrawnEntries | null>(null);
  const waiters = useRef<Array<() => void>>([]);
  const drawn: DrawnEntries | null = entries ? { entries, visible } : handed;
  const tellDrawn = useCallback(() => {
    for (const tell of waiters.current.splice(0)) tell();
  }, []);
  return {
    drawn,
    tellDrawn,
    /** Hands entries over before the explorer renders them; none to wait for once it has. */
    handOver(arrived: LoadedEntries, shown: readonly ExplorerItem[]): Promise<void> | undefined {
      if (drawn) return undefined;
      setHanded({ entries: arrived, visible: shown });
      return new Promise<void>((resolve) => waiters.current.push(resolve));
    },
  };
}
