/**
 * Finds Japan's partners in a text, with the gazetteer in ./table. Shared by the digest and the
 * statement parsers (a digest entry's title and summary are read alike).
 *
 * The rule that separates a partner from a mere mention (written down here because users filter
 * by it; the README repeats it):
 *   - NATO and the EU are partners wherever they are named: this chronology is about Japan's
 *     relations with them, so every appearance is one of those relations.
 *   - A state is a partner only when the text presents it in a relation with Japan. A state is
 *     named by any of its forms in the gazetteer (full names, katakana and kanji variants, English
 *     names as whole words) or, inside a compound only, by its one-character abbreviation (英, 仏,
 *     独, 伊, 西…). A list of names joined by ・, 、, と, や or 及び (ドイツ・フランス・スペイン)
 *     shares the context around it: every member is a partner when the list is.
 *       1. a 日X compound with one counterpart (日蘭, 日英, 日ルクセンブルク, 日・NATO) followed by
 *          a meeting or relation word (会談, 間, 関係, 協力, が…);
 *       2. a compound with several (日米韓, 日英伊) followed by a meeting word (会談, 会合,
 *          外相, 首脳, 防衛相, 共同声明, 協議…) — "日韓豪と連携" (NATO working with Japan, Korea
 *          and Australia) does not make Korea or Australia Japan's counterpart;
 *       3. 日本と X, 日本・X, 日本 X (a space), X と日本; in English, "Japan and (the) X",
 *          "Japan–X", "Japan, X and Y", "X and Japan";
 *       4. forces: X's forces working with or coming to Japan (自衛隊とX軍, X海軍, Xの軽空母,
 *          and abbreviations before 海軍/空軍/陸軍: 英海軍, 英仏独空軍), but not 軍事, 軍縮…;
 *       5. sent to: Japan sending something to X (Xへ輸送, Xへ派遣, Xに派遣, Xへ寄港);
 *       6. deploying: X sending forces or visiting, Xは/が/も … 派遣, 寄港, 来日, 訪日 within one
 *          clause with no other destination (ドイツ・フランス・スペインは戦闘機共同派遣);
 *       7. meeting: X's office-holder met (Xの…大統領と会談, Xの首脳らと…とも会談);
 *       8. visiting: Xを訪問, Xを訪れ, X訪問, 訪問先のX;
 *       9. exercising or agreeing with X: Xとの共同訓練, Xと合同演習, Xと…で合意, Xと協定に署名.
 *   - States raised as a concern (China, Russia, North Korea, Iran) are partners only through
 *     rules 1–3 (日中防衛相会談 is a meeting with China); elsewhere (中国への対応, ロシアの
 *     ウクライナ侵略) they are mentions.
 *   - Every other state named in the text is a mention, and so is a name inside a longer word
 *     (英語, 独自, 仏教, 西日本, 米価 are no names: abbreviations count only in compounds).
 */

import { isWhitespaceCode } from '../../parser/source-text';
import { codePointBefore, isDigit, isHan, isLatinLetter } from './text-units';
import { afterListJoiner, ruleAfter, ruleBefore, type PartnerRule, type StateContextRule } from './context';
import { findEnglishStates, opensEnglishName } from './english';
import { sortPartnerCodes } from './order';
import { partnerGazetteer } from './table';

export interface PartnerEvidence {
  code: string;
  /** Offsets relative to the text given to findPartners, plus the caller's base offset. */
  start: number;
  end: number;
  /** Which part of the rule made the code a partner (see the top of this file). */
  rule: PartnerRule;
}

export interface PartnerFindings {
  partners: string[];
  mentions: string[];
  evidence: PartnerEvidence[];
}

const states = partnerGazetteer.filter((entry) => entry.kind === 'state');
const organisations = partnerGazetteer.filter((entry) => entry.kind === 'organisation');

interface NameForm {
  form: string;
  code: string;
  /** Words that must not follow the form: インド太平洋 (Indo-Pacific) is not India. */
  notFollowedBy: readonly string[];
  /** An ASCII name (NATO, EU) must not be the tail of a longer Latin word. */
  notAfterLatinLetter: boolean;
}

