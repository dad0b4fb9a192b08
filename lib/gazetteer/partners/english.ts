/**
 * States named in English (an English title such as "Japan and the UK agree…", a statement's
 * English paragraphs). The same rule as in Japanese, with the English words for it: a state, or a
 * list of states, is a partner when the text pairs it with Japan ("Japan and the UK",
 * "Japan–Germany", "Japan, the UK and Italy", "the UK and Japan"); every other one is a mention.
 */
import { partnerGazetteer } from './table';

interface EnglishForm {
  form: string;
  code: string;
  concern: boolean;
}

const forms: EnglishForm[] = partnerGazetteer
  .filter((entry) => entry.kind === 'state')
  .flatMap((entry) => [entry.nameEn, ...(entry.englishNames ?? [])].map((form) => ({ form, code: entry.code, concern: entry.concern === true })))
  // Longest first: "North Korea" before "Korea", "United States" before "US".
  .sort((a, b) => b.form.length - a.form.length);

/**
 * The forms by their first word, longest first. Names are found from the Latin words of a text
 * (few in a Japanese one), not by one pattern of every name tried at every character: that pattern
 * made the digest parser half as fast again on 100,000 entries.
 */
const formsByFirstWord = new Map<string, EnglishForm[]>();
for (const form of forms) {
  const first = /^[A-Za-z]+/.exec(form.form)?.[0] ?? form.form;
  formsByFirstWord.set(first, [...(formsByFirstWord.get(first) ?? []), form]);
}
/** The first words by their first unit (ASCII): a Latin word is looked up only when one may start with it. */
const firstWordsByFirstUnit: Array<string[] | undefined> = new Array<string[] | undefined>(0x80).fill(undefined);
for (const word of formsByFirstWord.keys()) {
  const first = word.charCodeAt(0);
  if (first < 0x80) firstWordsByFirstUnit[first] = [...(firstWordsByFirstUnit[first] ?? []), word];
}
// Local, not imported: these run on every unit of every text, and a call through a module's
// export binding costs several times the test itself.
const isLatinLetter = (code: number) => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
const isAlnum = (code: number) => (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);

/** The first word of a name that is exactly the text from `start` to `end`, or null. */
function firstWordWritten(text: string, start: number, end: number): string | null {
  for (const word of firstWordsByFirstUnit[text.charCodeAt(start)] ?? []) {
    if (word.length === end - start && text.startsWith(word, start)) return word;
  }
  return null;
}

/** A name as a whole word: no letter or digit on either side, and not a model number (US-2). */
function nameAt(text: string, at: number, word: string): EnglishForm | null {
  if (at > 0 && isAlnum(text.charCodeAt(at - 1))) return null;
  for (const form of formsByFirstWord.get(word) ?? []) {
    if (!text.startsWith(form.form, at)) continue;
    const after = at + form.form.length;
    const next = text.charCodeAt(after);
    if (isAlnum(next) || (next === 0x2d && text.charCodeAt(after + 1) >= 0x30 && text.charCodeAt(after + 1) <= 0x39)) continue;
    return form;
  }
  return null;
}

/** What joins two names of one list: ", ", " and ", ", and ", " & ", with an optional "the". */
const JOINER = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:the\s+)?$/;
/** Japan right before the list: "Japan and (the)", "Japan-", "Japan–", "Japan, (the)", "Japan's … with (the)". */
const JAPAN_BEFORE = /\bJapan(?:ese)?(?:\s*(?:,|and|&)\s*|\s*[-–—/]\s*|'s\s+\w+(?:\s+\w+)?\s+with\s+)(?:the\s+)?$/;
/** Japan right after the list: " and Japan", "-Japan". */
const JAPAN_AFTER = /^(?:\s*,?\s*and\s+|\s*&\s*|\s*[-–—/]\s*)Japan\b/;

export interface EnglishFinding {
  code: string;
  start: number;
  end: number;
  /** True when the text pairs this state with Japan. */
  paired: boolean;
}

/** Whether a unit can open a name's first word (an English name starts with one of these letters). */
export function opensEnglishName(code: number): boolean {
  return firstWordsByFirstUnit[code] !== undefined;
}

/**
 * Every state named in English in `text`, each marked paired or not. Offsets are into `text`.
 * `wordStarts` are the offsets, in order, where a Latin word ([A-Za-z]+) starts with a letter
 * that opens a name (see opensEnglishName): the caller's scan of the text finds them, so that
 * the text is not read a second time; the other words cannot start a name.
 */
export function findEnglishStates(text: string, wordStarts: readonly number[]): EnglishFinding[] {
  const names: Array<{ form: EnglishForm; start: number; end: number }> = [];
  let resume = 0;
  for (const at of wordStarts) {
    if (at < resume) continue;
    let wordEnd = at + 1;
    while (wordEnd < text.length && isLatinLetter(text.charCodeAt(wordEnd))) wordEnd++;
    const word = firstWordWritten(text, at, wordEnd);
    const form = word === null ? null : nameAt(text, at, word);
    if (form) {
      names.push({ form, start: at, end: at + form.form.length });
      resume = at + form.form.length;
    }
  }
  const findings: EnglishFinding[] = [];
  let first = 0;
  while (first < names.length) {
    // A list: the names joined by commas and "and" that follow this one.
    let last = first;
    while (last + 1 < names.length && JOINER.test(text.slice(names[last]!.end, names[last + 1]!.start))) last++;
    const list = names.slice(first, last + 1);
    const start = list[0]!.start;
    const end = list[list.length - 1]!.end;
    const paired = JAPAN_BEFORE.test(text.slice(Math.max(0, start - 40), start)) || JAPAN_AFTER.test(text.slice(end, end + 12));
    for (const { form, start: at, end: to } of list) findings.push({ code: form.code, start: at, end: to, paired });
    first = last + 1;
  }
  return findings;
}
