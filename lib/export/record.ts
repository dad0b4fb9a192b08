import type { Lang } from '@/lib/i18n/lang';

/**
 * One entry of the chronology as every export format writes it: plain strings, resolved on the
 * server (outlet names, partner names, the absolute permalink, the source position), so that the
 * writers stay pure and can be tested on any text.
 */
export interface ExportRecord {
  kind: 'news' | 'statement';
  /** Event id (`2507-062601`) or statement slug. */
  id: string;
  /** The day it happened, YYYY-MM-DD, as the timeline places it (a news event's day from its summary, else its report's). */
  date: string;
  /** The last day of a range the text gives (`8~10日`), else null. */
  dateEnd: string | null;
  /** `date` is a scheduled day (announced) or the day by which it happened; null for a day it happened. */
  dateStatus: 'scheduled' | 'by' | null;
  /** When the source reported it: a news article's date (always) and time; a statement's publication on its site, or null. */
  reportedDate: string | null;
  reportedTime: string | null;
  /** One of the chronology's milestones, and the editor's label for it (or null). */
  milestone: boolean;
  milestoneLabel: string | null;
  /** The outlet's key (`nikkei`) and Japanese name; null for a statement. */
  outletKey: string | null;
  outletName: string | null;
  /** The aggregator a news article came through (`Yahoo`), or null. */
  aggregator: string | null;
  title: string;
  /** A news event's summary, a statement's lead. */
  summary: string;
  partners: { code: string; name: string }[];
  /** The entry's page on this site, absolute. */
  permalink: string;
  /** Where the entry is written: `digest/file.txt:LINE:COL`, or null when unknown. */
  source: string | null;
  /** For a statement: the body that issued it (`防衛省`), when its lead names one; never the site. Else null. */
  issuer: string | null;
  /** For a statement: the site that published it, else null. */
  publisher: string | null;
}

/**
 * The date a citation gives as the date of publication: a news article's own date (the report,
 * not the day it tells of), a statement's day (the release's).
 */
export function publishedOn(record: ExportRecord): string {
  return record.kind === 'news' ? (record.reportedDate ?? record.date) : record.date;
}

/** What an export says about itself: the filters it applied and the data it was read from. */
export interface ExportMeta {
  /** The accepted filters, as the API reads them. */
  filters: Record<string, unknown>;
  /** The data version (lib/data getDataVersion). */
  version: { hash: string; date: string | null };
  /** How many records follow. */
  count: number;
  /** The day of the export, YYYY-MM-DD (the access date of a citation). */
  exportedOn: string;
  /** The language of the words the file adds (RIS's note on the event's day); the sources' own text is never translated. */
  lang?: Lang;
}

/** Half of a UTF-16 surrogate pair with no other half: not a character, and not valid in UTF-8. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * The record every writer is given: each text with any lone surrogate replaced by U+FFFD. No UTF-8
 * file can hold one, but a string cut in the middle of a pair can; left in, the UTF-8 body would
 * carry U+FFFD while JSON and CSL-JSON would write a `\ud800` escape that readers refuse or keep.
 * Replaced here, at the one door into the writers, every format carries the same text.
 */
export function exportRecord(draft: ExportRecord): ExportRecord {
  const text = (value: string) => value.replace(LONE_SURROGATE, '\uFFFD');
  const optional = (value: string | null) => (value === null ? null : text(value));
  return {
    kind: draft.kind,
    id: text(draft.id),
    date: text(draft.date),
    dateEnd: optional(draft.dateEnd),
    dateStatus: draft.dateStatus,
    reportedDate: optional(draft.reportedDate),
    reportedTime: optional(draft.reportedTime),
    milestone: draft.milestone,
    milestoneLabel: optional(draft.milestoneLabel),
    outletKey: optional(draft.outletKey),
    outletName: optional(draft.outletName),
    aggregator: optional(draft.aggregator),
    title: text(draft.title),
    summary: text(draft.summary),
    partners: draft.partners.map((partner) => ({ code: text(partner.code), name: text(partner.name) })),
    permalink: text(draft.permalink),
    source: optional(draft.source),
    issuer: optional(draft.issuer),
    publisher: optional(draft.publisher),
  };
}

/** The calendar parts of a YYYY-MM-DD date, never through a Date (no time zone can move it). */
export function dateParts(date: string): [number, number, number] {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return [year, month, day];
}

/**
 * Folds line breaks (and other control characters) to single spaces: RIS and BibTeX give a line
 * a meaning, and a break inside a value would end the field or the record.
 */
export function foldLines(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ');
}
