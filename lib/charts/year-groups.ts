/**
 * Entries per year by partner group, for the year index on `/`. Pure and small: it runs in the
 * browser too (the explorer recomputes its figures there when the filters change).
 */
import { partnerLane, PARTNER_LANES, type PartnerLane } from '@/lib/explorer/lanes';

/** Counts per partner group, in the groups' display order (NATO, EU, European states, others). */
export type GroupCounts = Record<PartnerLane, number>;

/** The groups in display order: the stack's bottom-to-top, the legend's left-to-right. */
export const PARTNER_GROUPS: readonly PartnerLane[] = PARTNER_LANES;

export function emptyGroupCounts(): GroupCounts {
  return { nato: 0, eu: 0, europe: 0, other: 0 };
}

/**
 * Each entry counted once, under the first group it names in the order NATO, EU, European states,
 * others (the timeline's partner lane): the stack of a year then adds up to its entries. An entry
 * that names no partner counts under others, as on the timeline.
 */
export function countYearGroups(items: ReadonlyArray<{ date: string; partners: readonly string[] }>): Array<[year: string, counts: GroupCounts]> {
  const byYear = new Map<string, GroupCounts>();
  for (const item of items) {
    const year = item.date.slice(0, 4);
    let counts = byYear.get(year);
    if (!counts) byYear.set(year, (counts = emptyGroupCounts()));
    counts[partnerLane(item.partners)] += 1;
  }
  return [...byYear].sort(([a], [b]) => Number(a) - Number(b));
}
