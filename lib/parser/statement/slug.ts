/**
 * Stable ASCII slugs for statements: `2025-08-28-japan-uk-defence-ministers`. The words come from
 * a small table of the Japanese terms titles use; a title with none of them gets a short hash, so
 * a slug never depends on anything but the event date and the title.
 */

interface Term {
  term: string;
  word: string;
}

/** Who met: a 日X compound, or a counterpart named alone (Japan is implied), or the speaker. */
const PARTIES: readonly Term[] = [
  { term: '日米韓', word: 'japan-us-rok' },
  { term: '日米豪比', word: 'japan-us-australia-philippines' },
  { term: '日米豪印', word: 'japan-us-australia-india' },
  { term: '日米豪', word: 'japan-us-australia' },
  { term: '日米', word: 'japan-us' },
  { term: '日英', word: 'japan-uk' },
  { term: '日仏', word: 'japan-france' },
  { term: '日独', word: 'japan-germany' },
  { term: '日伊', word: 'japan-italy' },
  { term: '日韓', word: 'japan-rok' },
  { term: '日豪', word: 'japan-australia' },
  { term: '日・NATO', word: 'japan-nato' },
  { term: '日NATO', word: 'japan-nato' },
  { term: '日・EU', word: 'japan-eu' },
  { term: '日EU', word: 'japan-eu' },
  { term: 'NATO', word: 'japan-nato' },
  { term: 'EU', word: 'japan-eu' },
  { term: '英国', word: 'japan-uk' },
  { term: '米国', word: 'japan-us' },
  { term: 'フランス', word: 'japan-france' },
  { term: 'ドイツ', word: 'japan-germany' },
  { term: 'イタリア', word: 'japan-italy' },
  { term: '防衛大臣', word: 'defence-minister' },
  { term: '外務大臣', word: 'foreign-minister' },
];

/** What happened, most specific first. */
const SUBJECTS: readonly Term[] = [
  { term: '「2+2」', word: '2plus2' },
  { term: '安全保障協議委員会', word: '2plus2' },
  { term: '外務・防衛閣僚会合', word: '2plus2' },
  { term: '記者会見', word: 'press-conference' },
  { term: '首脳会談', word: 'summit' },
  { term: '外相会合', word: 'foreign-ministers' },
  { term: '外相会談', word: 'foreign-ministers' },
  { term: '防衛相会談', word: 'defence-ministers' },
  { term: '防衛大臣会談', word: 'defence-ministers' },
  { term: '防衛相会合', word: 'defence-ministers' },
  { term: '国防相会議', word: 'defence-ministers' },
  { term: '共同声明', word: 'joint-statement' },
];

const PLACES: readonly Term[] = [
  { term: 'クアラルンプール', word: 'kuala-lumpur' },
  { term: 'マレーシア', word: 'malaysia' },
  { term: 'ニューヨーク', word: 'new-york' },
  { term: 'ブリュッセル', word: 'brussels' },
  { term: 'ワシントン', word: 'washington' },
  { term: 'ロンドン', word: 'london' },
  { term: 'パリ', word: 'paris' },
  { term: '東京', word: 'tokyo' },
];

function firstTerm(title: string, terms: readonly Term[]): string | null {
  return terms.find((entry) => title.includes(entry.term))?.word ?? null;
}

/** FNV-1a (32 bit) in base 36: short, stable, ASCII. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36).padStart(7, '0');
}

/** `YYYY-MM-DD-party-subject-place`, `undated-…` without a date, a hash when no term is known. */
export function statementSlug(eventDate: string | null, title: string): string {
  const words = [firstTerm(title, PARTIES), firstTerm(title, SUBJECTS), firstTerm(title, PLACES)].filter(
    (word): word is string => word !== null,
  );
  const name = words.length > 0 ? words.join('-') : shortHash(title);
  return `${eventDate ?? 'undated'}-${name}`;
}
