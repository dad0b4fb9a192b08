/**
 * Finds Japan's partners in a text, with the gazetteer in ./table. Shared by the digest and the
 * statement parsers.
 *
 * The rule that separates a partner from a mere mention (written down here because users filter
 * by it; the README repeats it):
 *   - NATO and the EU are partners wherever they are named: this chronology is about Japan's
 *     relations with them, so every appearance is one of those relations.
 *   - A state is a partner only when the text pairs it with Japan:
 *       1. a 日X compound with one counterpart (日蘭, 日英, 日ルクセンブルク, 日・NATO);
 *       2. a compound with several (日米韓, 日米豪比) followed by a meeting word (会談, 会合,
 *          外相, 首脳, 防衛相, 共同声明, 協議…) — "日韓豪と連携" (NATO working with Japan, Korea
 *          and Australia) does not make Korea or Australia Japan's counterpart;
 *       3. 日本と X, 日本・X, 日本 X (a space), X と日本;
 *       4. Japan's forces working with X's forces (自衛隊とX軍) or an X navy/air force coming to
 *          or training with Japan (X海軍, X空軍);
 *       5. Japan sending something to X (Xへ輸送, Xへ派遣, Xに派遣, Xへ寄港).
 *   - States raised as a concern (China, Russia, North Korea, Iran) are partners only through
 *     rules 1–3 (日中防衛相会談 is a meeting with China); elsewhere they are mentions.
 *   - Every other state named in the text is a mention.
 */

import { isWhitespaceCode } from '../../parser/source-text';
import { partnerGazetteer, sortPartnerCodes } from './table';

export interface PartnerEvidence {
  code: string;
  /** Offsets relative to the text given to findPartners, plus the caller's base offset. */
  start: number;
  end: number;
  rule: 'organisation' | 'compound' | 'japan-and' | 'forces' | 'sent-to';
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
const startsAt = new Uint8Array(0x10000);
const markStarts = (forms: readonly NameForm[], bit: number) => {
  for (const { form } of forms) startsAt[form.charCodeAt(0)] = (startsAt[form.charCodeAt(0)] ?? 0) | bit;
};
markStarts(organisationForms, STARTS_ORGANISATION);
markStarts(stateNameForms, STARTS_STATE_NAME);
markStarts(compoundForms, STARTS_COMPOUND_MEMBER);
for (const unit of abbreviationCodes.keys()) startsAt[unit] = (startsAt[unit] ?? 0) | STARTS_ABBREVIATED_FORCES;
const JAPAN_CHAR = '日'.charCodeAt(0);
startsAt[JAPAN_CHAR] = (startsAt[JAPAN_CHAR] ?? 0) | STARTS_COMPOUND;

function isLatinLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

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

/** The code point that ends just before `at` (a surrogate pair counts as one), or -1 at the start. */
function codePointBefore(text: string, at: number): number {
  if (at === 0) return -1;
  const low = text.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
}

const HAN = /\p{Script=Han}/u;
function isHan(codePoint: number): boolean {
  // Most text before a name is kana or ASCII: answer those without building a string.
  if (codePoint < 0x2e80) return false;
  return HAN.test(String.fromCodePoint(codePoint));
}
function isDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19);
}

/** `[・\s\u3000]`: what may stand between the members of a 日X compound. */
function isCompoundSeparator(code: number): boolean {
  return code === 0x30fb || isWhitespaceCode(code);
}

const MEETING_WORDS = /^[・\s\u3000]*(?:首脳|外相|防衛相|防衛大臣|外務大臣|国防相|会談|会合|共同声明|協議|戦略対話|対話|「2\+2」|2\+2|３か国|3か国|三か国)/;
/**
 * What may follow a one-counterpart compound for it to pair Japan with X: a meeting word, or a
 * word of the relationship (日蘭が交渉開始, 日英間, 日伊関係). 日韓や東南アジア or 日韓両国への
 * name Japan and Korea together as a third party's object, not as each other's partners.
 */
