/**
 * Japan's counterparts: NATO, the EU and states (ISO 3166-1 alpha-2), with the Japanese names and
 * abbreviations the sources use. Shared by the digest and the statement parsers.
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

export interface PartnerEntry {
  code: string;
  nameJa: string;
  nameEn: string;
  /** Full names as written in running text. */
  names: readonly string[];
  /** One-character abbreviations, matched only inside 日X compounds (独 alone is 独立, too). */
  abbreviations: readonly string[];
  kind: 'organisation' | 'state';
  /** A state the sources mostly name as a threat rather than a counterpart. */
  concern?: boolean;
}

export const partnerGazetteer: readonly PartnerEntry[] = [
  { code: 'NATO', nameJa: 'NATO', nameEn: 'NATO', names: ['NATO', '北大西洋条約機構', '北大西洋理事会'], abbreviations: [], kind: 'organisation' },
  { code: 'EU', nameJa: 'EU', nameEn: 'European Union', names: ['EU', '欧州連合', '欧州委員会', '欧州理事会'], abbreviations: [], kind: 'organisation' },
  { code: 'GB', nameJa: '英国', nameEn: 'United Kingdom', names: ['英国', 'イギリス', '連合王国', 'UK'], abbreviations: ['英'], kind: 'state' },
  { code: 'FR', nameJa: 'フランス', nameEn: 'France', names: ['フランス'], abbreviations: ['仏'], kind: 'state' },
  { code: 'DE', nameJa: 'ドイツ', nameEn: 'Germany', names: ['ドイツ'], abbreviations: ['独'], kind: 'state' },
  { code: 'IT', nameJa: 'イタリア', nameEn: 'Italy', names: ['イタリア'], abbreviations: ['伊'], kind: 'state' },
  { code: 'ES', nameJa: 'スペイン', nameEn: 'Spain', names: ['スペイン'], abbreviations: [], kind: 'state' },
  { code: 'NL', nameJa: 'オランダ', nameEn: 'Netherlands', names: ['オランダ'], abbreviations: ['蘭'], kind: 'state' },
  { code: 'BE', nameJa: 'ベルギー', nameEn: 'Belgium', names: ['ベルギー'], abbreviations: [], kind: 'state' },
  { code: 'LU', nameJa: 'ルクセンブルク', nameEn: 'Luxembourg', names: ['ルクセンブルク'], abbreviations: [], kind: 'state' },
  { code: 'PT', nameJa: 'ポルトガル', nameEn: 'Portugal', names: ['ポルトガル'], abbreviations: [], kind: 'state' },
  { code: 'IE', nameJa: 'アイルランド', nameEn: 'Ireland', names: ['アイルランド'], abbreviations: [], kind: 'state' },
  { code: 'DK', nameJa: 'デンマーク', nameEn: 'Denmark', names: ['デンマーク'], abbreviations: [], kind: 'state' },
  { code: 'NO', nameJa: 'ノルウェー', nameEn: 'Norway', names: ['ノルウェー'], abbreviations: [], kind: 'state' },
  { code: 'SE', nameJa: 'スウェーデン', nameEn: 'Sweden', names: ['スウェーデン'], abbreviations: [], kind: 'state' },
  { code: 'FI', nameJa: 'フィンランド', nameEn: 'Finland', names: ['フィンランド'], abbreviations: [], kind: 'state' },
  { code: 'IS', nameJa: 'アイスランド', nameEn: 'Iceland', names: ['アイスランド'], abbreviations: [], kind: 'state' },
  { code: 'EE', nameJa: 'エストニア', nameEn: 'Estonia', names: ['エストニア'], abbreviations: [], kind: 'state' },
  { code: 'LV', nameJa: 'ラトビア', nameEn: 'Latvia', names: ['ラトビア'], abbreviations: [], kind: 'state' },
  { code: 'LT', nameJa: 'リトアニア', nameEn: 'Lithuania', names: ['リトアニア'], abbreviations: [], kind: 'state' },
  { code: 'PL', nameJa: 'ポーランド', nameEn: 'Poland', names: ['ポーランド'], abbreviations: [], kind: 'state' },
  { code: 'CZ', nameJa: 'チェコ', nameEn: 'Czechia', names: ['チェコ'], abbreviations: [], kind: 'state' },
  { code: 'SK', nameJa: 'スロバキア', nameEn: 'Slovakia', names: ['スロバキア'], abbreviations: [], kind: 'state' },
  { code: 'HU', nameJa: 'ハンガリー', nameEn: 'Hungary', names: ['ハンガリー'], abbreviations: [], kind: 'state' },
  { code: 'AT', nameJa: 'オーストリア', nameEn: 'Austria', names: ['オーストリア'], abbreviations: [], kind: 'state' },
  { code: 'CH', nameJa: 'スイス', nameEn: 'Switzerland', names: ['スイス'], abbreviations: [], kind: 'state' },
  { code: 'SI', nameJa: 'スロベニア', nameEn: 'Slovenia', names: ['スロベニア'], abbreviations: [], kind: 'state' },
  { code: 'HR', nameJa: 'クロアチア', nameEn: 'Croatia', names: ['クロアチア'], abbreviations: [], kind: 'state' },
  { code: 'RO', nameJa: 'ルーマニア', nameEn: 'Romania', names: ['ルーマニア'], abbreviations: [], kind: 'state' },
  { code: 'BG', nameJa: 'ブルガリア', nameEn: 'Bulgaria', names: ['ブルガリア'], abbreviations: [], kind: 'state' },
  { code: 'GR', nameJa: 'ギリシャ', nameEn: 'Greece', names: ['ギリシャ', 'ギリシア'], abbreviations: [], kind: 'state' },
  { code: 'TR', nameJa: 'トルコ', nameEn: 'Türkiye', names: ['トルコ', 'トルコ共和国'], abbreviations: [], kind: 'state' },
  { code: 'AL', nameJa: 'アルバニア', nameEn: 'Albania', names: ['アルバニア'], abbreviations: [], kind: 'state' },
  { code: 'ME', nameJa: 'モンテネグロ', nameEn: 'Montenegro', names: ['モンテネグロ'], abbreviations: [], kind: 'state' },
  { code: 'MK', nameJa: '北マケドニア', nameEn: 'North Macedonia', names: ['北マケドニア'], abbreviations: [], kind: 'state' },
  { code: 'UA', nameJa: 'ウクライナ', nameEn: 'Ukraine', names: ['ウクライナ'], abbreviations: [], kind: 'state' },
  { code: 'US', nameJa: '米国', nameEn: 'United States', names: ['米国', 'アメリカ', '米側'], abbreviations: ['米'], kind: 'state' },
  { code: 'CA', nameJa: 'カナダ', nameEn: 'Canada', names: ['カナダ'], abbreviations: ['加'], kind: 'state' },
  { code: 'AU', nameJa: 'オーストラリア', nameEn: 'Australia', names: ['オーストラリア', '豪州'], abbreviations: ['豪'], kind: 'state' },
  { code: 'NZ', nameJa: 'ニュージーランド', nameEn: 'New Zealand', names: ['ニュージーランド'], abbreviations: [], kind: 'state' },
  { code: 'KR', nameJa: '韓国', nameEn: 'Republic of Korea', names: ['韓国'], abbreviations: ['韓'], kind: 'state' },
  { code: 'IN', nameJa: 'インド', nameEn: 'India', names: ['インド'], abbreviations: ['印'], kind: 'state' },
  { code: 'PH', nameJa: 'フィリピン', nameEn: 'Philippines', names: ['フィリピン'], abbreviations: ['比'], kind: 'state' },
  { code: 'SG', nameJa: 'シンガポール', nameEn: 'Singapore', names: ['シンガポール'], abbreviations: ['星'], kind: 'state' },
  { code: 'ID', nameJa: 'インドネシア', nameEn: 'Indonesia', names: ['インドネシア'], abbreviations: ['尼'], kind: 'state' },
  { code: 'MY', nameJa: 'マレーシア', nameEn: 'Malaysia', names: ['マレーシア'], abbreviations: [], kind: 'state' },
  { code: 'VN', nameJa: 'ベトナム', nameEn: 'Viet Nam', names: ['ベトナム'], abbreviations: ['越'], kind: 'state' },
  { code: 'PK', nameJa: 'パキスタン', nameEn: 'Pakistan', names: ['パキスタン'], abbreviations: [], kind: 'state' },
  { code: 'TW', nameJa: '台湾', nameEn: 'Taiwan', names: ['台湾'], abbreviations: [], kind: 'state' },
  { code: 'CN', nameJa: '中国', nameEn: 'China', names: ['中国'], abbreviations: ['中'], kind: 'state', concern: true },
  { code: 'RU', nameJa: 'ロシア', nameEn: 'Russia', names: ['ロシア'], abbreviations: ['露'], kind: 'state', concern: true },
  { code: 'KP', nameJa: '北朝鮮', nameEn: 'North Korea', names: ['北朝鮮'], abbreviations: ['朝'], kind: 'state', concern: true },
  { code: 'IR', nameJa: 'イラン', nameEn: 'Iran', names: ['イラン'], abbreviations: [], kind: 'state', concern: true },
];

