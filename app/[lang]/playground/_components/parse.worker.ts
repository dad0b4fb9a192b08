/**
 * The playground's parser, off the page's main thread: the build's own parsers (lib/parser) run
 * here on the text the page sends (lib/playground/protocol.ts), so that typing and scrolling
 * never wait for a parse of megabytes. The last parse's whole output stays here for the files
 * the reader saves.
 */
import { exportParse, parseSource, type FullParse } from '@/lib/playground/parse-source';
import { isExportRequest, isParseRequest, isPreviewRequest, type FromWorker } from '@/lib/playground/protocol';
import { keepPreview } from './keep-preview';

/** The worker's scope, as far as it is used (the project's TypeScript library is the DOM's). */
interface ParseScope {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  postMessage(message: FromWorker): void;
}

const scope = self as unknown as ParseScope;
let last: { id: number; full: FullParse | null } | null = null;

scope.onmessage = (event) => {
  const message = event.data;
  if (isParseRequest(message)) {
    const { answer, full } = parseSource(message);
    last = { id: message.id, full };
    scope.postMessage(answer);
  } else if (isExportRequest(message)) {
    const full = last?.id === message.id ? last.full : null;
    scope.postMessage({ type: 'exported', id: message.id, kind: message.kind, content: full ? exportParse(full, message.kind, message.fileName) : null });
  } else if (isPreviewRequest(message)) {
    void keepPreview(message, last?.id === message.id ? last.full : null).then((answer) => scope.postMessage(answer));
  }
};
