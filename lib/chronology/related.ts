import type { NewsEvent, Statement } from '../parser/schema';
import { differenceInCalendarDays } from 'date-fns';
import { partnerByCode, partnerGazetteer } from '../gazetteer/partners/table';
import { statementDocument } from '../search/documents';
import { normaliseText } from '../search/normalise';
import { toLocalDate } from './calendar';

/**
 * The rule that links statements and news events, both ways, and says why:
 *   - candidates: a news event and a statement that share at least one partner (NATO, EU or a
 *     state, as the parsers read them) and whose dates are at most RELATED_WINDOW_DAYS apart;
 *   - evidence, in the statement's passages (each heading and paragraph, with its own anchor): a passage that names a shared partner by one of the partner
 *     gazetteer's names (a Latin name as a whole word: `EU` is not in `European`), or one that
 *     holds a distinctive term of the event's title: a run of katakana (3 or more), of kanji
 *     (2 or more) or of Latin letters and digits (2 or more, a letter among them) found in at
 *     most RARE_TERM_SHARE of all the events' titles (and never more than needed: at least
 *     RARE_TERM_MIN_TITLES) and not a partner's name, as a whole run of the passage;
 *   - a candidate with no evidence is not related: a link is never shown without its reason;
 *   - ranked by evidence (each shared term counts 2, each partner named 1), then closeness in
 *     days, then date, then id; at most RELATED_LIMIT are kept on each side.
 * Pure and deterministic: the same data always gives the same links and the same evidence.
 */
export const RELATED_WINDOW_DAYS = 90;
export const RELATED_LIMIT = 8;
/** A title term is distinctive when at most this share of the events' titles hold it… */
export const RARE_TERM_SHARE = 0.01;
/** …or at most this many (a small chronology has few titles to share a term). */
export const RARE_TERM_MIN_TITLES = 3;
/** Passages kept per piece of evidence: enough to show, few enough to pack. */
export const EVIDENCE_PASSAGES = 3;

export type EvidenceKind = 'partner' | 'term';

/** Why a statement and an event are related: what the statement's passages share with the event. */
export interface RelatedEvidence {
  kind: EvidenceKind;
  /** The partner's code (`NATO`, `GB`) or the term, folded (`gcap`, `グローバル戦闘航空プログラム`). */
  value: string;
  /** The anchors on the statement's page of the passages holding it, in reading order. */
  anchors: string[];
}

export interface RelatedLinks {
  /** Event id → slugs of related statements, strongest evidence first. */
  statementsByEvent: Map<string, string[]>;
  /** Statement slug → ids of related events, strongest evidence first. */
  eventsByStatement: Map<string, string[]>;
  /** The evidence of each related pair, by `relatedPairKey(eventId, slug)`. */
  evidence: Map<string, RelatedEvidence[]>;
}

/** The key of a related pair in `RelatedLinks.evidence`. */
export const relatedPairKey = (eventId: string, slug: string): string => `${eventId}\u0000${slug}`;

/** The evidence of one pair, or none when they are not related. */
export function relatedEvidence(links: Pick<RelatedLinks, 'evidence'>, eventId: string, slug: string): RelatedEvidence[] {
  return links.evidence.get(relatedPairKey(eventId, slug)) ?? [];
}

/**
 * The fold for words: NFKC and lower case as the search folds (normaliseText), but white space
 * kept, since it is what separates Latin words (`the EU and Japan`).
 */
const foldWords = (text: string): string => text.normalize('NFKC').toLowerCase();

// Runs of one script, in text folded by foldWords.
const TERM_RUNS = /[\u30a1-\u30fa\u30fc]{3,}|[\u4e00-\u9fff\u3005]{2,}|[a-z0-9][a-z0-9-]*[a-z0-9]/gu;
const HAS_LETTER = /[a-z\u30a1-\u30fa\u4e00-\u9fff]/u;