const notFollowedBy: Record<string, readonly string[]> = { インド: ['太平洋', '洋'] };
const nameForm = (form: string, code: string, notAfterLatinLetter = false): NameForm => ({
  form,
  code,
  notFollowedBy: notFollowedBy[form] ?? [],
  notAfterLatinLetter,
});

// Longest forms first so that 北マケドニア wins over a shorter name inside it.
const byLengthDescending = (a: NameForm, b: NameForm) => b.form.length - a.form.length;
// Organisations in gazetteer order. "EUU" (a typo in the digest) still names the EU, so only a
// letter *before* an ASCII name disqualifies it; state names (UK) and compounds (日EU) never
// had this rule.
const organisationForms: NameForm[] = organisations.flatMap((entry) => entry.names.map((form) => nameForm(form, entry.code, /^[A-Z]+$/.test(form))));
const stateNameForms: NameForm[] = states.flatMap((entry) => entry.names.map((form) => nameForm(form, entry.code))).sort(byLengthDescending);
/** What may follow 日 in a compound: organisation names, state abbreviations and state names. */
const compoundForms: NameForm[] = [
  ...organisations.flatMap((entry) => entry.names.map((form) => nameForm(form, entry.code))),
  ...states.flatMap((entry) => [...entry.abbreviations, ...entry.names].map((form) => nameForm(form, entry.code))),
].sort(byLengthDescending);
const concernCodes = new Set(states.filter((s) => s.concern).map((s) => s.code));
const abbreviationCodes = new Map(states.flatMap((entry) => entry.abbreviations.map((abbreviation) => [abbreviation.charCodeAt(0), entry.code] as const)));

/**
 * The forms that start with each UTF-16 unit, in the order they are tried, as a 64K-slot array
 * indexed by the unit (a Map lookup per character of text costs several times more). The text
 * is scanned once, character by character, instead of once per big alternation regex: at most
 * characters, the `startsAt` table answers with one array read that no rule can match there.
 */
function formsByFirstUnit(forms: readonly NameForm[]): Array<NameForm[] | undefined> {
  const index: Array<NameForm[] | undefined> = new Array<NameForm[] | undefined>(0x10000).fill(undefined);
  for (const form of forms) {
    const first = form.form.charCodeAt(0);
    const list = index[first] ?? [];
    list.push(form);
    index[first] = list;
  }
  return index;
}
const organisationsByFirstUnit = formsByFirstUnit(organisationForms);
const stateNamesByFirstUnit = formsByFirstUnit(stateNameForms);
const compoundMembersByFirstUnit = formsByFirstUnit(compoundForms);

/** Bits of `startsAt`: which rules can start a match at a given UTF-16 unit. */
const STARTS_ORGANISATION = 1;
const STARTS_STATE_NAME = 2;
const STARTS_ABBREVIATED_FORCES = 4;
const STARTS_COMPOUND = 8;
const STARTS_COMPOUND_MEMBER = 16;
const STARTS_ENGLISH_NAME = 32;
const startsAt = new Uint8Array(0x10000);
const markStarts = (forms: readonly NameForm[], bit: number) => {
  for (const { form } of forms) startsAt[form.charCodeAt(0)] = (startsAt[form.charCodeAt(0)] ?? 0) | bit;
};
markStarts(organisationForms, STARTS_ORGANISATION);
markStarts(stateNameForms, STARTS_STATE_NAME);
markStarts(compoundForms, STARTS_COMPOUND_MEMBER);
for (const unit of abbreviationCodes.keys()) startsAt[unit] = (startsAt[unit] ?? 0) | STARTS_ABBREVIATED_FORCES;
for (let unit = 0; unit < 0x80; unit++) if (isLatinLetter(unit) && opensEnglishName(unit)) startsAt[unit] = (startsAt[unit] ?? 0) | STARTS_ENGLISH_NAME;
const JAPAN_CHAR = '日'.charCodeAt(0);
startsAt[JAPAN_CHAR] = (startsAt[JAPAN_CHAR] ?? 0) | STARTS_COMPOUND;

