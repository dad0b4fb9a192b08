/**
 * The partner and outlet pages' figures (lib/partners/aggregate.ts), counted from the explorer's
 * items once per server process.
 */
import 'server-only';
import { comparePartnerCodes } from '@/lib/gazetteer/partners';
import { outletGazetteer } from '@/lib/gazetteer/outlets';
import {
  entriesByPartner,
  outletProfile,
  partnerMatrix,
  partnerProfile,
  yearSpan,
  type CountedItem,
  type EntryRef,
  type OutletProfile,
  type PartnerMatrix,
  type PartnerProfile,
} from '@/lib/partners/aggregate';
import { getExplorerData } from './explorer';

interface PartnerIndex {
  matrix: PartnerMatrix;
  /** Every partner with a page: the gazetteer's and any other code the data names, in display order. */
  codes: string[];
  partners: Map<string, PartnerProfile>;
  outlets: Map<string, OutletProfile>;
  /** Lower-cased code or key → its canonical spelling, for case-insensitive URLs. */
  codeByFolded: Map<string, string>;
  outletByFolded: Map<string, string>;
}

let cached: PartnerIndex | undefined;

function getPartnerIndex(): PartnerIndex {
  if (cached) return cached;
  const { items, facets } = getExplorerData();
  const years = yearSpan(items);
  const byPartner = entriesByPartner(items);
  // The filters' partner codes (lib/data/explorer.ts): a code has a page exactly when a filter takes it.
  const codes = facets.partners.map((option) => option.value);
  const partners = new Map(codes.map((code) => [code, partnerProfile(code, byPartner.get(code) ?? [], years, comparePartnerCodes)]));

  const byOutlet = new Map<string, { name: string; entries: CountedItem[] }>();
  for (const entry of outletGazetteer) byOutlet.set(entry.key, { name: entry.name, entries: [] });
  for (const item of items) {
    if (!item.outlet) continue;
    const outlet = byOutlet.get(item.outlet.key);
    if (outlet) outlet.entries.push(item);
    else byOutlet.set(item.outlet.key, { name: item.outlet.name, entries: [item] });
  }
  const outlets = new Map([...byOutlet].map(([key, { name, entries }]) => [key, outletProfile(key, name, entries, years, comparePartnerCodes)]));
  cached = {
    matrix: partnerMatrix(byPartner, codes, years),
    codes,
    partners,
    outlets,
    codeByFolded: new Map(codes.map((code) => [code.toLowerCase(), code])),
    outletByFolded: new Map([...outlets.keys()].map((key) => [key.toLowerCase(), key])),
  };
  return cached;
}

/** Entries per partner and year, the rows of /partners, and every partner code with a page. */
export function getPartnerMatrix(): { matrix: PartnerMatrix; codes: string[] } {
  const { matrix, codes } = getPartnerIndex();
  return { matrix, codes };
}

/**
 * The canonical spelling of a partner code in a URL (`nato` → `NATO`), or null when no partner
 * has it. Codes are matched without regard to case; the page redirects to the canonical form.
 */
export function canonicalPartnerCode(raw: string): string | null {
  return getPartnerIndex().codeByFolded.get(raw.toLowerCase()) ?? null;
}

export function getPartnerProfile(code: string): PartnerProfile | undefined {
  return getPartnerIndex().partners.get(code);
}

/** The canonical outlet key for a URL's key, matched without regard to case, or null. */
export function canonicalOutletKey(raw: string): string | null {
  return getPartnerIndex().outletByFolded.get(raw.toLowerCase()) ?? null;
}

export function getOutletProfile(key: string): OutletProfile | undefined {
  return getPartnerIndex().outlets.get(key);
}

/**
 * The partner's milestones (ExplorerItem.milestone: the importance rule or milestones.txt, see
 * README "Milestones"), oldest first, for its page's 「主な出来事」 section.
 */
export function getPartnerMilestones(code: string): EntryRef[] {
  return getExplorerData()
    .items.filter((item) => item.milestone && item.partners.includes(code))
    .map(({ id, kind, date, title, permalink }) => ({ id, kind, date, title, permalink }))
    .sort((a, b) => a.date.localeCompare(b.date));
}
