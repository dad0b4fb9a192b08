/**
 * How distinctive a word is in the whole chronology, for the related links' evidence
 * (related.ts): a term of a news title is a reason to link an event to a statement only if few
 * texts of the chronology hold it. 尖閣諸島, GCAP, ホットライン or ITPP are; 決定, 協力, 会談 or
 * 確認, which a title may hold rarely but the statements hold everywhere, are not.
 *
 * Terms are runs of one script (`termRuns`): katakana (3 or more), kanji (3 or more) or Latin
 * letters and digits. Two kanji make an ordinary word (決定, 協力, 会談, 確認, 専用) far more often
 * than a name, and a chronology of a few dozen entries cannot tell them apart by counting (in the
 * bundled data 決定 is in one entry and two passages of 168 documents), so they are not terms.
 * Their document frequencies are counted once, over
 * two kinds of document: every news entry (its title and summary together) and every anchored
 * passage of every statement (a paragraph, a heading, a paragraph of a Q&A turn). Then:
 *   - a term held by more than MAX_DOCUMENT_SHARE of the entries, or of the passages, is never
 *     evidence;
 *   - any other term weighs its inverse document frequency over both kinds together,
 *     ln(documents / documents holding it), which is at least ln(1 / MAX_DOCUMENT_SHARE) ≈ 3:
 *     always more than a partner named (1), and more the rarer the term.
 */

/** A term held by more than this share of the news entries, or of the statements' passages, is never evidence. */
export const MAX_DOCUMENT_SHARE = 0.05;

/**
 * The fold for words: NFKC and lower case as the search folds (normaliseText), but white space
 * kept, since it is what separates Latin words (`the EU and Japan`).
 */
export const foldWords = (text: string): string => text.normalize('NFKC').toLowerCase();

// Runs of one script, in text folded by foldWords.
const TERM_RUNS = /[\u30a1-\u30fa\u30fc]{3,}|[\u4e00-\u9fff\u3005]{3,}|[a-z0-9][a-z0-9-]*[a-z0-9]/gu;
const HAS_LETTER = /[a-z\u30a1-\u30fa\u4e00-\u9fff]/u;

/**
 * The distinct script runs of a text that may be terms: a run of katakana (3 or more), of kanji
 * (3 or more) or of Latin letters and digits (2 or more, a letter among them): `日英防衛相会談`,
 * `グローバル`, `gcap`.
 */
export function termRuns(text: string): Set<string> {
  const runs = new Set<string>();
  for (const match of foldWords(text).matchAll(TERM_RUNS)) if (HAS_LETTER.test(match[0])) runs.add(match[0]);
  return runs;
}

/** How many news entries and statement passages there are, and how many of each hold each term. */
export interface TermFrequencies {
  entries: number;
  passages: number;
  inEntries: ReadonlyMap<string, number>;
  inPassages: ReadonlyMap<string, number>;
}

function countDocuments(documents: Iterable<ReadonlySet<string>>): { count: number; holding: Map<string, number> } {
  const holding = new Map<string, number>();
  let count = 0;
  for (const terms of documents) {
    count++;
    for (const term of terms) holding.set(term, (holding.get(term) ?? 0) + 1);
  }
  return { count, holding };
}

/**
 * The document frequencies of every term, counted once: `entries` are the news entries' texts
 * (title and summary), `passages` the term runs of each statement passage.
 */
export function countTermFrequencies(entries: Iterable<{ title: string; summary: string }>, passages: Iterable<ReadonlySet<string>>): TermFrequencies {
  function* entryTerms() {
    for (const { title, summary } of entries) yield new Set([...termRuns(title), ...termRuns(summary)]);
  }
  const news = countDocuments(entryTerms());
  const statements = countDocuments(passages);
  return { entries: news.count, passages: statements.count, inEntries: news.holding, inPassages: statements.holding };
}

/** The weight of a term as evidence (its IDF over entries and passages), or null when it is too common to be any (see above). */
export function termWeight(term: string, frequencies: TermFrequencies): number | null {
  const inEntries = frequencies.inEntries.get(term) ?? 0;
  const inPassages = frequencies.inPassages.get(term) ?? 0;
  if (inEntries > frequencies.entries * MAX_DOCUMENT_SHARE || inPassages > frequencies.passages * MAX_DOCUMENT_SHARE) return null;
  const documents = frequencies.entries + frequencies.passages;
  return Math.log(documents / Math.max(1, inEntries + inPassages));
}
