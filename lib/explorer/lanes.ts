// The table alone: the matcher beside it builds 64K-entry lookup tables the browser has no use for.
import { PARTNER_REGIONS, partnerRegion, type PartnerRegion } from '../gazetteer/partners/table';
import type { ExplorerItem } from './types';

/** How the timeline splits its items into rows. */
export type LaneMode = 'none' | 'kind' | 'partner';

/** A partner lane is a region of the gazetteer (lib/gazetteer/partners/table.ts). */
export type PartnerLane = PartnerRegion;

/** Partner lanes top to bottom. */
export const PARTNER_LANES: readonly PartnerLane[] = PARTNER_REGIONS;

/**
 * The one lane an item goes in when lanes are by partner: the first region, in lane order, that
 * one of its partners belongs to (NATO, else the EU, else a European state, else other). An item
 * in several keeps the first, so NATO–EU items sit with NATO.
 */
export function partnerLane(partners: readonly string[]): PartnerLane {
  // Called for every item the timeline draws: a loop, no allocation.
  let lane: PartnerLane = 'other';
  for (const code of partners) {
    const region = partnerRegion(code);
    if (PARTNER_LANES.indexOf(region) < PARTNER_LANES.indexOf(lane)) lane = region;
  }
  return lane;
}

/** The lane id of an item under a lane mode, or null when the timeline has no lanes. */
export function laneOf(item: Pick<ExplorerItem, 'kind' | 'partners'>, mode: LaneMode): string | null {
  if (mode === 'kind') return item.kind;
  if (mode === 'partner') return partnerLane(item.partners);
  return null;
}
