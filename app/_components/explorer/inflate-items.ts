/**
 * The items file (app/api/explorer-items?encoding=gzip) as its JSON (UTF-8 bytes).
 *
 * The project's server sends the gzipped file as the JSON with `Content-Encoding: gzip`
 * (lib/http-cache), so the browser's network stack inflates it as it arrives, off the page's
 * thread, and the bytes come as JSON. Served otherwise (`next dev`: Next.js drops a route's own
 * Content-Encoding), the file comes as it is, application/gzip, and the page has it inflated: by a
 * worker (inflate.worker.ts), since DecompressionStream runs where it is called, and inflating and
 * decoding the file in the page was the longest task while the explorer loads (a fifth of a second
 * at 10,000 entries, over a second at 100,000). Without workers, the page inflates.
 */
import type { InflateAnswer } from './inflate.worker';

function startWorker(): Worker | null {
  if (typeof Worker !== 'function') return null;
  try {
    return new Worker(new URL('./inflate.worker.ts', import.meta.url));
  } catch {
    return null;
  }
}

/** The gzipped bytes inflated in the page. */
function inflateHere(gzipped: ArrayBuffer): Promise<ArrayBuffer> {
  return new Response(new Blob([gzipped]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();
}

/**
 * The gzipped bytes inflated by a worker, else in the page: UTF-8 JSON. The worker hands the bytes
 * over rather than text, which would be copied on the way (72 MB of UTF-16 for 100,000 entries).
 */
function inflateItems(gzipped: ArrayBuffer): Promise<ArrayBuffer> {
  const worker = startWorker();
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

/** Whether the page itself must inflate the file the server sent (it came as application/gzip). */
const comesGzipped = (response: Response) => /^application\/gzip\b/i.test(response.headers.get('content-type') ?? '');

/** The file's JSON (UTF-8 bytes) from the server's answer: as it came, or inflated here. */
export async function itemsJsonOf(response: Response): Promise<ArrayBuffer> {
  const bytes = await response.arrayBuffer();
  return comesGzipped(response) ? inflateItems(bytes) : bytes;
}
