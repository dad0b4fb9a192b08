import { eventDay } from '../chronology/calendar';
import type { NewsEvent, Statement } from '../parser/schema';
import { noOverrides, rankEntries, type MilestoneOverrides } from './importance';
import { sortByTime } from './navigation';
import { eventPermalink, statementPermalink } from './permalinks';
import { shortTitle } from './short-title';
import type { ExplorerEvidence, ExplorerItem } from './types';

/** Which statements belong with which events, both ways, and why (the shape of lib/chronology's links). */
export interface RelatedIndex {
  statementsByEvent: ReadonlyMap<string, readonly string[]>;
  eventsByStatement: ReadonlyMap<string, readonly string[]>;
  /** The evidence of a pair, by `${eventId}\u0000${slug}` (lib/chronology/related.ts). */
  evidence?: ReadonlyMap<string, readonly ExplorerEvidence[]>;
}

const evidenceOf = (related: RelatedIndex, eventId: string, slug: string): ExplorerEvidence[] =>
  (related.evidence?.get(`${eventId}\u0000${slug}`) ?? []).map((piece) => ({ kind: piece.kind, value: piece.value, anchors: [...piece.anchors] }));

/** The day a statement belongs on: the day of the event it reports, else the day it was published. */
function statementDate(statement: Statement): string | null {
  return statement.eventDate ?? statement.publishedAt?.slice(0, 10) ?? null;
}

/** When a statement was published, where that is not the day it belongs on. */
function statementReported(statement: Statement, date: string): ExplorerItem['reported'] {
  const published = statement.publishedAt;
  return published && published.slice(0, 10) !== date ? { date: published.slice(0, 10), time: published.slice(11, 16) } : null;
}

/** A news event's day and its report: the time belongs to the report, so it goes with it when the days differ. */
function newsDating(event: NewsEvent): Pick<ExplorerItem, 'date' | 'time' | 'dateEnd' | 'dateStatus' | 'reported'> {
  const date = eventDay(event);
  const status = event.eventDate?.status;
  const sameDay = date === event.date;
  return {
    date,
    time: sameDay ? event.time : null,
    dateEnd: event.eventDate?.endDate ?? null,
    dateStatus: status === 'scheduled' || status === 'by' ? status : null,
    reported: sameDay ? null : { date: event.date, time: event.time },
  };
}

/**
 * Turns the chronology into the compact items the explorer ships to the browser. Called by the
 * Server Component page; the browser never sees source spans, statement blocks or raw text.
 * A statement without any date cannot be placed on a timeline and is left out.
 * Items come in time order, oldest first, each with its importance and milestone flag
 * (importance.ts; `milestones` is the editor's milestones.txt).
 */
export function toExplorerItems(
  events: readonly NewsEvent[],
  statements: readonly Statement[],
  related: RelatedIndex,
  milestones: MilestoneOverrides = noOverrides,
): ExplorerItem[] {
  const eventById = new Map(events.map((event) => [event.id, event]));
  const statementBySlug = new Map(statements.map((statement) => [statement.slug, statement]));

  const news = events.map((event): ExplorerItem => ({
    kind: 'news',
    id: event.id,
    ...newsDating(event),
    title: event.title,
    shortTitle: shortTitle(event.title),
    outlet: { key: event.outlet.key, name: event.outlet.name, via: event.outlet.via },
    partners: [...event.partners],
    summary: event.summary,
    notes: [...event.notes],
    refs: event.refs.map((ref) => ({
      id: ref.id,
      outlet: ref.outlet,
      date: ref.date,
      resolved: ref.resolved && eventById.has(ref.id),
      title: (ref.resolved && eventById.get(ref.id)?.title) || null,
    })),
    relatedStatements: (related.statementsByEvent.get(event.id) ?? []).flatMap((slug) => {
      const statement = statementBySlug.get(slug);
      return statement ? [{ slug, title: statement.title, evidence: evidenceOf(related, event.id, slug) }] : [];
    }),
    relatedEvents: [],
    statementKind: null,
    issuer: null,
    publisher: null,
    permalink: eventPermalink(event.id),
    importance: 0,
    milestone: false,
    milestoneLabel: null,
  }));

  const texts = statements.flatMap((statement): ExplorerItem[] => {
    const date = statementDate(statement);
    if (!date) return [];
    return [
      {
        kind: 'statement',
        id: statement.slug,
        date,
        time: null,
        dateEnd: null,
        dateStatus: null,
        reported: statementReported(statement, date),
        title: statement.title,
        shortTitle: shortTitle(statement.title),
        outlet: null,
        partners: [...statement.partners],
        summary: statement.lead,
        notes: [],
        refs: [],
        relatedStatements: [],
        relatedEvents: (related.eventsByStatement.get(statement.slug) ?? []).flatMap((id) => {
          const event = eventById.get(id);
          return event ? [{ id, title: event.title, date: eventDay(event), evidence: evidenceOf(related, id, statement.slug) }] : [];
        }),
        statementKind: statement.kind,
        issuer: statement.issuer?.name ?? null,
        publisher: statement.source || null,
        permalink: statementPermalink(statement.slug),
        importance: 0,
        milestone: false,
        milestoneLabel: null,
      },
    ];
  });

  const items = [...news, ...texts];
  const ranks = rankEntries(
    items.map((item) => ({
      id: item.id,
      kind: item.kind,
      date: item.date,
      title: item.title,
      summary: item.summary,
      partners: item.partners,
      outlet: item.outlet?.key ?? null,
      refIds: item.refs.filter((ref) => ref.resolved).map((ref) => ref.id),
    })),
    milestones,
  );
  for (const item of items) {
    const rank = ranks.get(item.id);
    if (!rank) continue;
    item.importance = rank.importance;
    item.milestone = rank.milestone;
    item.milestoneLabel = rank.milestoneLabel;
    if (rank.milestoneLabel) item.shortTitle = rank.milestoneLabel;
  }
  return sortByTime(items);
}
