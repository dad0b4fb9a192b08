/**
 * The words around a state name, or a list of state names, that present the states in a relation
 * with Japan (rules 3–9 of the rule in ./match). Each context is tested at one position only
 * (sticky regexes, or an anchored test of the few characters before), so a scan stays linear.
 */

/** Every rule that can make a code a partner, in the order evidence starting at one offset is ranked. */
export const PARTNER_RULES = ['organisation', 'compound', 'japan-and', 'forces', 'sent-to', 'deploys', 'meets', 'visits', 'exercises', 'agrees'] as const;
export type PartnerRule = (typeof PARTNER_RULES)[number];

/** The rules a list of state names can satisfy through its context. */
export type StateContextRule = Exclude<PartnerRule, 'organisation' | 'compound'>;

/** X と日本. */
const JAPAN_AFTER = /[ \u3000]?と日本/y;
/** X軍, Xの海軍, X空母: X's forces, in a chronology of their work with Japan's. 軍事, 軍縮, 軍備… are not forces. */
const FORCES_AFTER = /(?:の)?(?:海軍|空軍|陸軍|軍(?![事縮備拡需])|軽空母|空母)/y;
/** Japan sending something to X. */
const SENT_TO_AFTER = /(?:へ|に)(?:の)?(?:輸送|派遣|寄港)/y;
/**
 * X sending forces (to Japan, the story's subject): Xは/が/も, then a few words of one clause, then
 * 派遣, 寄港, 来日 or 訪日 (ドイツ・フランス・スペインは戦闘機共同派遣). A destination (へ, に) in
 * between names another place, unless it is 日本へ or 日本に.
 */
const DEPLOYS_AFTER = /(?:は|が|も)(?:[^。、「」へに]|(?<=日本)[へに]){0,12}?(?:派遣|寄港|来日|訪日)/y;
/** Whose office-holder Japan meets: Xの…首相と会談, Xの首脳らと…とも会談. */
const OFFICE = '首相|大統領|外相|外務大臣|国防相|国防大臣|防衛相|防衛大臣|首脳|国王|大臣|長官|議長|委員長|大使|高官|司令官|参謀長|幕僚長';
const MEETS_AFTER = new RegExp(`(?:の)?[^。、と「」]{0,14}?(?:${OFFICE})(?:ら)?と[^。]{0,24}?(?:会談|会見|面会|協議)`, 'y');
/** Japan visiting X: Xを訪問, Xを訪れ, X訪問. */
const VISITS_AFTER = /(?:を(?:公式)?)?(?:訪問|訪れ)/y;
/** Exercising with X: Xとの共同訓練, Xと合同演習. */
const EXERCISES_AFTER = /と(?:の)?(?:共同訓練|合同訓練|共同演習|合同演習|親善訓練)/y;
/** Agreeing with X: Xと…で合意, Xと協定に署名. A subject in between (が, は) makes it another pair's agreement. */
const AGREES_AFTER = /と(?:の間で)?[^。、とがはを]{0,12}?(?:合意|一致|署名|締結)/y;

function isAt(sticky: RegExp, text: string, at: number): boolean {
  sticky.lastIndex = at;
  return sticky.test(text);
}

const unit = (char: string) => char.charCodeAt(0);
const JAPAN = unit('日');
const BOOK = unit('本');
/** What may follow 日本 before a list: と, ・ or a space, ASCII or ideographic. */
const isJapanJoiner = (code: number) => code === unit('と') || code === unit('・') || code === 0x20 || code === 0x3000;
const isSpace = (code: number) => code === 0x20 || code === 0x3000;

/**
 * The rule the words before a list of state names starting at `start` satisfy, or null (japan-and
 * first: it is the only one that holds for a state named as a concern, see ./match). Read unit by
 * unit from the four characters before the list: 日本と, 日本・ or 日本 with an optional space
 * after it (/日本(?:と|・|[ \u3000])[ \u3000]?$/ on them), or 訪問先の.
 */
export function ruleBefore(text: string, start: number): StateContextRule | null {
  const at = (back: number) => (start - back >= 0 ? text.charCodeAt(start - back) : -1);
  if (at(3) === JAPAN && at(2) === BOOK && isJapanJoiner(at(1))) return 'japan-and';
  if (at(4) === JAPAN && at(3) === BOOK && isJapanJoiner(at(2)) && isSpace(at(1))) return 'japan-and';
  if (start >= 4 && text.startsWith('訪問先の', start - 4)) return 'visits';
  return null;
}

/**
 * The contexts after a list, in the order they are tried (japan-and first, as above), each with
 * the units it can open with: a context is tried only when the unit after the list is one of
 * them, so most lists cost one regex call or none instead of eight.
 */
