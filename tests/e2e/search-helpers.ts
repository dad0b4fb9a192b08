import { fixtureChronology } from '../app-fixture';
import { newsDocument, normaliseText, parseQuery, scanEntries, statementDocument, type SearchDocument, type SearchUnit } from '../../lib/search';

// What the search must find in the fixture the app is built from (tests/fixtures/app-data),
// worked out here with the library's plain scan, the meaning of a query: no count is written down.
const { events, statements } = fixtureChronology();

export const documents: SearchDocument[] = [...events.map(newsDocument), ...statements.map(statementDocument)];
const folded = documents.map((document) => document.units.map((unit) => normaliseText(unit.text)));

/** How many entries a query finds, by the plain scan. */
export function expectedTotal(query: string): number {
  const parsed = parseQuery(query);
  if (!parsed.ok) throw new Error(`the query ${query} does not run: ${parsed.problem.code}`);
  return scanEntries(folded, parsed.query).length;
}

/** How many documents hold a folded text in units that pass `where`. */
function holders(text: string, where: (unit: SearchUnit) => boolean = () => true): SearchDocument[] {
  return documents.filter((document) => document.units.some((unit) => where(unit) && normaliseText(unit.text).includes(text)));
}

const JAPANESE = /^[\u3041-\u3096\u30a1-\u30fc\u4e00-\u9fff]+$/;

/**
 * A Japanese term of `length` characters that only one statement holds, in one paragraph of its
 * body without a number (anchored by its place, `s1-p3` or `qa-4-p2`, where a link once opened on
 * the whole section or turn), and no other entry holds anywhere.
 */
export function bodyOnlyTerm(length = 6): { term: string; slug: string; anchor: string } {
  for (const document of documents) {
    if (document.entry.kind !== 'statement') continue;
    for (const unit of document.units) {
      if ((unit.field !== 'paragraph' && unit.field !== 'turn') || !unit.anchor || !/^(s\d+|qa-\d+)-p\d+$/.test(unit.anchor)) continue;
      for (let at = 0; at + length <= unit.text.length; at++) {
        const term = unit.text.slice(at, at + length);
        if (!JAPANESE.test(term)) continue;
        const found = holders(term);
        const units = document.units.filter((other) => normaliseText(other.text).includes(term));
        if (found.length === 1 && units.length === 1) return { term, slug: document.entry.key, anchor: unit.anchor };
      }
    }
  }
  throw new Error('the fixture has no statement with a term only its body holds');
}

/** A phrase of three English words that occurs only in English paragraphs, of one statement. */
export function englishOnlyPhrase(): { phrase: string; slug: string } {
  for (const document of documents) {
    if (document.entry.kind !== 'statement') continue;
    for (const unit of document.units) {
      if (unit.field !== 'english' || !unit.anchor || !/(^|-)en-\d+/.test(unit.anchor)) continue;
      const words = unit.text.split(/\s+/).filter((word) => /^[A-Za-z]+$/.test(word));
      for (let i = 0; i + 3 <= words.length; i++) {
        const phrase = words.slice(i, i + 3).join(' ');
        const text = normaliseText(phrase);
        if (!normaliseText(unit.text).includes(text)) continue;
        if (holders(text).length === 1 && holders(text, (other) => other.field !== 'english').length === 0) return { phrase, slug: document.entry.key };
      }
    }
  }
  throw new Error('the fixture has no English phrase of its own');
}

/** The text with ASCII letters and digits made full-width (Ｎ for N). */
export const fullWidth = (text: string): string => text.replace(/[A-Za-z0-9]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0));
