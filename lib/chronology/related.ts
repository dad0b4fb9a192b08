import type { NewsEvent, Statement } from '../parser/schema';
import { differenceInCalendarDays } from 'date-fns';
import { partnerByCode, partnerGazetteer } from '../gazetteer/partners/table';
import { statementDocument } from '../search/documents';
import { normaliseText } from '../search/normalise';
import { eventDay, toLocalDate } from './calendar';
import { countTermFrequencies, foldWords, termRuns, termWeight, type TermFrequencies } from './term-rarity';

/**
 * The rule that links statements and news events, both ways, and says why:
 *   - candidates: a news event and a statement that share at least one partner (NATO, EU or a
 *     state, as the parsers read them) and whose dates are at most RELATED_WINDOW_DAYS apart;
 *   - evidence, in the statement's passages (each paragraph and heading with its own anchor on
 *     the statement's page: statement-anchors.ts): a passage that names a shared partner by one
 *     of the partner gazetteer's names (a Latin name as a whole word: `EU` is not in
 *     `European`), or one that holds a distinctive term of the event's title as a whole run of
 *     the passage: a run of one script (term-rarity.ts) that names no partner and is held by at
 *     most 5 % of the chronology's news entries and at most 5 % of its statement passages;
 *   - a candidate with no evidence is not related: a link is never shown without its reason;
 *   - ranked by the weight of the evidence (each partner named 1, each shared term its IDF over
 *     entries and passages, at least about 3), then closeness in days, then date, then id; at
 *     most RELATED_LIMIT are kept on each side.
 * Pure and deterministic: the same data always gives the same links and the same evidence.
 */
export const RELATED_WINDOW_DAYS = 90;
export const RELATED_LIMIT = 8;
/** Passages kept per piece of evidence: enough to show, few enough to pack. */
export const EVIDENCE_PASSAGES = 3;
/** What a shared partner named counts; a term counts its IDF, always more (term-rarity.ts). */
const PARTNER_WEIGHT = 1;

export type EvidenceKind = 'partner' | 'term';

/** Why a statement and an event are related: what the statement's passages share with the event. */
export interface RelatedEvidence {
  kind: EvidenceKind;
  /** The partner's code (`NATO`, `GB`) or the term, folded (`gcap`, `グローバル戦闘航空プログラム`). */
  value: string;
  /** The anchors on the statement's page of the passages holding it, in reading order. */
  anchors: string[];
  /** How much it counts: 1 for a partner named, the term's IDF for a term (term-rarity.ts). */
  weight: number;
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

/** Every partner's names, folded: a partner is evidence of its own kind, never a term. */
let partnerNameSet: Set<string> | undefined;

/** A term of a title, with its weight as evidence. */
export interface WeightedTerm {
  term: string;
  weight: number;
}

/** The terms of a title distinctive in the whole chronology and naming no partner, with their weights (see the rule above). */
export function distinctiveTerms(title: string, frequencies: TermFrequencies): WeightedTerm[] {
  partnerNameSet ??= new Set(partnerGazetteer.flatMap((entry) => partnerNames(entry.code)));
  const terms: WeightedTerm[] = [];
  for (const term of termRuns(title)) {
    const weight = termWeight(term, frequencies);
    if (weight !== null && !partnerNameSet.has(term)) terms.push({ term, weight });
  }
  return terms;
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
  /** Each heading and paragraph of the statement, by its own anchor, with its term runs. */
  private readonly passages: Array<FoldedPassage & { anchor: string; runs: Set<string> }> = [];
  private readonly byPartner = new Map<string, string[]>();
  private terms: Map<string, string[]> | undefined;

  constructor(statement: Pick<Statement, 'slug' | 'title' | 'eventDate' | 'publishedAt' | 'lead' | 'blocks'>) {
    for (const unit of statementDocument(statement).units) {
      if (unit.anchor === null || unit.field === 'title' || unit.field === 'lead') continue;
      const words = foldWords(unit.text);
      this.passages.push({ anchor: unit.anchor, text: normaliseText(unit.text), words, runs: termRuns(words) });
    }
  }

  /** The term runs of each passage: what the chronology's document frequencies count. */
  passageRuns(): Iterable<ReadonlySet<string>> {
    return this.passages.map((passage) => passage.runs);
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
      for (const { anchor, runs } of this.passages) {
        for (const run of runs) {
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
export function pairEvidence(sharedPartners: readonly string[], terms: readonly WeightedTerm[], passages: Pick<StatementPassages, 'partner' | 'term'>): RelatedEvidence[] {
  const evidence: RelatedEvidence[] = [];
  for (const code of sharedPartners) {
    const anchors = passages.partner(code);
    if (anchors.length > 0) evidence.push({ kind: 'partner', value: code, anchors: anchors.slice(0, EVIDENCE_PASSAGES), weight: PARTNER_WEIGHT });
  }
  for (const { term, weight } of terms) {
    const anchors = passages.term(term);
    if (anchors.length > 0) evidence.push({ kind: 'term', value: term, anchors: anchors.slice(0, EVIDENCE_PASSAGES), weight });
  }
  return evidence;
}

/** How strong a pair's evidence is: the sum of its weights (a distinctive term says more than a partner named). */
export function evidenceScore(evidence: readonly RelatedEvidence[]): number {
  return evidence.reduce((score, piece) => score + piece.weight, 0);
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
  // Document frequencies counted once, over every entry and every passage: linear in the text.
  const passagesBySlug = new Map(statements.map((statement) => [statement.slug, new StatementPassages(statement)]));
  const frequencies = countTermFrequencies(events, [...passagesBySlug.values()].flatMap((passages) => [...passages.passageRuns()]));
  // Each event's day and terms worked out once, not once per statement: a generated digest has 100,000 events.
  const datedEvents = events.map((event) => ({ event, day: toLocalDate(eventDay(event)), terms: null as WeightedTerm[] | null }));
  for (const statement of statements) {
    const passages = passagesBySlug.get(statement.slug);
    if (!statement.eventDate || !passages) continue;
    const statementDay = toLocalDate(statement.eventDate);
    const partners = new Set(statement.partners);
    for (const dated of datedEvents) {
      const { event, day } = dated;
      const shared = event.partners.filter((code) => partners.has(code));
      if (shared.length === 0) continue;
      const distance = Math.abs(differenceInCalendarDays(statementDay, day));
      if (distance > RELATED_WINDOW_DAYS) continue;
      dated.terms ??= distinctiveTerms(event.title, frequencies);
      const found = pairEvidence([...new Set(shared)], dated.terms, passages);
      if (found.length === 0) continue;
      const score = evidenceScore(found);
      evidence.set(relatedPairKey(event.id, statement.slug), found);
      const forEvent = statementsByEvent.get(event.id) ?? [];
      forEvent.push({ key: statement.slug, date: statement.eventDate, distance, score });
      statementsByEvent.set(event.id, forEvent);
      const forStatement = eventsByStatement.get(statement.slug) ?? [];
      forStatement.push({ key: event.id, date: eventDay(event), distance, score });
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
