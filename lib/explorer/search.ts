/**
 * Text matching for Japanese: no word splitting, just a normalised substring.
 * NFKC folds full-width Latin and digits to half-width and half-width katakana to full-width
 * (ＮＡＴＯ = NATO, ｶﾅﾀﾞ = カナダ); case is folded; and all white space is dropped, because the
 * digest spaces words at random (`日本と NATO`, `事務 総長` broken by a line wrap).
 */
export function normaliseForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
}

/** True when the normalised query occurs in any of the texts; an empty query matches everything. */
export function matchesQuery(query: string, texts: readonly string[]): boolean {
  const needle = normaliseForSearch(query);
  if (needle.length === 0) return true;
  return texts.some((text) => normaliseForSearch(text).includes(needle));
}