interface AfterContext {
  rule: StateContextRule;
  sticky: RegExp;
  /** The units the context can open with; null for any unit but 。、と「」. */
  opensWith: string | null;
  /**
   * For the two contexts that read several words ahead: the units one of which must come
   * within `units` of the list's end, before any of `stops`, for the regex to have a chance.
   */
  ahead?: { from: number; units: number; needs: Uint8Array; stops: Uint8Array };
}
const unitTable = (chars: string) => {
  const table = new Uint8Array(0x10000);
  for (const char of chars) table[unit(char)] = 1;
  return table;
};
const AFTER: readonly AfterContext[] = [
  { rule: 'japan-and', sticky: JAPAN_AFTER, opensWith: ' \u3000と' },
  { rule: 'forces', sticky: FORCES_AFTER, opensWith: 'の海空陸軍軽' },
  { rule: 'sent-to', sticky: SENT_TO_AFTER, opensWith: 'へに' },
  { rule: 'exercises', sticky: EXERCISES_AFTER, opensWith: 'と' },
  { rule: 'agrees', sticky: AGREES_AFTER, opensWith: 'と' },
  // は/が/も, then at most 12 units, then the verb: it opens within 13 units, before 。、「」.
  { rule: 'deploys', sticky: DEPLOYS_AFTER, opensWith: 'はがも', ahead: { from: 1, units: 13, needs: unitTable('派寄来訪'), stops: unitTable('。、「」') } },
  { rule: 'visits', sticky: VISITS_AFTER, opensWith: 'を訪' },
  // Any unit but 。、と「」 opens the few words before the office (and no office opens with them):
  // an optional の and at most 14 units, so the office opens within 16 units, before 。、と「」.
  { rule: 'meets', sticky: MEETS_AFTER, opensWith: null, ahead: { from: 0, units: 16, needs: unitTable(OFFICE.split('|').map((office) => office[0]).join('')), stops: unitTable('。、と「」') } },
];

/** Whether a unit of `needs` comes in text[at + from, at + from + units) before any of `stops`. */
function needIsAhead(text: string, at: number, { from, units, needs, stops }: NonNullable<AfterContext['ahead']>): boolean {
  const end = Math.min(text.length, at + from + units);
  for (let i = at + from; i < end; i++) {
    const code = text.charCodeAt(i);
    if (needs[code] === 1) return true;
    if (stops[code] === 1) return false;
  }
  return false;
}
/** Per UTF-16 unit, one bit per context of AFTER (in its order) that can open with it. */
const AFTER_OPENERS = new Uint8Array(0x10000);
AFTER.forEach(({ opensWith }, index) => {
  const bit = 1 << index;
  if (opensWith === null) {
    for (let code = 0; code < 0x10000; code++) AFTER_OPENERS[code] = (AFTER_OPENERS[code] ?? 0) | bit;
    for (const char of '。、と「」') AFTER_OPENERS[unit(char)] = (AFTER_OPENERS[unit(char)] ?? 0) & ~bit;
  } else {
    for (const char of opensWith) AFTER_OPENERS[unit(char)] = (AFTER_OPENERS[unit(char)] ?? 0) | bit;
  }
});

/** The rule the words after a list of state names ending at `end` satisfy, or null (japan-and first, as above). */
export function ruleAfter(text: string, end: number): StateContextRule | null {
  // Past the end of the text, charCodeAt gives NaN, and the table gives undefined: nothing opens.
  const openers = AFTER_OPENERS[text.charCodeAt(end)] ?? 0;
  if (openers === 0) return null;
  for (let index = 0; index < AFTER.length; index++) {
    const context = AFTER[index]!;
    if ((openers & (1 << index)) === 0 || (context.ahead && !needIsAhead(text, end, context.ahead))) continue;
    if (isAt(context.sticky, text, end)) return context.rule;
  }
  return null;
}

/** What joins two state names into one list: ・, 、, と, や, 及び (ドイツ・フランス・スペイン, 英国、フランスと日本). */
const LIST_JOINER = /(?:・|、|，|,|と|や|及び|および)[ \u3000]?/y;

/** Where the next member of a list may start after a name ending at `end`, or -1 when no joiner follows. */
const OPENS_LIST_JOINER = new Uint8Array(0x10000);
for (const char of '・、，,とや及お') OPENS_LIST_JOINER[unit(char)] = 1;
export function afterListJoiner(text: string, end: number): number {
  // Most names end a list of one: the unit after them opens no joiner, and no regex call is made.
  if (OPENS_LIST_JOINER[text.charCodeAt(end)] !== 1) return -1;
  LIST_JOINER.lastIndex = end;
  return LIST_JOINER.test(text) ? LIST_JOINER.lastIndex : -1;
}
