/**
 * The one place pages get their data from. Server-only: it reads the data folder
 * (CHRONOLOGY_DATA_DIR) once per process, at build time for static pages.
 * Client components never import this module; they receive plain props.
 */
import { loadChronology, type Chronology, type EntrySource } from './chronology/load';
import type { NewsEvent, Statement } from './parser/schema';

let cached: Chronology | undefined;

export function getChronology(): Chronology {
  cached ??= loadChronology();
  return cached;
}

/** News events, newest first as in the digest. */
export function getEvents(): NewsEvent[] {
  return getChronology().events;
}

export function getEvent(id: string): NewsEvent | undefined {
  return getChronology().events.find((event) => event.id === id);
}

/** An event's entry exactly as written in its data file, with the file, line and column. */
export function getEventSource(id: string): EntrySource | undefined {
  return getChronology().sources.get(id);
}

export function getStatements(): Statement[] {
  return getChronology().statements;
}

export function getStatement(slug: string): Statement | undefined {
  return getChronology().statements.find((statement) => statement.slug === slug);
}

/** Statements related to a news event by the rule in lib/chronology/related.ts, closest first. */
export function getRelatedStatements(eventId: string): Statement[] {
  const { related, statements } = getChronology();
  const slugs = related.statementsByEvent.get(eventId) ?? [];
  return slugs.flatMap((slug) => statements.filter((s) => s.slug === slug));
}

/** News events related to a statement, closest first. */
export function getRelatedEvents(slug: string): NewsEvent[] {
  const { related, events } = getChronology();
  const ids = related.eventsByStatement.get(slug) ?? [];
  return ids.flatMap((id) => events.filter((e) => e.id === id));
}