/**
 * `text.startsWith(form, at)` for a form whose first unit is known to match. Comparing unit by
 * unit rejects most candidates at their second unit without the cost of a builtin call.
 */
function isWrittenAt(text: string, at: number, form: string): boolean {
  if (at + form.length > text.length) return false;
  for (let k = 1; k < form.length; k++) if (text.charCodeAt(at + k) !== form.charCodeAt(k)) return false;
  return true;
}

function isFollowedByAny(text: string, at: number, words: readonly string[]): boolean {
  for (const word of words) if (text.startsWith(word, at)) return true;
  return false;
}

/** The first of `candidates` written at `at`, as a regex alternation of them would pick it. */
function formAt(text: string, at: number, candidates: readonly NameForm[] | undefined): NameForm | null {
  if (!candidates) return null;
  for (const candidate of candidates) {
    if (!isWrittenAt(text, at, candidate.form)) continue;
    if (candidate.notAfterLatinLetter && at > 0 && isLatinLetter(text.charCodeAt(at - 1))) continue;
    const end = at + candidate.form.length;
    if (isFollowedByAny(text, end, candidate.notFollowedBy)) continue;
    return candidate;
  }
  return null;
}

/** `[・\s\u3000]`: what may stand between the members of a 日X compound. */
function isCompoundSeparator(code: number): boolean {
  return code === 0x30fb || isWhitespaceCode(code);
}

/**
 * What may follow a compound of several counterparts (日米韓, 日英伊): a meeting word, a joint
 * exercise of them all, or their relationship (日英伊間, 日米豪比の共同訓練).
 */
const MEETING_WORDS = /^[・\s\u3000]*(?:首脳|外相|防衛相|防衛大臣|外務大臣|国防相|会談|会合|共同声明|協議|戦略対話|対話|「2\+2」|2\+2|３か国|3か国|三か国|間|関係|協力|(?:の)?(?:共同訓練|合同訓練|共同演習|合同演習))/;
/**
 * What may follow a one-counterpart compound for it to pair Japan with X: a meeting word, or a
 * word of the relationship (日蘭が交渉開始, 日英間, 日伊関係). 日韓や東南アジア or 日韓両国への
 * name Japan and Korea together as a third party's object, not as each other's partners.
 */
const RELATION_WORDS = /^[・\s\u3000]*(?:首脳|外相|防衛相|防衛大臣|外務大臣|国防相|会談|会合|共同声明|協議|戦略対話|対話|「2\+2」|2\+2|が|は|の|間|関係|協力|共同|安保|安全保障|戦略|交渉|合意|協定|防衛|パートナー|連携)/;

const ARMED_FORCE_CHAR = '軍'.charCodeAt(0);
const ARMED_FORCE_KINDS = new Set(['海', '空', '陸'].map((kind) => kind.charCodeAt(0)));
const LIST_DOT = 0x30fb;

/** 海軍, 空軍 or 陸軍 at `at`; tested per abbreviation (中, 米, 朝…), so by units, not by a regex call. */
function isFollowedByForces(text: string, at: number): boolean {
  return text.charCodeAt(at + 1) === ARMED_FORCE_CHAR && ARMED_FORCE_KINDS.has(text.charCodeAt(at));
}

/** Where the abbreviation after the one at `at` stands (after an optional ・), or -1 when none does. */
function nextInRun(text: string, at: number): number {
  const next = text.charCodeAt(at + 1) === LIST_DOT ? at + 2 : at + 1;
  return abbreviationCodes.has(text.charCodeAt(next)) ? next : -1;
}

/** The last abbreviation of the run that starts at `at`. */
function abbreviationRunEnd(text: string, at: number): number {
  let last = at;
  for (let next = nextInRun(text, last); next !== -1; next = nextInRun(text, last)) last = next;
  return last;
}

