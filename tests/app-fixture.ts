import path from 'node:path';
import { loadChronology, type Chronology } from '../lib/chronology/load';
import type { NewsEvent, Statement } from '../lib/parser/schema';
import { statementDocument } from '../lib/search/documents';
import { normaliseText } from '../lib/search/normalise';

/**
 * The data folder the tests own: a copy of `data/` as it was when the tests were written. Unit and
 * CLI tests read it, and the e2e suite serves an app built from it (playwright.config.ts), so data
 * added to `data/` never changes what a test sees. Counts are taken from it, never written down.
 */
export const APP_FIXTURE_DIR = path.resolve('tests/fixtures/app-data');

/** Where the e2e suite builds the app from the fixture (playwright.config.ts). */
export const APP_FIXTURE_BUILD_DIR = '.next-builds/app-data';

/** The fixture's digest and statements folders. */
export const APP_FIXTURE_DIGEST = path.join(APP_FIXTURE_DIR, 'digest/japan-nato-eu.txt');
export const APP_FIXTURE_STATEMENTS = path.join(APP_FIXTURE_DIR, 'statements');

let cached: Chronology | undefined;

/** The fixture's chronology, parsed once per test process. */
export function fixtureChronology(): Chronology {
  cached ??= loadChronology(APP_FIXTURE_DIR);
  return cached;
}

/** Every entry the app shows: news events and statements. */
export function fixtureEntryCount(): number {
  const { events, statements } = fixtureChronology();
  return events.length + statements.length;
}

/** A news event of the fixture, by id; a test naming an id the fixture lacks fails here, saying so. */
export function fixtureEvent(id: string): NewsEvent {
  const event = fixtureChronology().events.find((e) => e.id === id);
  if (!event) throw new Error(`the fixture ${APP_FIXTURE_DIR} has no event ${id}`);
  return event;
}

/** A statement of the fixture, by slug. */
export function fixtureStatement(slug: string): Statement {
  const statement = fixtureChronology().statements.find((s) => s.slug === slug);
  if (!statement) throw new Error(`the fixture ${APP_FIXTURE_DIR} has no statement ${slug}`);
  return statement;
}

/** A term found only in one statement's body, with that statement and the anchor of its first passage. */
export interface BodyOnlyTerm {
  term: string;
  slug: string;
  anchor: string;
}

let bodyOnly: BodyOnlyTerm | undefined;

/**
 * A term of the fixture that only one statement holds, in a numbered Japanese paragraph and
 * nowhere in any entry's title, summary, lead or notes (what the explorer's items carry): the
 * full-text filter alone can find it. Found by reading the fixture, so no test writes it down.
 */
export function fixtureBodyOnlyTerm(length = 6): BodyOnlyTerm {
  if (bodyOnly) return bodyOnly;
  const { events, statements } = fixtureChronology();
  const carried = [
    ...events.flatMap((event) => [event.title, event.summary, ...event.notes]),
    ...statements.flatMap((statement) => [statement.title, statement.lead]),
  ].map(normaliseText);
  const documents = statements.map((statement) => statementDocument(statement));
  const folded = documents.map((document) => document.units.map((unit) => normaliseText(unit.text)));
  const kanaOrKanji = /^[\u3041-\u3096\u30a1-\u30fc\u4e00-\u9fff]+$/;
  for (const [d, document] of documents.entries()) {
    for (const [u, unit] of document.units.entries()) {
      if (unit.field !== 'paragraph' || !unit.anchor?.startsWith('p-')) continue;
      const text = folded[d]?.[u] ?? '';
      for (let at = 0; at + length <= text.length; at++) {
        const term = text.slice(at, at + length);
        if (!kanaOrKanji.test(term) || carried.some((t) => t.includes(term))) continue;
        const holders = folded.filter((units) => units.some((t) => t.includes(term)));
        if (holders.length !== 1) continue;
        const first = document.units.findIndex((_, i) => folded[d]?.[i]?.includes(term));
        const anchor = document.units[first]?.anchor;
        if (!anchor) continue;
        bodyOnly = { term, slug: document.entry.key, anchor };
        return bodyOnly;
      }
    }
  }
  throw new Error(`the fixture ${APP_FIXTURE_DIR} has no term found only in a statement's body`);
}
