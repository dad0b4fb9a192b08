/**
 * What the playground's worker does: read the text as a digest or a statement with the build's
 * own parsers, fingerprint each entry, and later write the parse out as the files the reader
 * saves. Pure, so that it is tested without a worker. A parser bug never escapes: it becomes the
 * `internal-error` diagnostic, as in the build.
 */
import type { Diagnostic } from '../parser/diagnostics';
import { parseDigest } from '../parser/digest';
import type { NewsEvent, Statement } from '../parser/schema';
import { parseStatement } from '../parser/statement';
import { fileTextReport } from '../parser/text-report';
import { detectFormat } from './detect-format';
import { eventHash, statementHash } from './entry-hash';
import { internalErrorAnswer, type EntryRow, type ExportKind, type ParseAnswer, type ParseRequest } from './protocol';

/** The parser's whole output, kept in the worker for the files the reader may save. */
export type FullParse = { kind: 'digest'; events: NewsEvent[]; diagnostics: Diagnostic[] } | { kind: 'statement'; statement: Statement; diagnostics: Diagnostic[] };

function entryRow(event: NewsEvent, text: string): EntryRow {
  return {
    id: event.id,
    date: event.date,
    time: event.time,
    outlet: event.outlet.name,
    partners: event.partners,
    title: event.title,
    summary: event.summary,
    notes: event.notes,
    start: event.span.start,
    end: event.span.end,
    hash: eventHash(event, text),
    refs: event.refs.map((ref) => ({ id: ref.id, resolved: ref.resolved, start: ref.span.start })),
  };
}

export function parseSource({ id, text }: ParseRequest, parsers = { parseDigest, parseStatement }): { answer: ParseAnswer; full: FullParse | null } {
  try {
    const format = detectFormat(text);
    if (format === 'statement') {
      const { statement, diagnostics } = parsers.parseStatement(text);
      return {
        answer: { type: 'parsed', id, format, entries: [], statement: { slug: statement.slug, title: statement.title, hash: statementHash(statement) }, diagnostics },
        full: { kind: 'statement', statement, diagnostics },
      };
    }
    const { events, diagnostics } = parsers.parseDigest(text);
    return {
      answer: { type: 'parsed', id, format, entries: events.map((event) => entryRow(event, text)), statement: null, diagnostics },
      full: { kind: 'digest', events, diagnostics },
    };
  } catch (error) {
    return { answer: internalErrorAnswer({ id }, error instanceof Error ? error.message : String(error)), full: null };
  }
}

/**
 * A saved file's text, as `npm run parse` writes it for the same input: the JSON of
 * `--format json`, or the report of `--format text` (its lines start with `fileName`).
 */
export function exportParse(full: FullParse, kind: ExportKind, fileName: string): string {
  if (kind === 'json') {
    const body = full.kind === 'digest' ? { events: full.events, diagnostics: full.diagnostics } : { statement: full.statement, diagnostics: full.diagnostics };
    return `${JSON.stringify(body, null, 2)}\n`;
  }
  return fileTextReport(fileName, full.kind === 'digest' ? { kind: 'digest', events: full.events } : { kind: 'statement', statement: full.statement }, full.diagnostics);
}
