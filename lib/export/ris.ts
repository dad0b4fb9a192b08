import type { Lang } from '@/lib/i18n/lang';
import { dateParts, foldLines, publishedOn, type ExportRecord } from './record';

/** RIS has no field for the day an event happened: a note (N1) says it, in the file's language. */
const EVENT_DAY_NOTE: Record<Lang, (date: string, dateEnd: string | null, scheduled: boolean) => string> = {
  ja: (date, dateEnd, scheduled) => `出来事の日: ${date}${dateEnd ? `〜${dateEnd}` : ''}${scheduled ? '（予定）' : ''}`,
  en: (date, dateEnd, scheduled) => `Event date: ${date}${dateEnd ? ` to ${dateEnd}` : ''}${scheduled ? ' (scheduled)' : ''}`,
};

/**
 * One tagged line: two letters, two spaces, a hyphen, a space, the value on one line. Runs of
 * spaces become one: readers (citation-js among them) split a line at `  - ` wherever it is, so
 * a value holding one would lose its end.
 */
function line(tag: string, value: string): string {
  return `${tag}  - ${foldLines(value).replace(/ {2,}/g, ' ').trim()}\r\n`;
}

/**
 * A record in RIS: a news event as `NEWS` (its outlet as the publication, T2), a statement as
 * `GOVDOC` by the body that issued it (AU) and published by its site (PB). Every value is kept
 * on its one line, so no text can start a tag of its own; each record ends with `ER  - `.
 */
export function risRecord(record: ExportRecord, exportedOn: string, lang: Lang = 'ja'): string {
  const [year, month, day] = dateParts(publishedOn(record));
  const pad = (n: number) => String(n).padStart(2, '0');
  let text = line('TY', record.kind === 'news' ? 'NEWS' : 'GOVDOC');
  text += line('ID', record.id);
  text += line('TI', record.title);
  if (record.kind === 'news' && record.outletName) text += line('T2', record.outletName);
  // The issuing body is the author; the site only the publisher (PB), never the author.
  if (record.kind === 'statement' && record.issuer) text += line('AU', record.issuer);
  if (record.kind === 'statement' && record.publisher) text += line('PB', record.publisher);
  text += line('DA', `${year}/${pad(month)}/${pad(day)}/`);
  text += line('PY', String(year));
  text += line('Y2', exportedOn.replaceAll('-', '/'));
  text += line('UR', record.permalink);
  text += line('LA', 'ja');
  if (record.summary !== '') text += line('AB', record.summary);
  // RIS has no field for the day an event happened: a note says it where it is not the publication's.
  if (record.date !== publishedOn(record) || record.dateEnd) text += line('N1', EVENT_DAY_NOTE[lang](record.date, record.dateEnd, record.dateStatus === 'scheduled'));
  for (const partner of record.partners) text += line('KW', partner.name);
  return `${text}ER  - \r\n\r\n`;
}

/** Some records in RIS, one after another. */
export function risRecords(records: readonly ExportRecord[], exportedOn: string, lang: Lang = 'ja'): string {
  return records.map((record) => risRecord(record, exportedOn, lang)).join('');
}