export type PartnerCode = string;

const byCode = new Map(partnerGazetteer.map((entry) => [entry.code, entry]));

/** The gazetteer entry of a code, or undefined for a code the gazetteer does not know. */
export function partnerByCode(code: string): PartnerEntry | undefined {
  return byCode.get(code);
}

/** Organisations first, then states in Japanese reading order of the gazetteer: a stable order for display. */
export function comparePartnerCodes(a: string, b: string): number {
  const order = (code: string) => {
    const index = partnerGazetteer.findIndex((entry) => entry.code === code);
    return index === -1 ? Number.MAX_SAFE_INTEGER : index;
  };
  return order(a) - order(b) || a.localeCompare(b);
}

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

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const states = partnerGazetteer.filter((entry) => entry.kind === 'state');
const organisations = partnerGazetteer.filter((entry) => entry.kind === 'organisation');

interface NameForm {
  form: string;
  code: string;
}

// Longest forms first so that 北マケドニア wins over a shorter name inside it.
const stateNameForms: NameForm[] = states
  .flatMap((entry) => entry.names.map((form) => ({ form, code: entry.code })))
  .sort((a, b) => b.form.length - a.form.length);
const compoundForms: NameForm[] = [
  ...organisations.flatMap((entry) => entry.names.map((form) => ({ form, code: entry.code }))),
  ...states.flatMap((entry) => [...entry.abbreviations, ...entry.names].map((form) => ({ form, code: entry.code }))),
].sort((a, b) => b.form.length - a.form.length);

