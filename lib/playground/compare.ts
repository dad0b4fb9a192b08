/**
 * The dropped text against what the site publishes (GET /api/ids): each entry is new, already
 * published (same ID, same text) or changed; a cross-reference that resolves neither in the text
 * nor in the site's data stays a problem. All of it runs in the browser: the text is never sent.
 */
import type { Diagnostic } from '../parser/diagnostics';
import type { EntryRow } from './protocol';

/** The body of GET /api/ids. */
export interface PublishedIds {
  /** The data version (lib/chronology/load.ts DataVersion). */
  version: string;
  date: string | null;
  /** Every news event's ID → the fingerprint of its text (lib/playground/entry-hash.ts). */
  events: Record<string, string>;
  /** Every statement's slug → the fingerprint of its text. */
  statements: Record<string, string>;
}

export type EntryStatus = 'new' | 'published' | 'changed';

export function entryStatus(key: string, hash: string, published: Record<string, string>): EntryStatus {
  if (!Object.hasOwn(published, key)) return 'new';
  return published[key] === hash ? 'published' : 'changed';
}

/** How many entries of each status. */
export function countStatuses(statuses: readonly EntryStatus[]): Record<EntryStatus, number> {
  const counts: Record<EntryStatus, number> = { new: 0, published: 0, changed: 0 };
  for (const status of statuses) counts[status] += 1;
  return counts;
}

/**
 * The parser's problems, less the `unresolved-ref` warnings whose target the site publishes: the
 * parser only sees the dropped text, where such a reference is missing, but the chronology has it.
 */
export function problemsAgainstSite(
  diagnostics: readonly Diagnostic[],
  entries: readonly Pick<EntryRow, 'refs'>[],
  published: PublishedIds | null,
): { problems: Diagnostic[]; resolvedBySite: number } {
  if (!published) return { problems: [...diagnostics], resolvedBySite: 0 };
  const siteResolved = new Set<number>();
  for (const event of entries) {
    for (const ref of event.refs) {
      if (!ref.resolved && Object.hasOwn(published.events, ref.id)) siteResolved.add(ref.start);
    }
  }
  const problems = diagnostics.filter((d) => !(d.code === 'unresolved-ref' && siteResolved.has(d.start)));
  return { problems, resolvedBySite: diagnostics.length - problems.length };
}

/** Where two versions of an entry part: the shared start and end, and the differing middle of each. */
export interface TextDifference {
  before: string;
  removed: string;
  added: string;
  after: string;
  /** True when `before` / `after` were shortened (the texts go on beyond them). */
  cutBefore: boolean;
  cutAfter: boolean;
}

/**
 * The one stretch where `published` and `yours` differ, with `context` characters of what they
 * share on each side. A change in two far places shows as one stretch spanning both: for entries
 * of a few hundred characters that is still readable, and it never takes more than linear time.
 */
export function textDifference(published: string, yours: string, context = 30): TextDifference {
  let prefix = 0;
  const shorter = Math.min(published.length, yours.length);
  while (prefix < shorter && published[prefix] === yours[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < shorter - prefix &&
    published[published.length - 1 - suffix] === yours[yours.length - 1 - suffix]
  ) {
    suffix++;
  }
  const beforeStart = Math.max(0, prefix - context);
  const afterEnd = Math.min(suffix, context);
  return {
    before: published.slice(beforeStart, prefix),
    removed: published.slice(prefix, published.length - suffix),
    added: yours.slice(prefix, yours.length - suffix),
    after: published.slice(published.length - suffix, published.length - suffix + afterEnd),
    cutBefore: beforeStart > 0,
    cutAfter: afterEnd < suffix,
  };
}
