/**
 * The compact shape of the chronology that the browser receives: everything the explorer shows,
 * nothing it does not (no source spans, no statement blocks, no raw text).
 */

export type ExplorerKind = 'news' | 'statement';

export type StatementKindName = 'joint-statement' | 'meeting' | 'press-conference' | 'other';

export interface ExplorerOutlet {
  /** Stable ASCII key used in URLs: `kyodo`. */
  key: string;
  /** Canonical Japanese name: `共同通信`. */
  name: string;
  /** The aggregator the article came through (`Yahoo`), or null. */
  via: string | null;
}

export interface ExplorerRef {
  id: string;
  /** The outlet as the reference writes it (`時事`). */
  outlet: string;
  date: string | null;
  /** True when the referenced entry is in the chronology. */
  resolved: boolean;
  /** The referenced entry's title when it is resolved, else null. */
  title: string | null;
}

/**
 * Why a statement and an event are related (lib/chronology/related.ts): a shared partner the
 * statement names, or a distinctive term of the event's title, with the anchors of the
 * statement's passages that hold it.
 */
export interface ExplorerEvidence {
  kind: 'partner' | 'term';
  /** The partner's code, or the term (folded). */
  value: string;
  /** Anchors on the statement's page (`p-3`, `en-2`, `qa-4`, `s2`), in reading order. */
  anchors: string[];
}

export interface ExplorerStatementLink {
  slug: string;
  title: string;
  evidence: ExplorerEvidence[];
}

export interface ExplorerEventLink {
  id: string;
  title: string;
  date: string;
  evidence: ExplorerEvidence[];
}

export interface ExplorerItem {
  kind: ExplorerKind;
  /** Event id (`2507-062601`) or statement slug. Unique across both kinds. */
  id: string;
  /**
   * The day it happened, YYYY-MM-DD: a news event's day as its summary states it (else the day it
   * was reported), a statement's event day (else its publication). Never a Date, so no time zone
   * can move it. The timeline, the list, the date range, the counts and the milestones go by it.
   */
  date: string;
  /** HH:MM of `date`, or null: the report's time, so null when the event's day is not the report's. */
  time: string | null;
  /** The last day of a range the text gives (`8~10日`), else null. */
  dateEnd: string | null;
  /** `date` is a scheduled day (announced), or the day by which it happened; null for a day it happened. */
  dateStatus: 'scheduled' | 'by' | null;
  /** When the source reported it (a news article, a statement's publication), where that is not `date`; else null. */
  reported: { date: string; time: string | null } | null;
  title: string;
  /** A few words for the timeline box. */
  shortTitle: string;
  /** The news outlet; null for a statement. */
  outlet: ExplorerOutlet | null;
  partners: string[];
  /** The summary of a news event, the lead of a statement. */
  summary: string;
  notes: string[];
  refs: ExplorerRef[];
  relatedStatements: ExplorerStatementLink[];
  /** For a statement: the news events related to it. */
  relatedEvents: ExplorerEventLink[];
  /** For a statement: what kind of text it is; null for news. */
  statementKind: StatementKindName | null;
  /** For a statement: the body that issued it (`防衛省`), when its lead names one; else null. */
  issuer: string | null;
  /** For a statement: the site it was read on (`Jディフェンスニュース`), its publisher, never its author; else null. */
  publisher: string | null;
  /** The page of this entry: `/events/<id>` or `/statements/<slug>`. */
  permalink: string;
  /** How much the entry matters: the sum of its signals' points (lib/explorer/importance.ts). */
  importance: number;
  /** One of the chronology's turning points: scored high enough, or listed in milestones.txt. */
  milestone: boolean;
  /** The editor's label for a milestone (milestones.txt), shown instead of the short title; else null. */
  milestoneLabel: string | null;
}

/** A filter option: plain data, rendered by the filter form. */
export interface FacetOption {
  value: string;
  label: string;
  /**
   * A partner of the code table that no entry names: accepted in a URL (no result, no notice), but
   * not offered in a form's list unless it is chosen, so the list holds only what can be found.
   */
  empty?: true;
  /** The label is the source's spelling, in Japanese, on a page in another language (an outlet with no English name). */
  lang?: 'ja';
}

/** The options a form lists: those some entry has, and any that is chosen. */
export function listedOptions(options: readonly FacetOption[], chosen: readonly string[]): FacetOption[] {
  return options.filter((option) => !option.empty || chosen.includes(option.value));
}

export interface ExplorerFacets {
  outlets: FacetOption[];
  partners: FacetOption[];
}

export type ExplorerView = 'timeline' | 'list';

export interface ExplorerFilters {
  /** Outlet keys; an item matches when its outlet is one of them (statements have none). */
  outlets: string[];
  /** Partner codes; an item matches when it has at least one of them. */
  partners: string[];
  /** Free text, as typed. */
  q: string;
  kind: ExplorerKind | null;
  /** Start of the range, inclusive: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (the start of that period); null for none. */
  from: string | null;
  /** End of the range, inclusive: the end of that period; null for none. */
  to: string | null;
  /** Only the milestones. */
  milestones: boolean;
}

export interface ExplorerState extends ExplorerFilters {
  /** The selected entry's id, or null. */
  event: string | null;
  view: ExplorerView;
  /** The list view's page, from 1 (LIST_PAGE_SIZE entries a page, newest first). */
  page: number;
  /** The timeline's window as the URL writes it (lib/url-params/window.ts), or null: it frames the results. */
  window: string | null;
}

/** Entries per page of the list view: a page stays light even when the chronology is large. */
export const LIST_PAGE_SIZE = 200;

export const emptyFilters: ExplorerFilters = { outlets: [], partners: [], q: '', kind: null, from: null, to: null, milestones: false };
export const initialState: ExplorerState = { ...emptyFilters, event: null, view: 'timeline', page: 1, window: null };