/** The distinct script runs of a text that may be terms: `日英防衛相会談`, `グローバル`, `gcap`. */
export function termRuns(text: string): Set<string> {
  const runs = new Set<string>();
  for (const match of foldWords(text).matchAll(TERM_RUNS)) if (HAS_LETTER.test(match[0])) runs.add(match[0]);
  return runs;
}

/** Every partner's names, folded: a partner is evidence of its own kind, never a term. */
let partnerNameSet: Set<string> | undefined;

/** The terms of a title that few titles of the chronology share and that name no partner (see the rule above). */
export function distinctiveTerms(title: string, titlesHolding: ReadonlyMap<string, number>, titleCount: number): string[] {
  partnerNameSet ??= new Set(partnerGazetteer.flatMap((entry) => partnerNames(entry.code)));
  const limit = Math.max(RARE_TERM_MIN_TITLES, Math.floor(titleCount * RARE_TERM_SHARE));
  return [...termRuns(title)].filter((term) => (titlesHolding.get(term) ?? 0) <= limit && !partnerNameSet?.has(term));
}

/** How many titles hold each term run. */
export function countTitleTerms(titles: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const title of titles) for (const term of termRuns(title)) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}

const LATIN_NAME = /^[a-z0-9 .-]+$/;

/** A passage in the two folds a name is looked for in. */
interface FoldedPassage {
  /** normaliseText: no white space, so that `北大西洋 条約機構` broken by a line still names NATO. */
  text: string;
  /** foldWords: white space kept, so that a Latin name is found as a whole word only. */
  words: string;
}

/** Whether a passage names `name` (folded by foldWords); a Latin name only as a whole word. */
function names(passage: FoldedPassage, name: string): boolean {
  if (!LATIN_NAME.test(name)) return passage.text.includes(normaliseText(name));
  const text = passage.words;
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
    const before = text[at - 1] ?? '';
    const after = text[at + name.length] ?? '';
    if (!/[a-z0-9]/.test(before) && !/[a-z0-9]/.test(after)) return true;
  }
  return false;
}

/** The folded names a partner goes by: the gazetteer's names, its English name, 日+abbreviation. */
function partnerNames(code: string): string[] {
  const entry = partnerByCode(code);
  if (!entry) return [foldWords(code)];
  return [...new Set([...entry.names, entry.nameEn, ...entry.abbreviations.map((a) => `日${a}`)].map(foldWords).filter((n) => n.trim().length > 0))];
}

/** A statement's anchored passages, folded, and what is found in them (worked out once, on demand). */
export class StatementPassages {
  private readonly passages: Array<FoldedPassage & { anchor: string }> = [];
  private readonly byPartner = new Map<string, string[]>();
  private terms: Map<string, string[]> | undefined;

  constructor(statement: Statement) {
    for (const unit of statementDocument(statement).units) {
      if (unit.anchor === null || unit.field === 'title' || unit.field === 'lead') continue;
      // Every paragraph has its own anchor: each is a passage of its own.
      this.passages.push({ anchor: unit.anchor, text: normaliseText(unit.text), words: foldWords(unit.text) });
    }
  }

  /** The anchors of the passages naming the partner. */
  partner(code: string): string[] {
    let anchors = this.byPartner.get(code);
    if (!anchors) {
      const folded = partnerNames(code);
      anchors = this.passages.filter((p) => folded.some((name) => names(p, name))).map((p) => p.anchor);
      this.byPartner.set(code, anchors);
    }
    return anchors;
  }

  /** The anchors of the passages holding the term as one of their runs. */
  term(term: string): string[] {
    if (!this.terms) {
      this.terms = new Map();
      for (const { anchor, words } of this.passages) {
        for (const run of termRuns(words)) {
          const list = this.terms.get(run) ?? [];
          if (list.at(-1) !== anchor) list.push(anchor);
          this.terms.set(run, list);
        }
      }
    }
    return this.terms.get(term) ?? [];
  }
}

