/**
 * Who issued a statement: the government body whose release it is, not the news site it was read
 * on. The articles relay a release under a lead that names the body first (`防衛省は令和6(2024)年
 * 7月28日…公表した。`) or, for a minister's press conference, the minister (`…小泉進次郎防衛大臣は、
 * …`), whose ministry publishes the transcript. Pure: the parser keeps the span, and the citations
 * read the same rule from the lead the browser has.
 *
 * The rule, in order:
 *   1. a body at the very start of the lead, before は: `外務省は`, `防衛省・自衛隊は` (防衛省);
 *   2. else the first minister the lead names: 防衛大臣・防衛相 (防衛省), 外務大臣・外相 (外務省),
 *      内閣総理大臣・首相 (首相官邸), 内閣官房長官・官房長官 (内閣官房);
 *   3. else none: the caller reports it, and cites the site as publisher only, never as author.
 */

export interface IssuerMatch {
  /** The body, as Japanese names it: `防衛省`. */
  name: string;
  /** Where the words that name it stand in the lead. */
  start: number;
  end: number;
  rule: 'subject' | 'minister';
}

/** A government body at the very start of the lead: `外務省は…`, `防衛省・自衛隊は…`. */
const LEAD_SUBJECT = /^\s*([^\s、。は「」()（）]{1,16}?(?:省|庁|官邸|官房|府|監部))(?:・[^\s、。は]{1,8})?は/u;

/** Ministers and the body that publishes what they say, longest names first. */
const MINISTERS: ReadonlyArray<[title: string, body: string]> = [
  ['内閣総理大臣', '首相官邸'],
  ['内閣官房長官', '内閣官房'],
  ['官房長官', '内閣官房'],
  ['防衛大臣', '防衛省'],
  ['外務大臣', '外務省'],
  ['防衛相', '防衛省'],
  ['外相', '外務省'],
  ['首相', '首相官邸'],
];

const MINISTER = new RegExp(MINISTERS.map(([title]) => title).join('|'), 'u');

/** The body that issued a statement, as its lead names it, or null when the lead names none. */
export function findIssuer(lead: string): IssuerMatch | null {
  const subject = LEAD_SUBJECT.exec(lead);
  if (subject?.[1]) {
    const start = subject[0].indexOf(subject[1]);
    return { name: subject[1], start, end: start + subject[1].length, rule: 'subject' };
  }
  const minister = MINISTER.exec(lead);
  const body = minister ? MINISTERS.find(([title]) => title === minister[0])?.[1] : undefined;
  return minister && body ? { name: body, start: minister.index, end: minister.index + minister[0].length, rule: 'minister' } : null;
}