const formToCode = new Map<string, string>();
for (const { form, code } of [...compoundForms, ...stateNameForms]) formToCode.set(form, code);

/** Names that are also the start of a longer word: インド太平洋 (Indo-Pacific) is not India. */
const notFollowedBy: Record<string, string> = { インド: '(?!太平洋|洋)' };
const formPattern = (form: string) => escapeRegExp(form) + (notFollowedBy[form] ?? '');
const stateNamePattern = stateNameForms.map((f) => formPattern(f.form)).join('|');
const compoundMemberPattern = compoundForms.map((f) => formPattern(f.form)).join('|');

// An ASCII name (NATO, EU, UK) must not be part of a longer Latin word; "EUU" (a typo in the
// digest) still names the EU, so only a letter *before* the name disqualifies it.
function organisationPattern(form: string): string {
  return /^[A-Z]+$/.test(form) ? `(?<![A-Za-z])${escapeRegExp(form)}` : escapeRegExp(form);
}
const organisationRegExp = new RegExp(
  organisations.flatMap((entry) => entry.names.map(organisationPattern)).join('|'),
  'g',
);
const stateNameRegExp = new RegExp(stateNamePattern, 'g');
const concernCodes = new Set(states.filter((s) => s.concern).map((s) => s.code));

/**
 * 日 opening a compound: at the start, or after something that is neither a kanji nor a digit
 * (今日英国…, 28日中谷… and 両日中 are not compounds).
 */
const compoundRegExp = new RegExp(
  `(?<![\\p{Script=Han}0-9０-９])日(?:[・\\s\u3000]?(?:${compoundMemberPattern}))+`,
  'gu',
);
const compoundMemberRegExp = new RegExp(compoundMemberPattern, 'g');
const MEETING_WORDS = /^[・\s\u3000]*(?:首脳|外相|防衛相|防衛大臣|外務大臣|国防相|会談|会合|共同声明|協議|戦略対話|対話|「2\+2」|2\+2|３か国|3か国|三か国)/;
/**
 * What may follow a one-counterpart compound for it to pair Japan with X: a meeting word, or a
 * word of the relationship (日蘭が交渉開始, 日英間, 日伊関係). 日韓や東南アジア or 日韓両国への
 * name Japan and Korea together as a third party's object, not as each other's partners.
 */