/**
 * Evidence in text order. Two pieces of evidence can start at the same offset only when found
 * by different rules (日NATO: the organisation and the compound; 日英国…: the compound and the
 * state name), and then the order of the rules decides: organisation, compound, state name.
 * An abbreviated-forces match (英海軍) never shares its start: a state name starting with the
 * same character goes on differently (英国), and a compound ending in that abbreviation is
 * followed by 海軍, which is neither a meeting nor a relation word, so it gives no evidence.
 * It ranks with the state names, as does an English name.
 */
const ruleRank = (rule: PartnerRule): number => (rule === 'organisation' ? 0 : rule === 'compound' ? 1 : 2);
function byStartThenRule(a: PartnerEvidence, b: PartnerEvidence): number {
  return a.start - b.start || ruleRank(a.rule) - ruleRank(b.rule);
}

/**
 * The state names of a list starting with `first` at `at`: further names, each after a joiner
 * (・, 、, と, や, 及び). A joiner not followed by a name ends the list before it.
 */
function stateListAt(text: string, at: number, first: NameForm): Array<{ form: NameForm; start: number; end: number }> {
  const list = [{ form: first, start: at, end: at + first.form.length }];
  for (;;) {
    const next = afterListJoiner(text, list[list.length - 1]!.end);
    if (next === -1) break;
    const form = formAt(text, next, stateNamesByFirstUnit[text.charCodeAt(next)]);
    if (!form) break;
    list.push({ form, start: next, end: next + form.form.length });
  }
  return list;
}

/**
 * The rule that makes a member of a list a partner: the context before or after the list; for a
 * state named as a concern, only Japan named with it.
 */
function memberRule(code: string, before: StateContextRule | null, after: StateContextRule | null): StateContextRule | null {
  if (!concernCodes.has(code)) return before ?? after;
  return before === 'japan-and' || after === 'japan-and' ? 'japan-and' : null;
}

/**
 * A 日X compound starting at `at` (the 日): the members after it, each optionally after a
 * separator, the first fitting form at each step. Null when no member follows.
 */
function compoundAt(text: string, at: number): { members: Array<{ form: NameForm; start: number }>; end: number } | null {
  // Most 日 are not followed by a name (日本, 26日): reject those before anything else.
  const next = text.charCodeAt(at + 1);
  const firstStart = isCompoundSeparator(next) ? at + 2 : at + 1;
  if (((startsAt[text.charCodeAt(firstStart)] ?? 0) & STARTS_COMPOUND_MEMBER) === 0) return null;
  // 日 opens a compound at the start, or after something that is neither a kanji nor a digit
  // (今日英国…, 28日中谷… and 両日中 are not compounds).
  const before = codePointBefore(text, at);
  if (before !== -1 && (isDigit(before) || isHan(before))) return null;
  const members: Array<{ form: NameForm; start: number }> = [];
  let cursor = at + 1;
  for (;;) {
    // No member starts with a separator, so a separator not followed by a member ends the compound.
    const start = cursor < text.length && isCompoundSeparator(text.charCodeAt(cursor)) ? cursor + 1 : cursor;
    const form = formAt(text, start, compoundMembersByFirstUnit[text.charCodeAt(start)]);
    if (!form) break;
    members.push({ form, start });
    cursor = start + form.form.length;
  }
  return members.length > 0 ? { members, end: cursor } : null;
}

/**
 * Finds Japan's partners and the other states named in a text (see the rule at the top of this
 * file). `baseOffset` is added to evidence offsets so they point into the whole source.
 *
 * One pass over the text serves the Japanese forms (organisations, 日X compounds, state names and
 * their lists, abbreviated forces); English names take a second pass (./english). Each rule keeps its own resume point, so its matches never overlap, as
 * with one global regex per rule. Evidence is sorted by offset, ties in rule order (see
 * byStartThenRule). The lists are a few codes long: arrays with includes() beat Sets here.
 */
