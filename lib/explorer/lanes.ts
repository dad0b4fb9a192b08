import type { ExplorerItem } from './types';

/** How the timeline splits its items into rows. */
export type LaneMode = 'none' | 'kind' | 'partner';

export type PartnerLane = 'nato' | 'eu' | 'europe' | 'other';

/** Partner lanes top to bottom. */
export const PARTNER_LANES: readonly PartnerLane[] = ['nato', 'eu', 'europe', 'other'];

/**
 * European states (NATO and EU members and their neighbours in the gazetteer). Kept here rather
 * than in the gazetteer because only the timeline's lanes need the geography.
 */
const EUROPEAN_STATES = new Set([
  'GB', 'FR', 'DE', 'IT', 'ES', 'NL', 'BE', 'LU', 'PT', 'IE', 'DK', 'NO', 'SE', 'FI', 'IS', 'EE', 'LV', 'LT', 'PL',
  'CZ', 'SK', 'HU', 'AT', 'CH', 'SI', 'HR', 'RO', 'BG', 'GR', 'TR', 'AL', 'ME', 'MK', 'UA',
]);

/**
 * The one lane an item goes in when lanes are by partner: NATO if it names NATO, else the EU,
 * else a European state, else other. An item in several keeps the first, so NATO–EU items sit
 * with NATO.
 */
export function partnerLane(partners: readonly string[]): PartnerLane {
  if (partners.includes('NATO')) return 'nato';
  if (partners.includes('EU')) return 'eu';
  if (partners.some((code) => EUROPEAN_STATES.has(code))) return 'europe';
  return 'other';
}

/** The lane id of an item under a lane mode, or null when the timeline has no lanes. */
export function laneOf(item: Pick<ExplorerItem, 'kind' | 'partners'>, mode: LaneMode): string | null {
  if (mode === 'kind') return item.kind;
  if (mode === 'partner') return partnerLane(item.partners);
  return null;
}
