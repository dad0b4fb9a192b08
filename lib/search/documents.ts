/**
 * What the search looks through: each news event and each statement as a document made of units
 * (a title, a summary, a note, a paragraph, a Q&A turn), each unit with the anchor of its place on
 * the entry's page, so that a snippet can link straight to the paragraph it quotes.
 *
 * Anchors on a statement page: every heading and paragraph has its own, as
 * lib/chronology/statement-anchors.ts gives them and the page renders them (`p-12`, `en-12`,
 * `s1-p-2` for numbered paragraphs; `s3` for a heading; `s1-p3` for the 3rd paragraph of section
 * 1; `qa-4-p2` for the 2nd paragraph of Q&A turn 4), so a snippet opens on the very paragraph.
 * A news event's page is short: its units carry no anchor.
 */
import { eventDay } from '@/lib/chronology/calendar';
import { blockAnchors, qaTurnAnchors } from '@/lib/chronology/statement-anchors';
import type { Block, NewsEvent, Statement } from '@/lib/parser/schema';

export type EntryKind = 'news' | 'statement';

export interface SearchEntry {
  kind: EntryKind;
  /** The news event's id or the statement's slug: with `kind`, what its permalink is built from. */
  key: string;
  title: string;
  /** YYYY-MM-DD, or null for a statement without a readable date. */
  date: string | null;
  /** HH:MM when known: it orders the entries of one day. */
  time: string | null;
}

export type UnitField = 'title' | 'summary' | 'note' | 'lead' | 'heading' | 'paragraph' | 'english' | 'turn';

export interface SearchUnit {
  field: UnitField;
  /** The id to link to on the entry's page (`p-12`, `en-3`, `s1-p3`, `qa-2-p1`, `s1`), or null. */
  anchor: string | null;
  /** The text as written. */
  text: string;
  /** For a Q&A turn, who speaks (記者, 大臣); otherwise null. */
  speaker: string | null;
}

export interface SearchDocument {
  entry: SearchEntry;
  units: SearchUnit[];
}

export type SearchableEvent = Pick<NewsEvent, 'id' | 'date' | 'time' | 'eventDate' | 'title' | 'summary' | 'notes'>;
export type SearchableStatement = Pick<Statement, 'slug' | 'title' | 'eventDate' | 'publishedAt' | 'lead' | 'blocks'>;

const unit = (field: UnitField, text: string, anchor: string | null = null, speaker: string | null = null): SearchUnit => ({
  field,
  anchor,
  text,
  speaker,
});

/** A news event: its title, its summary and each of its notes. */
export function newsDocument(event: SearchableEvent): SearchDocument {
  return {
    // Dated as the explorer dates it: the day it happened (the report's time only on the report's day).
    entry: { kind: 'news', key: event.id, title: event.title, date: eventDay(event), time: eventDay(event) === event.date ? event.time : null },
    units: [unit('title', event.title), unit('summary', event.summary), ...event.notes.map((note) => unit('note', note))],
  };
}

export { qaTurnAnchors };

const blockField = (block: Block): UnitField =>
  block.type === 'heading' ? 'heading' : block.type === 'turn' ? 'turn' : block.lang === 'en' ? 'english' : 'paragraph';

/** A statement: its title, its lead, and each heading, paragraph and Q&A turn. */
export function statementDocument(statement: SearchableStatement): SearchDocument {
  const anchors = blockAnchors(statement.blocks);
  const units = [unit('title', statement.title)];
  if (statement.lead) units.push(unit('lead', statement.lead));
  statement.blocks.forEach((block, index) => {
    if (block.type === 'credit') return;
    units.push(unit(blockField(block), block.text, anchors[index] ?? null, block.speaker));
  });
  const date = statement.eventDate ?? statement.publishedAt?.slice(0, 10) ?? null;
  const time = statement.eventDate ? null : (statement.publishedAt?.slice(11, 16) ?? null);
  return { entry: { kind: 'statement', key: statement.slug, title: statement.title, date, time }, units };
}

/** The documents of a chronology, in no particular order (the index sorts them). */
export function searchDocuments(events: readonly SearchableEvent[], statements: readonly SearchableStatement[]): SearchDocument[] {
  return [...events.map(newsDocument), ...statements.map(statementDocument)];
}
