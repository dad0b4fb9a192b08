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

/** 日本と X, 日本・X, 日本 X: Japan named right before the list. */
const JAPAN_BEFORE = /日本(?:と|・|[ \u3000])[ \u3000]?$/;
/** Visiting: 訪問先のX (the place a Japanese minister is visiting). */
const VISITED_BEFORE = /訪問先の$/;

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

/**
 * The rule the words before a list of state names starting at `start` satisfy, or null (japan-and
 * first: it is the only one that holds for a state named as a concern, see ./match).
 */
export function ruleBefore(text: string, start: number): StateContextRule | null {
  const before = text.slice(Math.max(0, start - 4), start);
  if (JAPAN_BEFORE.test(before)) return 'japan-and';
  if (VISITED_BEFORE.test(before)) return 'visits';
  return null;
}

/** The rule the words after a list of state names ending at `end` satisfy, or null (japan-and first, as above). */
export function ruleAfter(text: string, end: number): StateContextRule | null {
  if (isAt(JAPAN_AFTER, text, end)) return 'japan-and';
  if (isAt(FORCES_AFTER, text, end)) return 'forces';
  if (isAt(SENT_TO_AFTER, text, end)) return 'sent-to';
  if (isAt(EXERCISES_AFTER, text, end)) return 'exercises';
  if (isAt(AGREES_AFTER, text, end)) return 'agrees';
  if (isAt(DEPLOYS_AFTER, text, end)) return 'deploys';
  if (isAt(VISITS_AFTER, text, end)) return 'visits';
  if (isAt(MEETS_AFTER, text, end)) return 'meets';
  return null;
}

/** What joins two state names into one list: ・, 、, と, や, 及び (ドイツ・フランス・スペイン, 英国、フランスと日本). */
const LIST_JOINER = /(?:・|、|，|,|と|や|及び|および)[ \u3000]?/y;

/** Where the next member of a list may start after a name ending at `end`, or -1 when no joiner follows. */
export function afterListJoiner(text: string, end: number): number {
  LIST_JOINER.lastIndex = end;
  return LIST_JOINER.test(text) ? LIST_JOINER.lastIndex : -1;
}
