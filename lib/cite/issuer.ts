/**
 * Who issued a statement. The statements come relayed by a news site whose lead sentence names
 * the ministry first (`防衛省は令和6(2024)年7月28日…公表した。`); the ministry, not the relaying
 * site, is the author a citation names.
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

/** A government body at the very start of the lead: `外務省は…`, `防衛省・自衛隊は…`. */
const LEAD_SUBJECT = /^\s*([^\s、。は「」()（）]{1,16}?(?:省|庁|官邸|官房|府|監部))(?:・[^\s、。は]{1,8})?は/u;

/** The issuing body named by a statement's lead, or `fallback` (the relaying site) when none is. */
export function statementIssuer(lead: string, fallback: string): Issuer {
  const subject = LEAD_SUBJECT.exec(lead)?.[1];
  const name = subject ?? fallback;
  const known = KNOWN_ISSUERS.find((issuer) => issuer.ja === name);
  return { ja: name, en: known?.en ?? null };
}
