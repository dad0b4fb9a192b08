import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { listDataFolder, MAX_SOURCE_BYTES, resolveDataDir, type SourceFile } from '../data-dir';
import type { Diagnostic } from '../parser/diagnostics';
import { parseDigest } from '../parser/digest';
import type { NewsEvent, Statement } from '../parser/schema';
import { SourceText } from '../parser/source-text';
import { parseStatement } from '../parser/statement';
import type { MilestoneOverrides } from '../explorer/importance';
import { parseMilestones } from './milestones';
import { linkRelated, type RelatedLinks } from './related';

/** A diagnostic together with the data file it was found in. */
export interface FileDiagnostic extends Diagnostic {
  file: string;
}

/** Where an entry stands in its data file, and its text exactly as written there. */
export interface EntrySource {
  file: string;
  line: number;
  column: number;
  text: string;
  /** What the parser reported inside this entry (kept values, removed leftovers, …). */
  diagnostics: FileDiagnostic[];
  /** Where the day the event happened is written (lib/parser/digest/event-date.ts), or null. */
  eventDate: { excerpt: string; line: number; column: number } | null;
}

/**
 * A fixed state of the data, named so that a citation can point to it: a short hash of every data
 * file (its path and its bytes as read) and the date of the newest entry. The same files give the
 * same version on every machine; a file's modification time plays no part.
 */
export interface DataVersion {
  /** The first 10 hex digits of a SHA-256 over the files, in the order the folder lists them. */
  hash: string;
  /** YYYY-MM-DD of the newest event or statement, or null for a folder with no entries. */
  date: string | null;
}

export interface Chronology {
  dataDir: string;
  version: DataVersion;
  /** Each event's source, by event id: what a reader checks a value against. */
  sources: Map<string, EntrySource>;
  events: NewsEvent[];
  statements: Statement[];
  related: RelatedLinks;
  /** The editor's milestones.txt, resolved to ids (empty without the file). */
  milestones: MilestoneOverrides;
  diagnostics: FileDiagnostic[];
}

/** Reads a data file as UTF-8 text. A BOM is kept: the parsers account for it like any character. */
export function readSourceFile(file: SourceFile): string {
  return fs.readFileSync(/* turbopackIgnore: true */ file.absolutePath, 'utf8');
}

/** A file too large to read is an error at its first character, and is not read at all. */
function tooLarge(file: SourceFile): FileDiagnostic | null {
  const size = fs.statSync(/* turbopackIgnore: true */ file.absolutePath).size;
  if (size <= MAX_SOURCE_BYTES) return null;
  return {
    severity: 'error',
    code: 'file-too-large',
    message: `${size} bytes is more than the ${MAX_SOURCE_BYTES}-byte limit; the file is not read`,
    start: 0,
    end: 0,
    line: 1,
    column: 1,
    excerpt: '',
    file: file.relativePath,
  };
}

/**
 * Reads and parses every file of a data folder. Problems in the data become diagnostics with
 * their file; only an unusable folder throws (DataDirError).
 */
export function loadChronology(dataDir: string = resolveDataDir()): Chronology {
  const listing = listDataFolder(dataDir);
  const diagnostics: FileDiagnostic[] = [];
  const events: NewsEvent[] = [];
  const seenIds = new Map<string, string>();
  const sources = new Map<string, EntrySource>();
  const versionHash = createHash('sha256');
  const hashFile = (file: SourceFile, text: string) => versionHash.update(`${file.relativePath}\0${text.length}\0`).update(text);

  for (const file of listing.digests) {
    const refused = tooLarge(file);
    if (refused) {
      diagnostics.push(refused);
      continue;
    }
    const text = readSourceFile(file);
    hashFile(file, text);
    const result = parseDigest(text);
    const source = new SourceText(text);
    const fileDiagnostics = result.diagnostics.map((d) => ({ ...d, file: file.relativePath }));
    for (const d of fileDiagnostics) diagnostics.push(d);
    // Diagnostics come sorted by offset, events in text order: one walk hands each event its own.
    let next = 0;
    for (const event of result.events) {
      while (next < fileDiagnostics.length && (fileDiagnostics[next]?.start ?? 0) < event.span.start) next++;
      const own: FileDiagnostic[] = [];
      for (let i = next; i < fileDiagnostics.length && (fileDiagnostics[i]?.start ?? 0) < event.span.end; i++) own.push(fileDiagnostics[i]!);
      const earlier = seenIds.get(event.id);
      if (earlier) {
        diagnostics.push({
          ...source.diagnostic('error', 'duplicate-id', `entry ${event.id} is also in ${earlier}; ids must be unique across digest files`, event.fields.id),
          file: file.relativePath,
        });
        continue;
      }
      seenIds.set(event.id, file.relativePath);
      events.push({ ...event, file: file.relativePath });
      sources.set(event.id, {
        file: file.relativePath,
        ...source.position(event.span.start),
        text: text.slice(event.span.start, event.span.end).trimEnd(),
        diagnostics: own,
        eventDate: event.eventDate ? { excerpt: text.slice(event.eventDate.span.start, event.eventDate.span.end), ...source.position(event.eventDate.span.start) } : null,
      });
    }
  }

  const statements: Statement[] = [];
  const seenSlugs = new Set<string>();
  for (const file of listing.statements) {
    const refused = tooLarge(file);
    if (refused) {
      diagnostics.push(refused);
      continue;
    }
    const text = readSourceFile(file);
    hashFile(file, text);
    const result = parseStatement(text);
    for (const d of result.diagnostics) diagnostics.push({ ...d, file: file.relativePath });
    let slug = result.statement.slug;
    // Two statements of the same day and name would share a slug: number the later ones.
    for (let n = 2; seenSlugs.has(slug); n++) slug = `${result.statement.slug}-${n}`;
    seenSlugs.add(slug);
    statements.push({ ...result.statement, slug, file: file.relativePath });
  }

  // Refs can point to entries of another digest file: resolve them against the whole chronology.
  const ids = new Set(events.map((e) => e.id));
  const resolvedEvents = events.map((event) =>
    event.refs.some((ref) => ref.resolved !== ids.has(ref.id))
      ? { ...event, refs: event.refs.map((ref) => ({ ...ref, resolved: ids.has(ref.id) })) }
      : event,
  );

  // The editor's milestones name events and statements of any file: read once both are known.
  let milestones: MilestoneOverrides = { promote: new Map(), demote: new Set() };
  const milestonesFile = listing.milestones;
  const refusedMilestones = milestonesFile ? tooLarge(milestonesFile) : null;
  if (refusedMilestones) diagnostics.push(refusedMilestones);
  else if (milestonesFile) {
    const text = readSourceFile(milestonesFile);
    hashFile(milestonesFile, text);
    const result = parseMilestones(text, { has: (id: string) => ids.has(id) || seenSlugs.has(id) });
    for (const d of result.diagnostics) diagnostics.push({ ...d, file: milestonesFile.relativePath });
    milestones = result.overrides;
  }

  let newest: string | null = null;
  const dates = [...resolvedEvents.map((event) => event.date), ...statements.map((s) => s.eventDate ?? s.publishedAt?.slice(0, 10) ?? null)];
  for (const date of dates) if (date !== null && (newest === null || date > newest)) newest = date;

  return {
    dataDir: listing.dataDir,
    version: { hash: versionHash.digest('hex').slice(0, 10), date: newest },
    sources,
    events: resolvedEvents,
    statements,
    related: linkRelated(resolvedEvents, statements),
    milestones,
    diagnostics,
  };
}
