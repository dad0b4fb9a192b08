/**
 * How much an entry matters, from signals in the entry itself and around it, and which entries
 * are the chronology's milestones. Pure and linear in the entries (one pass per signal, the
 * coverage signal a sliding window per partner), so 100,000 entries score in well under a second.
 * The rule is written down in the README ("Importance and milestones"); the weights live here.
 */
import { partnerRegion } from '@/lib/gazetteer/partners/table';

/** What the rule reads of an entry. */
export interface ImportanceInput {
  id: string;
  kind: 'news' | 'statement';
  /** YYYY-MM-DD. */
  date: string;
  title: string;
  summary: string;
  partners: readonly string[];
  /** The news outlet's key; null for a statement. */
  outlet: string | null;
  /** The ids this entry's 関連記事 references point to (resolved ones only). */
  refIds: readonly string[];
}

/** Points per signal. */
export const IMPORTANCE_WEIGHTS = {
  /** An official text (a joint statement, a meeting's readout, a press conference). */
  statement: 3,
  /** A summit or a ministerial meeting named in the title. */
  meeting: 2,
  /** A signed or agreed document named in the title (1 when only the summary names it). */
  document: 2,
  /** A first (初の, 初めて, 初参加…) in the title (1 when only the summary has it). */
  first: 2,
  /** Per other outlet reporting the same story within COVERAGE_DAYS, up to COVERAGE_MAX outlets. */
  coverage: 1,
  /** Per other entry citing this one in its 関連記事, up to CITED_MAX entries. */
  cited: 1,
  /** An entry the editor lists in milestones.txt: it outranks every automatic score. */
  editor: 10,
} as const;

export const COVERAGE_DAYS = 2;
const COVERAGE_MAX = 2;
const CITED_MAX = 2;

/** An entry becomes a milestone from this score on (documents and meetings by several outlets, statements of meetings)… */
export const MILESTONE_MIN_SCORE = 5;
/** …but at most this many automatic milestones a calendar year, the highest first, so a dense digest still has a readable set. */
export const MILESTONES_PER_YEAR = 8;

/**
 * Whether an entry is about this chronology's subject, Japan's relations with NATO, the EU and
 * Europe: one of its partners is NATO, the EU or a European state (the gazetteer's regions). Only
 * such entries become milestones by their score; the editor may still list any other one.
 */
export function involvesEurope(partners: readonly string[]): boolean {
  return partners.some((code) => partnerRegion(code) !== 'other');
}

export type ImportanceSignal = keyof Omit<typeof IMPORTANCE_WEIGHTS, 'editor'>;

const MEETING = /首脳|外相|防衛相|国防相|外務大臣|防衛大臣|閣僚|会談|会合|会議|サミット|事務総長/u;
const DOCUMENT = /署名|合意|協定|宣言|締結|共同声明|協力文書|パートナーシップ/u;
/**
 * 初 as "first": 初の, 初めて, 初参加, 初出席, 初開催, 初寄港… but not where 初 is part of a word
 * meaning "beginning" or "original": 当初, 最初 (the first *of something*, not a first ever),
 * 初旬, 年初, 月初, 初頭, 初期, 初日. Those words are removed before 初 is looked for.
 */
const NOT_A_FIRST = /当初|最初|初旬|年初|月初|初頭|初期|初日/gu;
const hasFirst = (text: string): boolean => text.replace(NOT_A_FIRST, '').includes('初');

/** Signals read from an entry's own text, with their points. */
export function ownSignals(entry: Pick<ImportanceInput, 'kind' | 'title' | 'summary'>): Partial<Record<ImportanceSignal, number>> {
  const signals: Partial<Record<ImportanceSignal, number>> = {};
  if (entry.kind === 'statement') signals.statement = IMPORTANCE_WEIGHTS.statement;
  if (MEETING.test(entry.title)) signals.meeting = IMPORTANCE_WEIGHTS.meeting;
  if (DOCUMENT.test(entry.title)) signals.document = IMPORTANCE_WEIGHTS.document;
  else if (DOCUMENT.test(entry.summary)) signals.document = 1;
  if (hasFirst(entry.title)) signals.first = IMPORTANCE_WEIGHTS.first;
  else if (hasFirst(entry.summary)) signals.first = 1;
  return signals;
}

/** Days since 1970-01-01 of a YYYY-MM-DD string, by arithmetic (no Date, no time zone). */
export function dayNumber(date: string): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  // Howard Hinnant's days_from_civil.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/**
 * The distinctive words of a title for matching stories: runs of two or more kanji, katakana or
 * Latin letters/digits (upper-cased), partner codes left out (every NATO story shares "NATO").
 */
export function titleTerms(title: string, partners: readonly string[]): string[] {
  const terms = title.normalize('NFKC').match(/[\p{Script=Han}々]{2,}|[\p{Script=Katakana}ー]{2,}|[A-Za-z0-9]{2,}/gu) ?? [];
  const codes = new Set(partners);
  return [...new Set(terms.map((term) => term.toUpperCase()))].filter((term) => !codes.has(term));
}

/**
 * For each news entry, how many *other* outlets report a story with the same partner and a
 * shared title term within ±COVERAGE_DAYS days. Per partner, the entries in day order pass
 * through a sliding window holding, per term, the outlets in it: each entry enters and leaves
 * the window once, so the work is linear in entries × partners × terms.
 */
