/**
 * The display order of partner codes. Apart from the table (./table) because the explorer's
 * pages read the table but not this order: a module shared with the playground's parser worker
 * (which sorts the partners it finds) carries into their bundle every export either side uses.
 */
import { partnerGazetteer } from './table';

/** A code's place in the gazetteer, looked up once per code rather than searched on every comparison. */
const gazetteerRank = new Map(partnerGazetteer.map((entry, index) => [entry.code, index]));

/** Organisations first, then states in Japanese reading order of the gazetteer: a stable order for display. */
export function comparePartnerCodes(a: string, b: string): number {
  return partnerRank(a) - partnerRank(b) || a.localeCompare(b);
}

/** Sorts codes in place with comparePartnerCodes; a list of one or none needs no sort call. */
export function sortPartnerCodes(codes: string[]): string[] {
  return codes.length > 1 ? codes.sort(comparePartnerCodes) : codes;
}

function partnerRank(code: string): number {
  return gazetteerRank.get(code) ?? Number.MAX_SAFE_INTEGER;
}

/**
 * The one table of partner codes: every code of the gazetteer and any other code the data names
 * (`named`), in display order. Each has a page (/partners/<code>), and every filter (the
 * explorer's and the search page's `partner`, /api/events, /api/export) accepts exactly these, with
 * no entry for a code the data does not name yet.
 */
export function partnerTableCodes(named: Iterable<string>): string[] {
  return [...new Set([...partnerGazetteer.map((entry) => entry.code), ...named])].sort(comparePartnerCodes);
}
