import type { NewsEvent, Statement } from '../parser/schema';
import { differenceInCalendarDays } from 'date-fns';
import { toLocalDate } from './calendar';

/**
 * The rule that links statements and news events, both ways:
 *   a news event and a statement are related when they share at least one partner (NATO, EU or
 *   a state, as the parsers read them) and their dates are at most RELATED_WINDOW_DAYS apart.
 *   Related items are ranked by closeness in days, then by date, then by id, and at most
 *   RELATED_LIMIT are kept.
 * It is deterministic: the same data always gives the same links.
 */
export const RELATED_WINDOW_DAYS = 90;
export const RELATED_LIMIT = 8;

export interface RelatedLinks {
  /** Event id → slugs of related statements, closest first. */
  statementsByEvent: Map<string, string[]>;
  /** Statement slug → ids of related events, closest first. */
  eventsByStatement: Map<string, string[]>;
}

interface Candidate {
  key: string;
  date: string;
  distance: number;
}

function rank(candidates: Candidate[]): string[] {
  return candidates
    .sort((a, b) => a.distance - b.distance || a.date.localeCompare(b.date) || a.key.localeCompare(b.key))
    .slice(0, RELATED_LIMIT)
    .map((c) => c.key);
}

/** The related statements of every event and the related events of every statement, by the rule above. */
export function linkRelated(events: readonly NewsEvent[], statements: readonly Statement[]): RelatedLinks {
  const statementsByEvent = new Map<string, Candidate[]>();
  const eventsByStatement = new Map<string, Candidate[]>();
  // Each event's day built once, not once per statement: a generated digest has 100,000 events.
  const datedEvents = events.map((event) => ({ event, day: toLocalDate(event.date) }));
  for (const statement of statements) {
    if (!statement.eventDate) continue;
    const statementDay = toLocalDate(statement.eventDate);
    const partners = new Set(statement.partners);
    for (const { event, day } of datedEvents) {
      if (!event.partners.some((code) => partners.has(code))) continue;
      const distance = Math.abs(differenceInCalendarDays(statementDay, day));
      if (distance > RELATED_WINDOW_DAYS) continue;
      const forEvent = statementsByEvent.get(event.id) ?? [];
      forEvent.push({ key: statement.slug, date: statement.eventDate, distance });
      statementsByEvent.set(event.id, forEvent);
      const forStatement = eventsByStatement.get(statement.slug) ?? [];
      forStatement.push({ key: event.id, date: event.date, distance });
      eventsByStatement.set(statement.slug, forStatement);
    }
  }
  return {
    statementsByEvent: new Map([...statementsByEvent].map(([id, list]) => [id, rank(list)])),
    eventsByStatement: new Map([...eventsByStatement].map(([slug, list]) => [slug, rank(list)])),
  };
}
