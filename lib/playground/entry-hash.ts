/**
 * A short fingerprint of an entry's text, so that the browser can tell whether an entry it holds
 * is the one the site publishes without the site sending every entry's text, and without the
 * browser sending its own. Both sides compute it with this module (GET /api/ids on the server,
 * the playground's worker in the browser).
 *
 * Not a cryptographic hash: it only has to tell two versions of one ID's entry apart.
 */
import type { NewsEvent, Statement } from '../parser/schema';

/** White space runs (any kind, line breaks included) count as one space; the ends do not count. */
export function normaliseEntryText(text: string): string {
  return text.replace(/[\s\u3000\uFEFF]+/g, ' ').trim();
}

/** cyrb53: 53 well-mixed bits, as 14 hex digits at most. */
function cyrb53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16);
}

/** The fingerprint of an entry as written in its digest (from its first character to its last). */
export function entryTextHash(entryText: string): string {
  return cyrb53(normaliseEntryText(entryText));
}

/** The fingerprint of a news event, read from the text it was parsed from. */
export function eventHash(event: Pick<NewsEvent, 'span'>, sourceText: string): string {
  return entryTextHash(sourceText.slice(event.span.start, event.span.end));
}

/** The fingerprint of a statement: its title, lead and every block's text, as parsed. */
export function statementHash(statement: Pick<Statement, 'title' | 'lead' | 'blocks'>): string {
  return entryTextHash([statement.title, statement.lead, ...statement.blocks.map((b) => b.text)].join('\n'));
}
