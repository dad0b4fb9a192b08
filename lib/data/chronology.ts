/**
 * The chronology as parsed: events, statements, their sources and related links. It reads the
 * data folder (CHRONOLOGY_DATA_DIR) once per server process; every render after the first reuses it.
 */
import 'server-only';
import { loadChronology, type Chronology, type DataVersion, type EntrySource } from '@/lib/chronology/load';
import { relatedEvidence, type RelatedEvidence } from '@/lib/chronology/related';
import type { NewsEvent, Statement } from '@/lib/parser/schema';

interface IndexedChronology extends Chronology {
  eventsById: Map<string, NewsEvent>;
  statementsBySlug: Map<string, Statement>;
}

let cached: IndexedChronology | undefined;

/**
 * The chronology, read once per process, with its lookups indexed: every event page looks its
 * event up, and a scan per lookup would cost O(events) per request.
 */
export function getChronology(): IndexedChronology {
  if (!cached) {
    const chronology = loadChronology();
    cached = {
      ...chronology,
      eventsById: new Map(chronology.events.map((event) => [event.id, event])),
      statementsBySlug: new Map(chronology.statements.map((statement) => [statement.slug, statement])),
    };
  }
  return cached;
}

/** News events, newest first as in the digest. */
export function getEvents(): NewsEvent[] {
  return getChronology().events;
}

/** One news event by its id, or undefined for an id the digest does not have. */
export function getEvent(id: string): NewsEvent | undefined {
  return getChronology().eventsById.get(id);
}

/** An event's entry exactly as written in its data file, with the file, line and column. */
export function getEventSource(id: string): EntrySource | undefined {
  return getChronology().sources.get(id);
}

/** Every statement, in the order the data folder lists them. */
export function getStatements(): Statement[] {
  return getChronology().statements;
}

/** One statement by its slug, or undefined for a slug no file has. */
export function getStatement(slug: string): Statement | undefined {
  return getChronology().statementsBySlug.get(slug);
}

/** News events related to a statement, strongest evidence first. */
export function getRelatedEvents(slug: string): NewsEvent[] {
  const { related, eventsById } = getChronology();
  const ids = related.eventsByStatement.get(slug) ?? [];
  return ids.flatMap((id) => eventsById.get(id) ?? []);
}

/** Why an event and a statement are related: the statement's passages naming a shared partner or a term of the event's title. */
export function getRelatedEvidence(eventId: string, slug: string): RelatedEvidence[] {
  return relatedEvidence(getChronology().related, eventId, slug);
}

/** The data's version (a hash of its files and its newest date), as citations and exports name it. */
export function getDataVersion(): DataVersion {
  return getChronology().version;
}

/**
 * Headers that name the data's version on an API response: `X-Chronology-Version: HASH` and
 * `X-Chronology-Data-Date: YYYY-MM-DD`, so a saved answer can be matched to a citation.
 */
export function dataVersionHeaders(): Record<string, string> {
  const { hash, date } = getDataVersion();
  return date ? { 'x-chronology-version': hash, 'x-chronology-data-date': date } : { 'x-chronology-version': hash };
}
