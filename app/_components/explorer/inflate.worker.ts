/**
 * Inflates the gzipped items file off the page's main thread (see inflate-items.ts): given the
 * compressed bytes, answers `{ json }`, the inflated bytes (UTF-8 JSON, handed over, not copied),
 * or `{ error }`.
 */

/** The worker's scope, as far as it is used (the project's TypeScript library is the DOM's). */
interface InflateScope {
  onmessage: ((event: MessageEvent<ArrayBuffer>) => void) | null;
  postMessage(message: InflateAnswer, transfer?: Transferable[]): void;
}

export type InflateAnswer = { json: ArrayBuffer } | { error: string };

const scope = self as unknown as InflateScope;

scope.onmessage = (event) => {
  new Response(new Blob([event.data]).stream().pipeThrough(new DecompressionStream('gzip')))
    .arrayBuffer()
    .then(
      (json) => scope.postMessage({ json }, [json]),
      (error: unknown) => scope.postMessage({ error: error instanceof Error ? error.message : String(error) }),
    );
};