const RELATION_WORDS = /^[・\s\u3000]*(?:首脳|外相|防衛相|防衛大臣|外務大臣|国防相|会談|会合|共同声明|協議|戦略対話|対話|「2\+2」|2\+2|が|は|の|間|関係|協力|共同|安保|安全保障|戦略|交渉|合意|協定|防衛|パートナー|連携)/;

// Contexts checked around each state name found (sticky: they test at one position only).
const JAPAN_BEFORE = /日本(?:と|・|[ \u3000])[ \u3000]?$/;
const JAPAN_AFTER = /[ \u3000]?と日本/y;
const FORCES_AFTER = /(?:の)?(?:海軍|空軍|陸軍|軍|軽空母|空母)/y;
const SENT_TO_AFTER = /(?:へ|に)(?:の)?(?:輸送|派遣|寄港)/y;
const ARMED_FORCE_CHAR = '軍'.charCodeAt(0);
const ARMED_FORCE_KINDS = new Set(['海', '空', '陸'].map((kind) => kind.charCodeAt(0)));

/** 海軍, 空軍 or 陸軍 at `at`; tested per abbreviation (中, 米, 朝…), so by units, not by a regex call. */
function isFollowedByForces(text: string, at: number): boolean {
  return text.charCodeAt(at + 1) === ARMED_FORCE_CHAR && ARMED_FORCE_KINDS.has(text.charCodeAt(at));
}

/**
 * Evidence in text order. Two pieces of evidence can start at the same offset only when found
 * by different rules (日NATO: the organisation and the compound; 日英国…: the compound and the
 * state name), and then the order of the rules decides: organisation, compound, state name.
 * An abbreviated-forces match (英海軍) never shares its start: a state name starting with the
 * same character goes on differently (英国), and a compound ending in that abbreviation is
 * followed by 海軍, which is neither a meeting nor a relation word, so it gives no evidence.
 * It ranks with the state names.
 */
const ruleRank: Record<PartnerEvidence['rule'], number> = { organisation: 0, compound: 1, 'japan-and': 2, forces: 2, 'sent-to': 2 };
function byStartThenRule(a: PartnerEvidence, b: PartnerEvidence): number {
  return a.start - b.start || ruleRank[a.rule] - ruleRank[b.rule];
}

function followedBy(sticky: RegExp, text: string, at: number): boolean {
  sticky.lastIndex = at;
  return sticky.test(text);
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
 * One pass over the text serves all four rules (organisations, 日X compounds, state names,
 * abbreviated forces). Each rule keeps its own resume point, so its matches never overlap, as
 * with one global regex per rule. Evidence is sorted by offset, ties in rule order (see
 * byStartThenRule). The lists are a few codes long: arrays with includes() beat Sets here.
 */
export function findPartners(text: string, baseOffset = 0): PartnerFindings {
  const evidence: PartnerEvidence[] = [];
  const mentioned: string[] = [];
  let organisationResume = 0;
  let compoundResume = 0;
  let stateNameResume = 0;

  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const rules = startsAt[unit] ?? 0;
    if (rules === 0) continue;

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
        const { code } = form;
        const end = i + form.form.length;
        mentioned.push(code);
        let rule: PartnerEvidence['rule'] | null = null;
        if (JAPAN_BEFORE.test(text.slice(Math.max(0, i - 4), i)) || followedBy(JAPAN_AFTER, text, end)) rule = 'japan-and';
        else if (!concernCodes.has(code)) {
          if (followedBy(FORCES_AFTER, text, end)) rule = 'forces';
          else if (followedBy(SENT_TO_AFTER, text, end)) rule = 'sent-to';
        }
        if (rule) evidence.push({ code, start: baseOffset + i, end: baseOffset + end, rule });
        stateNameResume = end;
      }
    }

    // An abbreviation with 海軍/空軍/陸軍 after it, not inside a longer kanji word; such a
    // match holds no other abbreviation, so it needs no resume point.
    if (rules & STARTS_ABBREVIATED_FORCES && isFollowedByForces(text, i + 1) && !isHan(codePointBefore(text, i))) {
      const code = abbreviationCodes.get(unit);
      if (code && !concernCodes.has(code)) evidence.push({ code, start: baseOffset + i, end: baseOffset + i + 1, rule: 'forces' });
    }
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
