/**
 * The messages between the playground page and its parser worker (parse.worker.ts), imported by
 * both sides. The page sends `parse` with a new id each time; the worker answers `parsed` with the
 * same id. The page keeps only the answer to its latest request: an older one is stale.
 *
 * The answer carries what the page shows, not the parser's whole output: copying 30,000 events
 * with every field's offsets into the page took it half a second at 10 MB. The whole output stays
 * in the worker, which writes the JSON and the report when the reader saves them (`export`).
 */
import type { Diagnostic } from '../parser/diagnostics';
import type { SourceFormat } from './detect-format';

/** One entry as the page's table and comparison need it. */
export interface EntryRow {
  id: string;
  date: string;
  time: string | null;
  outlet: string;
  partners: string[];
  title: string;
  summary: string;
  notes: string[];
  /** The entry's offsets in the text. */
  start: number;
  end: number;
  /** The fingerprint of its text (lib/playground/entry-hash.ts). */
  hash: string;
  /** Its cross-references: the ID, whether the text has it, where the reference is written. */
  refs: Array<{ id: string; resolved: boolean; start: number }>;
}

/** A statement article as the page names it. */
export interface StatementRow {
  slug: string;
  title: string;
  hash: string;
}

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
  entries: EntryRow[];
  statement: StatementRow | null;
  /** Every problem the parser found, sorted by place. */
  diagnostics: Diagnostic[];
}

export type ExportKind = 'json' | 'report';

/** Asks for the parse `id`'s output as a file: the entries as JSON, or the problems' text report. */
export interface ExportRequest {
  type: 'export';
  id: number;
  kind: ExportKind;
  /** The file name the report's lines start with. */
  fileName: string;
}

/** The file's text; null when the worker no longer holds that parse (a newer one replaced it). */
export interface ExportAnswer {
  type: 'exported';
  id: number;
  kind: ExportKind;
  content: string | null;
}

/** Asks the worker to keep parse `id`'s entries for the preview page (lib/playground/preview.ts). */
export interface PreviewRequest {
  type: 'preview';
  id: number;
  /** The name the preview page shows for the text. */
  fileName: string;
}

/**
 * How many entries the preview holds; null when it could not be kept: the worker no longer holds
 * that parse, or the browser's storage refused it (`reason`).
 */
export interface PreviewAnswer {
  type: 'previewed';
  id: number;
  count: number | null;
  reason?: string;
}

export type ToWorker = ParseRequest | ExportRequest | PreviewRequest;
export type FromWorker = ParseAnswer | ExportAnswer | PreviewAnswer;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export function isParseRequest(value: unknown): value is ParseRequest {
  return isRecord(value) && value.type === 'parse' && Number.isInteger(value.id) && typeof value.text === 'string';
}

export function isExportRequest(value: unknown): value is ExportRequest {
  return isRecord(value) && value.type === 'export' && Number.isInteger(value.id) && (value.kind === 'json' || value.kind === 'report') && typeof value.fileName === 'string';
}

export function isPreviewRequest(value: unknown): value is PreviewRequest {
  return isRecord(value) && value.type === 'preview' && Number.isInteger(value.id) && typeof value.fileName === 'string';
}

export function isPreviewAnswer(value: unknown): value is PreviewAnswer {
  return isRecord(value) && value.type === 'previewed' && Number.isInteger(value.id) && (value.count === null || Number.isInteger(value.count));
}

export function isParseAnswer(value: unknown): value is ParseAnswer {
  return isRecord(value) && value.type === 'parsed' && Number.isInteger(value.id) && Array.isArray(value.entries) && Array.isArray(value.diagnostics);
}

export function isExportAnswer(value: unknown): value is ExportAnswer {
  return isRecord(value) && value.type === 'exported' && Number.isInteger(value.id) && (typeof value.content === 'string' || value.content === null);
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
}

/** What the page shows when the worker itself fails (it could not start, or it crashed). */
export function internalErrorAnswer(request: Pick<ParseRequest, 'id'>, reason: string): ParseAnswer {
  return {
    type: 'parsed',
    id: request.id,
    format: 'digest',
    entries: [],
    statement: null,
    diagnostics: [
      { severity: 'error', code: 'internal-error', message: `the parser failed: ${reason || 'unknown error'}`, start: 0, end: 0, line: 1, column: 1, excerpt: '' },
    ],
  };
}
