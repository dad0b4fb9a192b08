import { dateParts, publishedOn, type ExportRecord } from './record';

/** One item of CSL-JSON (the CSL 1.0.2 data schema), as much of it as we write. */
export interface CslItem {
  id: string;
  type: 'article-newspaper' | 'report';
  title: string;
  'container-title'?: string;
  author?: { literal: string }[];
  publisher?: string;
  issued: { 'date-parts': [[number, number, number]] };
  /** The day the event happened (a range: both ends), when it is not the day of publication. */
  'event-date'?: { 'date-parts': [[number, number, number]] | [[number, number, number], [number, number, number]] };
  accessed: { 'date-parts': [[number, number, number]] };
  URL: string;
  language: 'ja';
  abstract?: string;
  /** The partners' names, comma-separated (CSL has one string for keywords). */
  keyword?: string;
  source?: string;
}

/**
 * A record as CSL-JSON: a news event is an `article-newspaper` in its outlet; a statement is a
 * `report` (a government release, as Zotero's "Report") by the body that issued it, published by
 * the site it comes from.
 */
export function toCslItem(record: ExportRecord, exportedOn: string): CslItem {
  const item: CslItem = {
    id: record.id,
    type: record.kind === 'news' ? 'article-newspaper' : 'report',
    title: record.title,
    issued: { 'date-parts': [dateParts(publishedOn(record))] },
    accessed: { 'date-parts': [dateParts(exportedOn)] },
    URL: record.permalink,
    language: 'ja',
  };
  if (record.date !== publishedOn(record) || record.dateEnd) {
    item['event-date'] = { 'date-parts': record.dateEnd ? [dateParts(record.date), dateParts(record.dateEnd)] : [dateParts(record.date)] };
  }
  if (record.summary !== '') item.abstract = record.summary;
  if (record.partners.length > 0) item.keyword = record.partners.map((partner) => partner.name).join(',');
  if (record.kind === 'news') {
    if (record.outletName) item['container-title'] = record.outletName;
  } else {
    // The issuing body is the author; the site it was read on only the publisher, never the author.
    if (record.issuer) item.author = [{ literal: record.issuer }];
    if (record.publisher) item.publisher = record.publisher;
  }
  return item;
}

/** Some records as the items of a CSL-JSON array, each but the very first after a comma. */
export function cslJsonItems(records: readonly ExportRecord[], offset: number, exportedOn: string): string {
  return records.map((record, index) => `${offset + index === 0 ? '' : ','}\n${JSON.stringify(toCslItem(record, exportedOn))}`).join('');
}
