/**
 * Inflates the gzipped items file off the page's main thread (see inflate-items.ts): given the
 * compressed bytes, answers `{ text }`, the JSON as text, or `{ error }`.
 */

/** The worker's scope, as far as it is used (the project's TypeScript library is the DOM's). */
interface InflateScope {
  onmessage: ((event: MessageEvent<ArrayBuffer>) => void) | null;
  postMessage(message: InflateAnswer): void;
}

export type InflateAnswer = { text: string } | { error: string };

const scope = self as unknown as InflateScope;

scope.onmessage = (event) => {
  new Response(new Blob([event.data]).stream().pipeThrough(new DecompressionStream('gzip')))
    .text()
    .then(
      (text) => scope.postMessage({ text }),
      (error: unknown) => scope.postMessage({ error: error instanceof Error ? error.message : String(error) }),
    );
};
