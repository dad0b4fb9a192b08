/**
 * What GET /api/ids answers: every ID (and statement slug) the chronology publishes, each with
 * the fingerprint of its text, under the data version. Computed once per server process.
 */
import 'server-only';
import type { PublishedIds } from '@/lib/playground/compare';
import { entryTextHash, statementHash } from '@/lib/playground/entry-hash';
import { getChronology } from './chronology';

let cached: string | undefined;

/** The JSON body (it changes only with the data). */
export function getPublishedIdsJson(): string {
  if (!cached) {
    const { events, statements, sources, version } = getChronology();
    const ids: PublishedIds = {
      version: version.hash,
      date: version.date,
      events: Object.fromEntries(events.map((event) => [event.id, entryTextHash(sources.get(event.id)?.text ?? '')])),
      statements: Object.fromEntries(statements.map((statement) => [statement.slug, statementHash(statement)])),
    };
    cached = JSON.stringify(ids);
  }
  return cached;
}