/** The evidence for one candidate pair: shared partners named, then distinctive terms, each with its passages. */
export function pairEvidence(sharedPartners: readonly string[], terms: readonly string[], passages: Pick<StatementPassages, 'partner' | 'term'>): RelatedEvidence[] {
  const evidence: RelatedEvidence[] = [];
  for (const code of sharedPartners) {
    const anchors = passages.partner(code);
    if (anchors.length > 0) evidence.push({ kind: 'partner', value: code, anchors: anchors.slice(0, EVIDENCE_PASSAGES) });
  }
  for (const term of terms) {
    const anchors = passages.term(term);
    if (anchors.length > 0) evidence.push({ kind: 'term', value: term, anchors: anchors.slice(0, EVIDENCE_PASSAGES) });
  }
  return evidence;
}

/** How strong a pair's evidence is: a shared distinctive term says more than a partner named. */
export function evidenceScore(evidence: readonly RelatedEvidence[]): number {
  return evidence.reduce((score, piece) => score + (piece.kind === 'term' ? 2 : 1), 0);
}

interface Candidate {
  key: string;
  date: string;
  distance: number;
  score: number;
}

function rank(candidates: Candidate[]): string[] {
  return candidates
    .sort((a, b) => b.score - a.score || a.distance - b.distance || a.date.localeCompare(b.date) || a.key.localeCompare(b.key))
    .slice(0, RELATED_LIMIT)
    .map((c) => c.key);
}

/** The related statements of every event and the related events of every statement, with their evidence, by the rule above. */
export function linkRelated(events: readonly NewsEvent[], statements: readonly Statement[]): RelatedLinks {
  const statementsByEvent = new Map<string, Candidate[]>();
  const eventsByStatement = new Map<string, Candidate[]>();
  const evidence = new Map<string, RelatedEvidence[]>();
  const titlesHolding = countTitleTerms(events.map((event) => event.title));
  // Each event's day and terms worked out once, not once per statement: a generated digest has 100,000 events.
  const datedEvents = events.map((event) => ({ event, day: toLocalDate(event.date), terms: null as string[] | null }));
  for (const statement of statements) {
    if (!statement.eventDate) continue;
    const statementDay = toLocalDate(statement.eventDate);
    const partners = new Set(statement.partners);
    let passages: StatementPassages | undefined;
    for (const dated of datedEvents) {
      const { event, day } = dated;
      const shared = event.partners.filter((code) => partners.has(code));
      if (shared.length === 0) continue;
      const distance = Math.abs(differenceInCalendarDays(statementDay, day));
      if (distance > RELATED_WINDOW_DAYS) continue;
      dated.terms ??= distinctiveTerms(event.title, titlesHolding, events.length);
      passages ??= new StatementPassages(statement);
      const found = pairEvidence([...new Set(shared)], dated.terms, passages);
      if (found.length === 0) continue;
      const score = evidenceScore(found);
      evidence.set(relatedPairKey(event.id, statement.slug), found);
      const forEvent = statementsByEvent.get(event.id) ?? [];
      forEvent.push({ key: statement.slug, date: statement.eventDate, distance, score });
      statementsByEvent.set(event.id, forEvent);
      const forStatement = eventsByStatement.get(statement.slug) ?? [];
      forStatement.push({ key: event.id, date: event.date, distance, score });
      eventsByStatement.set(statement.slug, forStatement);
    }
  }
  const byEvent = new Map([...statementsByEvent].map(([id, list]) => [id, rank(list)]));
  const byStatement = new Map([...eventsByStatement].map(([slug, list]) => [slug, rank(list)]));
  // Keep the evidence of the pairs that made either side's list: the rest is never shown.
  const kept = new Map<string, RelatedEvidence[]>();
  const keep = (id: string, slug: string) => {
    const key = relatedPairKey(id, slug);
    const pieces = evidence.get(key);
    if (pieces) kept.set(key, pieces);
  };
  for (const [id, slugs] of byEvent) for (const slug of slugs) keep(id, slug);
  for (const [slug, ids] of byStatement) for (const id of ids) keep(id, slug);
  return { statementsByEvent: byEvent, eventsByStatement: byStatement, evidence: kept };
}
