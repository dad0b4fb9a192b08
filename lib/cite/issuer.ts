/**
 * The body that issued a statement, with the English name Chicago citations use. Which body it is
 * is the statement parser's rule (lib/parser/statement/issuer.ts), read once when the data loads;
 * the relaying site is never the author (it is the publisher: citation.ts).
 */

export interface Issuer {
  ja: string;
  /** The English name Chicago citations use, or null when the body is not one we know. */
  en: string | null;
}

const KNOWN_ISSUERS: ReadonlyArray<{ ja: string; en: string }> = [
  { ja: '防衛装備庁', en: 'Acquisition, Technology and Logistics Agency' },
  { ja: '防衛省', en: 'Ministry of Defense of Japan' },
  { ja: '外務省', en: 'Ministry of Foreign Affairs of Japan' },
  { ja: '首相官邸', en: 'Prime Minister’s Office of Japan' },
  { ja: '内閣官房', en: 'Cabinet Secretariat of Japan' },
  { ja: '内閣府', en: 'Cabinet Office of Japan' },
  { ja: '統合幕僚監部', en: 'Joint Staff, Ministry of Defense of Japan' },
];

/** A body by its Japanese name, with its English name when it is one we know; null for none. */
export function issuerNamed(name: string | null): Issuer | null {
  if (!name) return null;
  return { ja: name, en: KNOWN_ISSUERS.find((issuer) => issuer.ja === name)?.en ?? null };
}