export function coverageCounts(entries: readonly ImportanceInput[]): Map<string, number> {
  const result = new Map<string, number>();
  // Terms and outlets as small numbers, so that the window's counts are keyed by a number.
  const termIds = new Map<string, number>();
  const outletIds = new Map<string, number>();
  const idOf = (ids: Map<string, number>, key: string) => {
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = ids.size));
    return id;
  };
  const byPartner = new Map<string, Array<{ id: string; day: number; outlet: number; terms: number[] }>>();
  for (const entry of entries) {
    if (entry.outlet === null) continue;
    const at = { id: entry.id, day: dayNumber(entry.date), outlet: idOf(outletIds, entry.outlet), terms: titleTerms(entry.title, entry.partners).map((term) => idOf(termIds, term)) };
    for (const partner of new Set(entry.partners)) {
      let list = byPartner.get(partner);
      if (!list) byPartner.set(partner, (list = []));
      list.push(at);
    }
  }
  const outletCount = Math.max(1, outletIds.size);
  for (const list of byPartner.values()) {
    list.sort((a, b) => a.day - b.day);
    // In the window: entries per (term, outlet), and distinct outlets per term.
    const perOutlet = new Map<number, number>();
    const outletsOfTerm = new Map<number, number>();
    const change = (at: (typeof list)[number], delta: 1 | -1) => {
      for (const term of at.terms) {
        const key = term * outletCount + at.outlet;
        const before = perOutlet.get(key) ?? 0;
        perOutlet.set(key, before + delta);
        if (before === 0 || before + delta === 0) outletsOfTerm.set(term, (outletsOfTerm.get(term) ?? 0) + delta);
      }
    };
    let head = 0;
    let tail = 0;
    for (const entry of list) {
      while (head < list.length && list[head]!.day <= entry.day + COVERAGE_DAYS) change(list[head++]!, 1);
      while (tail < head && list[tail]!.day < entry.day - COVERAGE_DAYS) change(list[tail++]!, -1);
      let others = 0;
      // The entry itself is in the window: its own outlet is one of each of its terms' outlets.
      for (const term of entry.terms) others = Math.max(others, (outletsOfTerm.get(term) ?? 1) - 1);
      if (others > (result.get(entry.id) ?? 0)) result.set(entry.id, others);
    }
  }
  return result;
}

/** How many other entries cite each entry in their 関連記事. */
export function citedCounts(entries: readonly ImportanceInput[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const entry of entries) {
    for (const id of new Set(entry.refIds)) if (id !== entry.id) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/** The editor's milestones.txt, resolved to entry ids (lib/chronology/milestones.ts). */
export interface MilestoneOverrides {
  /** Entries the editor makes milestones, with the label that replaces the short title, if any. */
  promote: ReadonlyMap<string, string | null>;
  /** Entries the editor says are not milestones, whatever their score. */
  demote: ReadonlySet<string>;
}

export const noOverrides: MilestoneOverrides = { promote: new Map(), demote: new Set() };

export interface Importance {
  importance: number;
  milestone: boolean;
  milestoneLabel: string | null;
}

/**
 * Every entry's importance (the sum of its signals' points) and whether it is a milestone: an
 * entry the editor promotes always is, one the editor demotes never is; the others are those
 * naming NATO, the EU or a European state (involvesEurope) and scoring at least
 * MILESTONE_MIN_SCORE, the best MILESTONES_PER_YEAR of each year (ties: the earlier entry, then
 * the id). Keyed by id.
 */
export function rankEntries(entries: readonly ImportanceInput[], overrides: MilestoneOverrides = noOverrides): Map<string, Importance> {
  const coverage = coverageCounts(entries);
  const cited = citedCounts(entries);
  const result = new Map<string, Importance>();
  const candidatesByYear = new Map<string, Array<{ id: string; date: string; score: number }>>();
  for (const entry of entries) {
    const own = ownSignals(entry);
    let score = Object.values(own).reduce((sum, points) => sum + points, 0);
    score += Math.min(coverage.get(entry.id) ?? 0, COVERAGE_MAX) * IMPORTANCE_WEIGHTS.coverage;
    score += Math.min(cited.get(entry.id) ?? 0, CITED_MAX) * IMPORTANCE_WEIGHTS.cited;
    const promoted = overrides.promote.has(entry.id);
    if (promoted) score += IMPORTANCE_WEIGHTS.editor;
    const demoted = overrides.demote.has(entry.id);
    result.set(entry.id, { importance: score, milestone: promoted && !demoted, milestoneLabel: promoted && !demoted ? (overrides.promote.get(entry.id) ?? null) : null });
    if (!promoted && !demoted && score >= MILESTONE_MIN_SCORE && involvesEurope(entry.partners)) {
      const year = entry.date.slice(0, 4);
      let list = candidatesByYear.get(year);
      if (!list) candidatesByYear.set(year, (list = []));
      list.push({ id: entry.id, date: entry.date, score });
    }
  }
  for (const list of candidatesByYear.values()) {
    list.sort((a, b) => b.score - a.score || a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
    for (const { id } of list.slice(0, MILESTONES_PER_YEAR)) {
      const ranked = result.get(id);
      if (ranked) ranked.milestone = true;
    }
  }
  return result;
}