export function findPartners(text: string, baseOffset = 0): PartnerFindings {
  const evidence: PartnerEvidence[] = [];
  const mentioned: string[] = [];
  let organisationResume = 0;
  let compoundResume = 0;
  let stateNameResume = 0;
  // Where a Latin word that may be an English name starts, for the English pass (most texts: none).
  const englishWordStarts: number[] = [];

  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const rules = startsAt[unit] ?? 0;
    if (rules === 0) continue;

    if (rules & STARTS_ENGLISH_NAME && (i === 0 || !isLatinLetter(text.charCodeAt(i - 1)))) englishWordStarts.push(i);

    if (rules & STARTS_ORGANISATION && i >= organisationResume) {
      const form = formAt(text, i, organisationsByFirstUnit[unit]);
      if (form) {
        const end = i + form.form.length;
        evidence.push({ code: form.code, start: baseOffset + i, end: baseOffset + end, rule: 'organisation' });
        organisationResume = end;
      }
    }

    if (rules & STARTS_COMPOUND && i >= compoundResume) {
      const compound = compoundAt(text, i);
      if (compound) {
        const { members, end } = compound;
        const after = text.slice(end, end + 12);
        const single = members.length === 1 ? members[0]?.form.form : undefined;
        const pairsJapan = single !== undefined ? RELATION_WORDS.test(after) || single === 'NATO' || single === 'EU' : MEETING_WORDS.test(after);
        if (pairsJapan) {
          for (const { form, start } of members) {
            evidence.push({ code: form.code, start: baseOffset + start, end: baseOffset + start + form.form.length, rule: 'compound' });
          }
        }
        compoundResume = end;
      }
    }

    if (rules & STARTS_STATE_NAME && i >= stateNameResume) {
      const form = formAt(text, i, stateNamesByFirstUnit[unit]);
      if (form) {
        const list = stateListAt(text, i, form);
        const end = list[list.length - 1]!.end;
        const before = ruleBefore(text, i);
        const after = ruleAfter(text, end);
        for (const member of list) {
          mentioned.push(member.form.code);
          const rule = memberRule(member.form.code, before, after);
          if (rule) evidence.push({ code: member.form.code, start: baseOffset + member.start, end: baseOffset + member.end, rule });
        }
        stateNameResume = end;
      }
    }

    // A run of abbreviations (英, 英仏独, 英・仏) with 海軍/空軍/陸軍 after it, not inside a longer
    // kanji word. A later abbreviation of the run follows a kanji, so it never starts a run of its own.
    // The run's end and the forces after it are looked at first: they rule out almost every
    // abbreviation (中, 米, 西 in 中国, 米国, 大西洋) by a few unit reads, where the kanji test before
    // it costs a regex call.
    if (rules & STARTS_ABBREVIATED_FORCES) {
      const last = abbreviationRunEnd(text, i);
      if (isFollowedByForces(text, last + 1) && !isHan(codePointBefore(text, i))) {
        for (let at = i; at !== -1; at = nextInRun(text, at)) {
          const code = abbreviationCodes.get(text.charCodeAt(at));
          if (code && !concernCodes.has(code)) evidence.push({ code, start: baseOffset + at, end: baseOffset + at + 1, rule: 'forces' });
        }
      }
    }
  }

  // English names (English titles, a statement's English paragraphs): the same rule in English.
  for (const { code, start, end, paired } of englishWordStarts.length > 0 ? findEnglishStates(text, englishWordStarts) : []) {
    mentioned.push(code);
    if (paired) evidence.push({ code, start: baseOffset + start, end: baseOffset + end, rule: 'japan-and' });
  }

  // Most texts hold one piece of evidence or none: skip the sort call for those.
  if (evidence.length > 1) evidence.sort(byStartThenRule);
  const partners: string[] = [];
  for (const { code } of evidence) {
    // Japan is the subject of the whole chronology, never its own partner.
    if (code !== 'JP' && !partners.includes(code)) partners.push(code);
  }
  const mentions: string[] = [];
  for (const code of mentioned) {
    if (!partners.includes(code) && !mentions.includes(code)) mentions.push(code);
  }
  return { partners: sortPartnerCodes(partners), mentions: sortPartnerCodes(mentions), evidence };
}
