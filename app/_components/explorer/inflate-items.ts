/**
 * Inflating the gzipped items file (app/api/explorer-items?encoding=gzip) into its JSON (UTF-8 bytes).
 *
 * Why off the main thread: DecompressionStream runs where it is called, and inflating and
 * decoding the file in the page was the longest task while the explorer loads (a fifth of a
 * second at 10,000 entries, over a second at 100,000), on the way to the timeline's first items.
 * The server cannot hand the inflating to the browser's network stack: Next.js drops a route's
 * own Content-Encoding. So a worker does it (inflate.worker.ts), started when the explorer's code
 * is evaluated, before the page hydrates: its own start-up (a second thread, a few small scripts)
 * then runs beside the hydration instead of after it. Without workers, the page inflates.
 */
import type { InflateAnswer } from './inflate.worker';

let warmWorker: Worker | null = null;

function startWorker(): Worker | null {
  if (typeof Worker !== 'function') return null;
  try {
    return new Worker(new URL('./inflate.worker.ts', import.meta.url));
  } catch {
    return null;
  }
}

/** Starts the worker ahead of the file (once; nothing where the page cannot inflate at all). */
export function warmInflateWorker(): void {
  if (warmWorker === null && typeof DecompressionStream === 'function') warmWorker = startWorker();
}

/** The gzipped bytes inflated in the page. */
function inflateHere(gzipped: ArrayBuffer): Promise<ArrayBuffer> {
  return new Response(new Blob([gzipped]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();
}

/**
 * The gzipped bytes inflated by a worker (the warm one, once), else in the page: UTF-8 JSON. The
 * worker hands the bytes over rather than text, which would be copied on the way (72 MB of
 * UTF-16 for 100,000 entries).
 */
export function inflateItems(gzipped: ArrayBuffer): Promise<ArrayBuffer> {
  const worker = warmWorker ?? startWorker();
  warmWorker = null;
  if (!worker) return inflateHere(gzipped);
  return new Promise<ArrayBuffer | null>((resolve) => {
    const done = (json: ArrayBuffer | null) => {
      worker.terminate();
      resolve(json);
    };
    worker.onmessage = (event: MessageEvent<InflateAnswer>) => done('json' in event.data ? event.data.json : null);
    worker.onerror = () => done(null);
    // A copy goes to the worker: the bytes stay here for inflating in the page if it fails.
    worker.postMessage(gzipped.slice(0));
  }).then((json) => json ?? inflateHere(gzipped));
}
