/**
 * The explorer's filter options over a set of items. Apart from the filtering (./filter.ts), which
 * the home page's code carries, since only the server and the playground's preview make options.
 */
import type { ExplorerItem, FacetOption } from './types';

export interface FacetLabels {
  /** A partner code's display name (`NL` → `オランダ`). */
  partnerLabel: (code: string) => string;
  /** Display order of partner codes. */
  comparePartners: (a: string, b: string) => number;
  /**
   * Every partner code a filter accepts (the gazetteer's table), offered even when no item names
   * it, so that a code with a page is never an unknown filter value. Without it, the items' codes.
   */
  partnerTable?: readonly string[];
}

/**
 * The filter options: the outlets present in the items, by how many entries they have (then by
 * name), and the partners of the items and of the table, in the order given. The site's are computed on the server, where the gazetteer lives; the
 * playground's preview computes those of its own entries.
 */
export function facetOptions(items: readonly ExplorerItem[], labels: FacetLabels): { outlets: FacetOption[]; partners: FacetOption[] } {
  const outletNames = new Map<string, string>();
  const outletTotals = new Map<string, number>();
  const partnerCodes = new Set<string>();
  for (const item of items) {
    if (item.outlet) {
      outletNames.set(item.outlet.key, outletNames.get(item.outlet.key) ?? item.outlet.name);
      outletTotals.set(item.outlet.key, (outletTotals.get(item.outlet.key) ?? 0) + 1);
    }
    for (const code of item.partners) partnerCodes.add(code);
  }
  const outlets = [...outletNames]
    .sort(([a, nameA], [b, nameB]) => (outletTotals.get(b) ?? 0) - (outletTotals.get(a) ?? 0) || nameA.localeCompare(nameB, 'ja'))
    .map(([value, label]) => ({ value, label }));
  const named = new Set(partnerCodes);
  for (const code of labels.partnerTable ?? []) partnerCodes.add(code);
  const partners = [...partnerCodes]
    .sort(labels.comparePartners)
    .map((code): FacetOption => (named.has(code) ? { value: code, label: labels.partnerLabel(code) } : { value: code, label: labels.partnerLabel(code), empty: true }));
  return { outlets, partners };
}
