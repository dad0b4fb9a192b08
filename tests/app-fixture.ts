import path from 'node:path';
import { loadChronology, type Chronology } from '../lib/chronology/load';
import type { NewsEvent, Statement } from '../lib/parser/schema';

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
