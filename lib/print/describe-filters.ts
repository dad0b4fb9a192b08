/**
 * The explorer's filters in words, for the header of a printed page: a reader of the paper copy
 * must see which entries it holds without the URL.
 */
import type { ExplorerFilters } from '../explorer/types';
import type { jaCite } from '../i18n/ja-cite';
import type { Shape } from '../i18n/shape';

export interface FilterLabels {
  /** Outlet key → name, partner code → name: the explorer's facet labels. */
  outlets: ReadonlyMap<string, string>;
  partners: ReadonlyMap<string, string>;
}

/** The words of the description in one language: the print header's, and what joins two names (`、`, `, `). */
export interface FilterWords {
  print: Shape<typeof jaCite.print>;
  comma: string;
}

/** One line per active filter (`報道機関: 日本経済新聞、共同通信`), or one line saying there are none. */
export function describeFilters(filters: ExplorerFilters, labels: FilterLabels, { print: t, comma }: FilterWords): string[] {
  const lines: string[] = [];
  const names = (values: readonly string[], map: ReadonlyMap<string, string>) => values.map((value) => map.get(value) ?? value).join(comma);
  if (filters.outlets.length > 0) lines.push(`${t.outlets}: ${names(filters.outlets, labels.outlets)}`);
  if (filters.partners.length > 0) lines.push(`${t.partners}: ${names(filters.partners, labels.partners)}`);
  if (filters.q.trim() !== '') lines.push(`${t.query}: ${filters.q.trim()}`);
  if (filters.kind) lines.push(`${t.kind}: ${t.kinds[filters.kind]}`);
  if (filters.from || filters.to) lines.push(`${t.period}: ${t.range(filters.from, filters.to)}`);
  if (filters.milestones) lines.push(t.milestonesOnly);
  return lines.length > 0 ? lines : [t.noFilters];
}
