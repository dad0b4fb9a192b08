/**
 * Stage 5: the statement. Reads the dates, the kind and the partners from the classified lines
 * and the blocks, and names the statement with its slug.
 */
import { isoDate, isRealDate } from '../../chronology/calendar-parts';
import { findIssuer } from './issuer';
import { findPartners } from '../../gazetteer/partners';
import type { Diagnostic } from '../diagnostics';
import type { Block, Statement, StatementKind } from '../schema';
import type { SourceText } from '../source-text';
import { SITE_NAME, TIMESTAMP, type ClassifiedStatement } from './classify';
import { shortHash, statementSlug } from './slug';

/** The title given to a statement whose title could not be read (the schema wants one). */
export const UNTITLED = '(無題)';

/** `(8月28日)` in a title; the last one is the event date. */
const TITLE_DATE = /[(（][ \u3000]*([0-9０-９]{1,2})月([0-9０-９]{1,2})日[ \u3000]*[)）]/g;

/** The kind, from the first of these words the title (or else the lead) contains. */
const KINDS: readonly [RegExp, StatementKind][] = [
  [/共同声明/, 'joint-statement'],
  [/記者会見|会見/, 'press-conference'],
  [/会談|会合|協議委員会/, 'meeting'],
];

function toAscii(digits: string): number {
  return Number.parseInt(digits.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)), 10);
}

export function readKind(title: string, lead: string): StatementKind {
  for (const text of [title, lead]) {
    for (const [pattern, kind] of KINDS) if (pattern.test(text)) return kind;
  }
  return 'other';
}

interface Published {
  publishedAt: string | null;
  year: number | null;
  month: number | null;
}

function readPublished(classified: ClassifiedStatement, source: SourceText, diagnostics: Diagnostic[]): Published {
  const line = classified.timestamp;
  if (!line) {
    const at = classified.title ?? { start: 0, end: 0 };
    diagnostics.push(source.diagnostic('error', 'missing-published-at', 'no publication timestamp (`2025-9-1 10:45`) after the title', at));
    return { publishedAt: null, year: null, month: null };
  }
  const [, y = '', mo = '', d = '', h = '', mi = ''] = TIMESTAMP.exec(line.text) ?? [];
  const [year, month, day, hour, minute] = [y, mo, d, h, mi].map(Number) as [number, number, number, number, number];
  if (!isRealDate(year, month, day) || hour > 23 || minute > 59) {
    diagnostics.push(source.diagnostic('error', 'invalid-published-at', `${line.text} is not a real date and time`, line));
    return { publishedAt: null, year: null, month: null };
  }
  const time = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
  return { publishedAt: `${isoDate(year, month, day)}T${time}`, year, month };
}

/** The year of the lead's `令和7(2025)年8月28日` when it names the event's month and day. */
function yearFromLead(lead: string, month: number, day: number): number | null {
  for (const match of lead.matchAll(/(\d{4})[)）]?年(\d{1,2})月(\d{1,2})日/g)) {
    if (Number(match[2]) === month && Number(match[3]) === day) return Number(match[1]);
  }
  return null;
}

function readEventDate(classified: ClassifiedStatement, published: Published, lead: string, source: SourceText, diagnostics: Diagnostic[]): string | null {
  const title = classified.title;
  if (!title) return null;
  const match = [...title.text.matchAll(TITLE_DATE)].at(-1);
  if (!match?.[1] || !match[2]) {
    diagnostics.push(source.diagnostic('error', 'missing-title-date', 'the title does not end with the event date `(M月D日)`', title));
    return null;
  }
  const month = toAscii(match[1]);
  const day = toAscii(match[2]);
  const span = { start: title.start + match.index, end: title.start + match.index + match[0].length };
  // The title gives no year: take the publication's, one earlier for a December event published in January.
  let year = published.year !== null && published.month !== null ? published.year - (month > published.month ? 1 : 0) : null;
  year ??= yearFromLead(lead, month, day);
  if (year === null) return null;
  if (!isRealDate(year, month, day)) {
    diagnostics.push(source.diagnostic('error', 'invalid-date', `${month}月${day}日 is not a date in ${year}`, span));
    return null;
  }
  return isoDate(year, month, day);
}

/** Builds the statement; every missing part is a diagnostic and a null, never an exception. */
export function composeStatement(
  classified: ClassifiedStatement,
  blocks: Block[],
  source: SourceText,
  diagnostics: Diagnostic[],
): Statement {
  const title = classified.title?.text ?? UNTITLED;
  if (!classified.title) {
    diagnostics.push(source.diagnostic('error', 'missing-title', 'no title line at the top of the statement', { start: 0, end: 0 }));
  }
  const lead = classified.lead.map((line) => line.text).join('\n');
  const published = readPublished(classified, source, diagnostics);
  const eventDate = readEventDate(classified, published, lead, source, diagnostics);
  const { partners, mentions } = findPartners([title, lead, ...blocks.map((block) => block.text)].join('\n'));
  const issuer = readIssuer(classified, lead, source, diagnostics);
  return {
    slug: statementSlug(eventDate, title),
    title,
    category: classified.category?.text ?? null,
    source: classified.source,
    kind: readKind(title, lead),
    eventDate,
    publishedAt: published.publishedAt,
    lead,
    issuer,
    blocks,
    partners,
    mentions,
  };
}

/** The issuing body the lead names, located in the source (the lead is its lines joined by \n). */
function readIssuer(classified: ClassifiedStatement, lead: string, source: SourceText, diagnostics: Diagnostic[]): Statement['issuer'] {
  const found = findIssuer(lead);
  if (!found) {
    const at = classified.lead[0] ?? classified.title ?? { start: 0, end: 0 };
    diagnostics.push(source.diagnostic('warning', 'missing-issuer', 'the lead names no issuing body (防衛省は…, …防衛大臣は…): the site is cited as publisher only', at));
    return null;
  }
  let offset = 0;
  for (const line of classified.lead) {
    if (found.start < offset + line.text.length) {
      const start = line.start + (found.start - offset);
      return { name: found.name, span: { start, end: start + (found.end - found.start) }, rule: found.rule };
    }
    offset += line.text.length + 1;
  }
  return null;
}

/** The statement of a text that could not be read at all (empty or binary). */
export function emptyStatement(text: string): Statement {
  return {
    slug: `undated-${shortHash(text)}`,
    title: UNTITLED,
    category: null,
    source: SITE_NAME,
    kind: 'other',
    eventDate: null,
    publishedAt: null,
    lead: '',
    issuer: null,
    blocks: [],
    partners: [],
    mentions: [],
  };
}
