/**
 * The messages between the playground page and its parser worker (parse.worker.ts), imported by
 * both sides. The page sends `parse` with a new id each time; the worker answers `parsed` with the
 * same id. The page keeps only the answer to its latest request: an older one is stale.
 */
import type { Diagnostic } from '../parser/diagnostics';
import type { NewsEvent, Statement } from '../parser/schema';
import type { SourceFormat } from './detect-format';

export interface ParseRequest {
  type: 'parse';
  id: number;
  text: string;
}

export interface ParseAnswer {
  type: 'parsed';
  id: number;
  /** What the text was read as. */
  format: SourceFormat;
  /** A digest's events, in text order (empty for a statement). */
  entries: NewsEvent[];
  /** Each event's fingerprint (lib/playground/entry-hash.ts), in the order of `entries`. */
  hashes: string[];
  /** A statement article, as parsed (null for a digest). */
  statement: Statement | null;
  statementHash: string | null;
  /** Every problem the parser found, sorted by place. */
  diagnostics: Diagnostic[];
}

export type ParseMessage = ParseRequest | ParseAnswer;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export function isParseRequest(value: unknown): value is ParseRequest {
  return isRecord(value) && value.type === 'parse' && Number.isInteger(value.id) && typeof value.text === 'string';
}

export function isParseAnswer(value: unknown): value is ParseAnswer {
  return (
    isRecord(value) &&
    value.type === 'parsed' &&
    Number.isInteger(value.id) &&
    Array.isArray(value.entries) &&
    Array.isArray(value.hashes) &&
    Array.isArray(value.diagnostics)
  );
}

/**
 * Hands out request ids and says which answer is current: only the latest request's. An answer
 * to an earlier request (the text has changed since) is dropped, whatever order they arrive in.
 */
export class ParseSequence {
  private latest = 0;

  /** A request for `text`, with an id newer than every earlier one. */
  request(text: string): ParseRequest {
    this.latest += 1;
    return { type: 'parse', id: this.latest, text };
  }

  isCurrent(answer: Pick<ParseAnswer, 'id'>): boolean {
    return answer.id === this.latest;
  }

  /** The id of the latest request (0 before the first). */
  get current(): number {
    return this.latest;
  }
}

/** What the page shows when the worker itself fails (it could not start, or it crashed). */
export function internalErrorAnswer(request: Pick<ParseRequest, 'id'>, reason: string): ParseAnswer {
  return {
    type: 'parsed',
    id: request.id,
    format: 'digest',
    entries: [],
    hashes: [],
    statement: null,
    statementHash: null,
    diagnostics: [
      { severity: 'error', code: 'internal-error', message: `the parser failed: ${reason || 'unknown error'}`, start: 0, end: 0, line: 1, column: 1, excerpt: '' },
    ],
  };
}
