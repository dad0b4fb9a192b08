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

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A name as a whole word: no letter or digit on either side, and not a model number (US-2). */
const NAME = new RegExp(`(?<![A-Za-z0-9])(?:${forms.map((f) => escape(f.form)).join('|')})(?![A-Za-z0-9]|-\\d)`, 'g');
const formByText = new Map(forms.map((f) => [f.form, f]));

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

/** Every state named in English in `text`, each marked paired or not. Offsets are into `text`. */
export function findEnglishStates(text: string): EnglishFinding[] {
  const names: Array<{ form: EnglishForm; start: number; end: number }> = [];
  for (const match of text.matchAll(NAME)) {
    const form = formByText.get(match[0]);
    if (form) names.push({ form, start: match.index, end: match.index + match[0].length });
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
