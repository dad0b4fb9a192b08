/**
 * What the partner and outlet pages show, counted from the explorer's items: entries per partner
 * and year, per kind and year, the outlets that report a partner, the partners an outlet covers,
 * the partners named together. Pure (no Node, no data access): lib/data/partners.ts runs it once
 * per process, the unit tests on small lists.
 *
 * An entry counts for a partner when the partner is one of its `partners`: the rule of the
 * explorer's partner filter and of `/api/events?partner=`, so the pages and the API agree.
 */
import type { ExplorerItem, ExplorerKind } from '@/lib/explorer/types';

export type CountedItem = Pick<ExplorerItem, 'id' | 'kind' | 'date' | 'title' | 'outlet' | 'partners' | 'permalink'>;

/** One year's entries, by kind. */
export interface YearKindCount {
  year: number;
  news: number;
  statement: number;
}

/** An entry as the pages name it: a title that links to its page. */
export interface EntryRef {
  id: string;
  kind: ExplorerKind;
  date: string;
  title: string;
  permalink: string;
}

export interface NamedCount {
  /** A partner code or an outlet key. */
  value: string;
  count: number;
}

/** One partner's or one outlet's entries, counted. */
export interface Profile {
  total: number;
  /** Every year of the data's span, oldest first, 0 where there are none. */
  byYear: YearKindCount[];
  first: EntryRef | null;
  latest: EntryRef | null;
}

export interface PartnerProfile extends Profile {
  code: string;
  /** Outlets that report the partner, most entries first. */
  outlets: Array<NamedCount & { name: string }>;
  /** Partners named in the same entries, most first. */
  coPartners: NamedCount[];
  /** Its statements, newest first. */
  statements: EntryRef[];
}

export interface OutletProfile extends Profile {
  key: string;
  name: string;
  /** Partners the outlet's entries name, most first. */
  partners: NamedCount[];
}

/** Entries per partner and year: the rows of /partners. */
export interface PartnerMatrix {
  years: number[];
  rows: Array<{ code: string; counts: number[]; total: number }>;
  /** Per year, the sum of the row cells (an entry naming two partners counts in both rows). */
  yearTotals: number[];
  total: number;
}

/** Every year from the first to the last date of `items`, oldest first. */
export function yearSpan(items: ReadonlyArray<Pick<ExplorerItem, 'date'>>): number[] {
  if (items.length === 0) return [];
  let first = Infinity;
  let last = -Infinity;
  for (const item of items) {
    const year = Number(item.date.slice(0, 4));
    if (year < first) first = year;
    if (year > last) last = year;
  }
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

export function toEntryRef(item: CountedItem): EntryRef {
  return { id: item.id, kind: item.kind, date: item.date, title: item.title, permalink: item.permalink };
}

/** Counts a list of entries (oldest first) per year and kind over `years`, with the first and the latest. */
export function profileOf(entries: readonly CountedItem[], years: readonly number[]): Profile {
  const byYear = new Map(years.map((year) => [year, { year, news: 0, statement: 0 }]));
  for (const item of entries) {
    const row = byYear.get(Number(item.date.slice(0, 4)));
    if (row) row[item.kind] += 1;
  }
  const first = entries[0];
  const latest = entries.at(-1);
  return { total: entries.length, byYear: [...byYear.values()], first: first ? toEntryRef(first) : null, latest: latest ? toEntryRef(latest) : null };
}

/** Counts of values, most first, then in `order`. */
function ranked(counts: ReadonlyMap<string, number>, order: (a: string, b: string) => number): NamedCount[] {
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || order(a.value, b.value));
}

function bump(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** Groups entries (oldest first) by each partner they name. */
export function entriesByPartner(items: readonly CountedItem[]): Map<string, CountedItem[]> {
  const byPartner = new Map<string, CountedItem[]>();
  for (const item of items) {
    for (const code of new Set(item.partners)) {
      const list = byPartner.get(code);
      if (list) list.push(item);
      else byPartner.set(code, [item]);
    }
  }
  return byPartner;
}

/** One partner's profile from its entries (oldest first). */
export function partnerProfile(code: string, entries: readonly CountedItem[], years: readonly number[], comparePartners: (a: string, b: string) => number): PartnerProfile {
  const outlets = new Map<string, number>();
  const outletNames = new Map<string, string>();
  const coPartners = new Map<string, number>();
  for (const item of entries) {
    if (item.outlet) {
      bump(outlets, item.outlet.key);
      outletNames.set(item.outlet.key, item.outlet.name);
    }
    for (const other of new Set(item.partners)) if (other !== code) bump(coPartners, other);
  }
  return {
    code,
    ...profileOf(entries, years),
    outlets: ranked(outlets, (a, b) => a.localeCompare(b)).map((row) => ({ ...row, name: outletNames.get(row.value) ?? row.value })),
    coPartners: ranked(coPartners, comparePartners),
    statements: entries.filter((item) => item.kind === 'statement').map(toEntryRef).reverse(),
  };
}

/** One outlet's profile from its entries (oldest first). */
export function outletProfile(key: string, name: string, entries: readonly CountedItem[], years: readonly number[], comparePartners: (a: string, b: string) => number): OutletProfile {
  const partners = new Map<string, number>();
  for (const item of entries) for (const code of new Set(item.partners)) bump(partners, code);
  return { key, name, ...profileOf(entries, years), partners: ranked(partners, comparePartners) };
}

/** The partners × years matrix, rows in `codes` order; codes without entries are left out. */
export function partnerMatrix(byPartner: ReadonlyMap<string, readonly CountedItem[]>, codes: readonly string[], years: readonly number[]): PartnerMatrix {
  const column = new Map(years.map((year, index) => [year, index]));
  const rows = codes.flatMap((code) => {
    const entries = byPartner.get(code) ?? [];
    if (entries.length === 0) return [];
    const counts = years.map(() => 0);
    for (const item of entries) {
      const index = column.get(Number(item.date.slice(0, 4)));
      if (index !== undefined) counts[index] = (counts[index] ?? 0) + 1;
    }
    return [{ code, counts, total: entries.length }];
  });
  const yearTotals = years.map((_, index) => rows.reduce((sum, row) => sum + (row.counts[index] ?? 0), 0));
  return { years: [...years], rows, yearTotals, total: yearTotals.reduce((a, b) => a + b, 0) };
}
