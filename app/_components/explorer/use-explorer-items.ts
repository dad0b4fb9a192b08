'use client';

import { startTransition, useEffect, useState } from 'react';
import { ITEMS_GZIP_PARAM, unpackExplorerItems, type ExplorerItem, type PackedExplorerItems } from '@/lib/explorer';

/** Every entry of the chronology, once fetched, with the one index by id the page needs. */
export interface LoadedEntries {
  /** Oldest first, as the file has them. */
  items: readonly ExplorerItem[];
  byId: ReadonlyMap<string, ExplorerItem>;
}

/**
 * The packed entries. The file comes gzipped by the server (`encoding=gzip`) and is inflated
 * here as it streams in; a browser without DecompressionStream asks for the plain JSON instead.
 */
async function fetchPackedItems(url: string): Promise<PackedExplorerItems> {
  const gzipped = url.endsWith(ITEMS_GZIP_PARAM);
  const inflate = gzipped && typeof DecompressionStream === 'function';
  const asked = gzipped && !inflate ? url.slice(0, -ITEMS_GZIP_PARAM.length) : url;
  const response = await fetch(asked);
  if (!response.ok || !response.body) throw new Error(`${asked}: ${response.status}`);
  const json = inflate ? new Response(response.body.pipeThrough(new DecompressionStream('gzip'))) : response;
  return (await json.json()) as PackedExplorerItems;
}

/**
 * The items file (app/api/explorer-items, which the page preloads), fetched and unpacked once:
 * null until it is in, while the server's snapshot stands in; `failed` when it cannot be had.
 */
export function useExplorerItems(url: string): { entries: LoadedEntries | null; failed: boolean } {
  const [entries, setEntries] = useState<LoadedEntries | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    fetchPackedItems(url)
      .then((packed) => {
        if (!live) return;
        const items = unpackExplorerItems(packed);
        const byId = new Map(items.map((item) => [item.id, item]));
        // A transition: React renders the explorer with every entry in slices, between which the
        // browser keeps handling input and painting, instead of in one long task.
        startTransition(() => setEntries({ items, byId }));
      })
      .catch((error: unknown) => {
        console.error(error);
        if (live) setFailed(true);
      });
    return () => {
      live = false;
    };
  }, [url]);
  return { entries, failed };
}
