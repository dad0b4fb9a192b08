'use client';

import { startTransition, useEffect, useState, type RefObject } from 'react';
import { ITEMS_GZIP_PARAM, unpackExplorerItems, type ExplorerItem, type ExplorerView, type PackedExplorerItems } from '@/lib/explorer';
import { markLoadStep } from '../timeline/load-steps';
import { isTouchFirst, opensOnDrawnTimeline } from '../timeline/touch-first';
import { earlyJson, startEarly } from './early-items';
import { itemsJsonOf } from './inflate-items';

/** Every entry of the chronology, once fetched, with the one index by id the page needs. */
export interface LoadedEntries {
  /** Oldest first, as the file has them. */
  items: readonly ExplorerItem[];
  byId: ReadonlyMap<string, ExplorerItem>;
}

/**
 * Draws what the reader waits for from the entries as they arrive, before the explorer renders
 * them; the entries are rendered once the promise settles (at once without one).
 */
export type DrawFirst = (entries: LoadedEntries) => Promise<void> | undefined;

/** Whether the page wants the entries from the start: it opens on a timeline that is drawn at once. */
export function entriesWantedAtOnce(view: ExplorerView): boolean {
  return view === 'timeline' && !isTouchFirst();
}

/**
 * The longest the explorer waits for the timeline to be drawn from the entries before it renders
 * them itself: the timeline answers once drawn or failed, and this only bounds a timeline that
 * never answers.
 */
const FIRST_DRAW_WAIT_MS = 3000;

const waitAtMost = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// The file is asked for now, as the explorer's code is evaluated (early-items.ts), where the page
// opens on a timeline drawn at once: the list view shows what the server rendered, and a touch
// screen's timeline waits as a preview until it is opened.
if (opensOnDrawnTimeline()) startEarly();

/**
 * The packed entries. The file comes gzipped by the server (`encoding=gzip`), inflated by the
 * browser or, served otherwise, by the page off its main thread (inflate-items.ts); a browser
 * without DecompressionStream asks for the plain JSON instead. What is left here is parsing the
 * bytes. The file asked for early is taken if it came; if it failed, it is asked for again, and
 * that failure is reported.
 */
async function fetchPackedItems(url: string): Promise<PackedExplorerItems> {
  const early = await earlyJson(url)?.catch(() => null);
  if (early) return parseJson(early);
  const gzipped = url.endsWith(ITEMS_GZIP_PARAM);
  const inflate = gzipped && typeof DecompressionStream === 'function';
  const asked = gzipped && !inflate ? url.slice(0, -ITEMS_GZIP_PARAM.length) : url;
  const response = await fetch(asked);
  if (!response.ok) throw new Error(`${asked}: ${response.status}`);
  if (!inflate) return (await response.json()) as PackedExplorerItems;
  return parseJson(await itemsJsonOf(response));
}

// Parsed by Response.json, not JSON.parse of the decoded text: with 100,000 entries the strings
// JSON.parse cut out of that text kept 37 MB more of the page's heap alive.
const parseJson = async (json: ArrayBuffer) => (await new Response(json).json()) as PackedExplorerItems;

/**
 * The items file (app/api/explorer-items, which the page preloads), fetched and unpacked once
 * `wanted` (the timeline is shown, or the reader changed what the page shows): null until it is
 * in, while the server's snapshot stands in; `failed` when it cannot be had.
 *
 * `drawFirst` is handed the entries as they arrive, before the explorer renders them: the timeline
 * is what the reader waits for, and it is drawn from them while the rest of the page still shows
 * the server's snapshot (filtering and counting every entry is the longer part of that render).
 */
export function useExplorerItems(url: string, wanted: boolean, drawFirst?: RefObject<DrawFirst | null>): { entries: LoadedEntries | null; failed: boolean } {
  const [entries, setEntries] = useState<LoadedEntries | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    markLoadStep('entries-asked');
    fetchPackedItems(url)
      .then(async (packed) => {
        if (!live) return;
        const items = unpackExplorerItems(packed);
        markLoadStep('entries-unpacked');
        const loaded: LoadedEntries = { items, byId: new Map(items.map((item) => [item.id, item])) };
        // A timeline that cannot be drawn says so itself: the explorer renders the entries all the same.
        const drawn = Promise.resolve()
          .then(() => drawFirst?.current?.(loaded))
          .catch((error: unknown) => console.error(error));
        await Promise.race([drawn, waitAtMost(FIRST_DRAW_WAIT_MS)]);
        // A transition: React renders the explorer with every entry in slices, between which the
        // browser keeps handling input and painting, instead of in one long task.
        if (live) startTransition(() => setEntries(loaded));
      })
      .catch((error: unknown) => {
        console.error(error);
        if (live) setFailed(true);
      });
    return () => {
      live = false;
    };
  }, [url, wanted, drawFirst]);
  useEffect(() => {
    if (entries) markLoadStep('entries-rendered');
  }, [entries]);
  return { entries, failed };
}
