/**
 * What the playground's worker does with a request: read the text as a digest or a statement,
 * with the build's own parsers, and fingerprint each entry. Pure, so that it is tested without a
 * worker. A parser bug never escapes: it becomes the `internal-error` diagnostic, as in the build.
 */
import { parseDigest } from '../parser/digest';
import { parseStatement } from '../parser/statement';
import { detectFormat } from './detect-format';
import { eventHash, statementHash } from './entry-hash';
import { internalErrorAnswer, type ParseAnswer, type ParseRequest } from './protocol';

export function parseSource({ id, text }: ParseRequest, parsers = { parseDigest, parseStatement }): ParseAnswer {
  try {
    const format = detectFormat(text);
    if (format === 'statement') {
      const { statement, diagnostics } = parsers.parseStatement(text);
      return { type: 'parsed', id, format, entries: [], hashes: [], statement, statementHash: statementHash(statement), diagnostics };
    }
    const { events, diagnostics } = parsers.parseDigest(text);
    return {
      type: 'parsed',
      id,
      format,
      entries: events,
      hashes: events.map((event) => eventHash(event, text)),
      statement: null,
      statementHash: null,
      diagnostics,
    };
  } catch (error) {
    return internalErrorAnswer({ id }, error instanceof Error ? error.message : String(error));
  }
}