const RELATION_WORDS = /^[・\s\u3000]*(?:首脳|外相|防衛相|防衛大臣|外務大臣|国防相|会談|会合|共同声明|協議|戦略対話|対話|「2\+2」|2\+2|が|は|の|間|関係|協力|共同|安保|安全保障|戦略|交渉|合意|協定|防衛|パートナー|連携)/;

// Contexts checked around each state name found (sticky: they test at one position only, so the
// text is scanned once for names rather than once per rule).
const JAPAN_BEFORE = /日本(?:と|・|[ \u3000])[ \u3000]?$/;
const JAPAN_AFTER = /[ \u3000]?と日本/y;
const FORCES_AFTER = /(?:の)?(?:海軍|空軍|陸軍|軍|軽空母|空母)/y;
const SENT_TO_AFTER = /(?:へ|に)(?:の)?(?:輸送|派遣|寄港)/y;
const abbreviationClass = states.flatMap((entry) => entry.abbreviations).join('');
const abbreviatedForcesRegExp = new RegExp(`(?<![\\p{Script=Han}])([${abbreviationClass}])(?:海軍|空軍|陸軍)`, 'gu');

function followedBy(sticky: RegExp, text: string, at: number): boolean {
  sticky.lastIndex = at;
  return sticky.test(text);
}

/**
 * Finds Japan's partners and the other states named in a text (see the rule at the top of this
 * file). `baseOffset` is added to evidence offsets so they point into the whole source.
 */
export function findPartners(text: string, baseOffset = 0): PartnerFindings {
  const evidence: PartnerEvidence[] = [];
  const add = (code: string | undefined, start: number, end: number, rule: PartnerEvidence['rule']) => {
    if (code) evidence.push({ code, start: baseOffset + start, end: baseOffset + end, rule });
  };

  for (const match of text.matchAll(organisationRegExp)) {
    const form = match[0];
    add(formToCode.get(form) ?? organisations.find((o) => o.names.includes(form))?.code, match.index, match.index + form.length, 'organisation');
  }

  for (const match of text.matchAll(compoundRegExp)) {
    const members = [...match[0].slice(1).matchAll(compoundMemberRegExp)];
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 12);
    if (members.length === 1 ? RELATION_WORDS.test(after) || members[0]?.[0] === 'NATO' || members[0]?.[0] === 'EU' : MEETING_WORDS.test(after)) {
      for (const member of members) {
        const start = match.index + 1 + member.index;
        add(formToCode.get(member[0]), start, start + member[0].length, 'compound');
      }
    }
  }

  const mentioned: string[] = [];
  for (const match of text.matchAll(stateNameRegExp)) {
    const code = formToCode.get(match[0]);
    if (!code) continue;
    mentioned.push(code);
    const start = match.index;
    const end = start + match[0].length;
    if (JAPAN_BEFORE.test(text.slice(Math.max(0, start - 4), start)) || followedBy(JAPAN_AFTER, text, end)) {
      add(code, start, end, 'japan-and');
    } else if (!concernCodes.has(code)) {
      if (followedBy(FORCES_AFTER, text, end)) add(code, start, end, 'forces');
      else if (followedBy(SENT_TO_AFTER, text, end)) add(code, start, end, 'sent-to');
    }
  }
  for (const match of text.matchAll(abbreviatedForcesRegExp)) {
    const code = formToCode.get(match[1] ?? '');
    if (code && !concernCodes.has(code)) add(code, match.index, match.index + 1, 'forces');
  }

  const partnerSet = new Set(evidence.map((e) => e.code));
  const mentionSet = new Set(mentioned.filter((code) => !partnerSet.has(code)));
  // Japan is the subject of the whole chronology, never its own partner.
  partnerSet.delete('JP');
  evidence.sort((a, b) => a.start - b.start);
  return {
    partners: [...partnerSet].sort(comparePartnerCodes),
    mentions: [...mentionSet].sort(comparePartnerCodes),
    evidence,
  };
}
