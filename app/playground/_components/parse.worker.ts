/**
 * The playground's parser, off the page's main thread: the build's own parsers (lib/parser) run
 * here on the text the page sends (lib/playground/protocol.ts), so that typing and scrolling
 * never wait for a parse of megabytes.
 */
import { parseSource } from '@/lib/playground/parse-source';
import { isParseRequest, type ParseAnswer } from '@/lib/playground/protocol';

/** The worker's scope, as far as it is used (the project's TypeScript library is the DOM's). */
interface ParseScope {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  postMessage(message: ParseAnswer): void;
}

const scope = self as unknown as ParseScope;

scope.onmessage = (event) => {
  if (isParseRequest(event.data)) scope.postMessage(parseSource(event.data));
};
