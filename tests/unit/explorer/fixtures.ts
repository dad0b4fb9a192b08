import type { NewsEvent, Statement } from '@/lib/parser/schema';
import type { ExplorerItem } from '@/lib/explorer';

const span = { start: 0, end: 0 };

/** A news event as the digest parser gives it, with only what a test cares about to fill in. */
export function newsEvent(overrides: Partial<NewsEvent> & Pick<NewsEvent, 'id' | 'date'>): NewsEvent {
  return {
    kind: 'news',
    issue: `20${overrides.id.slice(0, 2)}-${overrides.id.slice(2, 4)}`,
    seq: 0,
    time: null,
    eventDate: null,
    outlet: { raw: '共同通信 (Yahoo)', key: 'kyodo', name: '共同通信', nameEn: 'Kyodo News', via: 'Yahoo', known: true },
    title: `見出し ${overrides.id}`,
    summary: `要旨 ${overrides.id}`,
    notes: [],
    refs: [],
    partners: ['NATO'],
    mentions: [],
    partnerEvidence: [],
    span,
    fields: { date: span, time: null, outlet: span, title: span, id: span, summary: span },
    ...overrides,
  };
}

export function statement(overrides: Partial<Statement> & Pick<Statement, 'slug'>): Statement {
  return {
    title: `声明 ${overrides.slug}`,
    category: null,
    source: '',
    kind: 'joint-statement',
    eventDate: '2025-08-28',
    publishedAt: '2025-09-01T10:45',
    lead: `リード ${overrides.slug}`,
    issuer: null,
    blocks: [],
    partners: ['GB'],
    mentions: [],
    ...overrides,
  };
}

export const noRelations = { statementsByEvent: new Map<string, string[]>(), eventsByStatement: new Map<string, string[]>() };

/** A compact item, for the helpers that work on items rather than on parser output. */
export function item(overrides: Partial<ExplorerItem> & Pick<ExplorerItem, 'id' | 'date'>): ExplorerItem {
  return {
    kind: 'news',
    time: null,
    dateEnd: null,
    dateStatus: null,
    reported: null,
    issuer: null,
    publisher: null,
    title: `見出し ${overrides.id}`,
    shortTitle: `見出し ${overrides.id}`,
    outlet: { key: 'kyodo', name: '共同通信', via: 'Yahoo' },
    partners: ['NATO'],
    summary: `要旨 ${overrides.id}`,
    notes: [],
    refs: [],
    relatedStatements: [],
    relatedEvents: [],
    statementKind: null,
    permalink: `/events/${overrides.id}`,
    importance: 0,
    milestone: false,
    milestoneLabel: null,
    ...overrides,
  };
}
