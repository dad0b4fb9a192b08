/**
 * Citations of one entry, as text: Japanese (the usual forms for newspaper articles and for
 * government releases) and English (Chicago notes-bibliography), each with the permalink and the
 * date accessed, plus the data version a citation points to. Pure functions on plain values: the
 * pages render them on the server and the explorer's detail panel in the browser.
 */
import { outletGazetteer } from '../gazetteer/outlets';
import type { ExplorerItem } from '../explorer/types';
import { issuerNamed, type Issuer } from './issuer';

/** What a citation needs to know of an entry. */
export interface CiteSource {
  kind: 'news' | 'statement';
  title: string;
  /**
   * The date of publication, YYYY-MM-DD: a news article's (the report, not the day it tells of), a
   * statement's event day (the day of the release).
   */
  date: string;
  /** For news: the outlet (Japanese and English names) and the aggregator it came through. */
  outlet: { name: string; nameEn: string; via: string | null } | null;
  /** For a statement: the body that issued it, or null when its lead names none (never the site). */
  issuer: Issuer | null;
  /** For a statement: the site it was read on, its publisher. */
  publisher: string | null;
  /** The entry's absolute permalink. */
  url: string;
}

/** The chronology's state a citation points to (lib/chronology/load.ts's DataVersion). */
export interface CiteVersion {
  hash: string;
  date: string | null;
}

/** What every citation on a page shares: the site's origin, the access date, the data version. */
export interface CiteContext {
  /** `https://host`, no trailing slash. */
  origin: string;
  /** YYYY-MM-DD in Asia/Tokyo (access-date.ts says why). */
  accessDate: string;
  version: CiteVersion;
}

export interface Citations {
  ja: string;
  chicagoNote: string;
  chicagoBibliography: string;
  versionJa: string;
  versionEn: string;
}

/** The citation source of an explorer item; `origin` is the site's `https://host` (no slash). */
export function citeSourceFromItem(
  item: Pick<ExplorerItem, 'kind' | 'title' | 'date' | 'reported' | 'outlet' | 'issuer' | 'publisher' | 'permalink'>,
  origin: string,
): CiteSource {
  const known = item.outlet ? outletGazetteer.find((entry) => entry.key === item.outlet?.key) : undefined;
  return {
    kind: item.kind,
    title: item.title,
    date: item.kind === 'news' ? (item.reported?.date ?? item.date) : item.date,
    outlet: item.outlet ? { name: item.outlet.name, nameEn: known?.nameEn ?? item.outlet.name, via: item.outlet.via } : null,
    issuer: item.kind === 'statement' ? issuerNamed(item.issuer) : null,
    publisher: item.kind === 'statement' ? item.publisher : null,
    url: `${origin}${item.permalink}`,
  };
}

function dateParts(isoDate: string): [number, number, number] {
  const [year = 0, month = 0, day = 0] = isoDate.split('-').map(Number);
  return [year, month, day];
}

/** `2025年6月26日`: no weekday, no zero padding, as Japanese citations write dates. */
export function jaCitationDate(isoDate: string): string {
  const [year, month, day] = dateParts(isoDate);
  return `${year}年${month}月${day}日`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `June 26, 2025`. */
export function enCitationDate(isoDate: string): string {
  const [year, month, day] = dateParts(isoDate);
  return `${MONTHS[month - 1] ?? ''} ${day}, ${year}`;
}

/**
 * A title inside 「」: its own 「」 become 『』, as Japanese writing nests quotations. Anything else
 * (brackets, ASCII quotes, markup-like text) is kept as written.
 */
function jaQuoted(title: string): string {
  return `「${title.replace(/「/g, '『').replace(/」/g, '』')}」`;
}

/**
 * A title inside Chicago's double quotes, with the final period or comma inside them unless the
 * title already ends in a mark of its own. Double quotes within become single ones (nesting).
 */
function enQuoted(title: string, punctuation: '.' | ','): string {
  let open = true;
  const nested = title
    .replace(/"/g, () => {
      const mark = open ? '‘' : '’';
      open = !open;
      return mark;
    })
    .replace(/“/g, '‘')
    .replace(/”/g, '’');
  const ends = /[.?!。？！]$/u.test(nested);
  return `“${nested}${ends ? '' : punctuation}”`;
}

function outletJa(outlet: NonNullable<CiteSource['outlet']>): string {
  return `『${outlet.name}』${outlet.via ? `（${outlet.via}経由）` : ''}`;
}

function outletEn(outlet: NonNullable<CiteSource['outlet']>): string {
  return outlet.via ? `${outlet.nameEn} (via ${outlet.via})` : outlet.nameEn;
}

function issuerEn(source: CiteSource): string | null {
  return source.issuer ? (source.issuer.en ?? source.issuer.ja) : null;
}

/** `（Jディフェンスニュース掲載）`: where a statement was read, after its date; '' for none. */
function publisherJa(source: CiteSource): string {
  return source.publisher ? `（${source.publisher}掲載）` : '';
}

/**
 * `「標題」『紙名』2025年6月26日、URL（2026年12月1日閲覧）` for news;
 * `防衛省「標題」2024年7月28日（Jディフェンスニュース掲載）、URL（…閲覧）` for a statement, which
 * opens with its title when no issuing body is known (the site is never its author).
 */
export function formatJaCitation(source: CiteSource, accessDate: string): string {
  const head =
    source.kind === 'news' && source.outlet
      ? `${jaQuoted(source.title)}${outletJa(source.outlet)}${jaCitationDate(source.date)}`
      : `${source.issuer?.ja ?? ''}${jaQuoted(source.title)}${jaCitationDate(source.date)}${publisherJa(source)}`;
  return `${head}、${source.url}（${jaCitationDate(accessDate)}閲覧）`;
}

/**
 * Chicago notes-bibliography, note form: `“Title,” Outlet, June 26, 2025, accessed …, URL.`; a
 * statement `Issuer, “Title,” July 28, 2024, via Site, accessed …`, without the issuer when none is known.
 */
export function formatChicagoNote(source: CiteSource, accessDate: string): string {
  const accessed = `accessed ${enCitationDate(accessDate)}, ${source.url}.`;
  if (source.kind === 'news' && source.outlet) {
    return `${enQuoted(source.title, ',')} ${outletEn(source.outlet)}, ${enCitationDate(source.date)}, ${accessed}`;
  }
  const issuer = issuerEn(source);
  const via = source.publisher ? ` via ${source.publisher},` : '';
  return `${issuer ? `${issuer}, ` : ''}${enQuoted(source.title, ',')} ${enCitationDate(source.date)},${via} ${accessed}`;
}

/**
 * Chicago notes-bibliography, bibliography entry. An unsigned newspaper article is listed under
 * the paper's name (CMOS 14.207); a release under its issuing body, else under its title.
 */
export function formatChicagoBibliography(source: CiteSource, accessDate: string): string {
  const accessed = `Accessed ${enCitationDate(accessDate)}. ${source.url}.`;
  if (source.kind === 'news' && source.outlet) {
    return `${outletEn(source.outlet)}. ${enQuoted(source.title, '.')} ${enCitationDate(source.date)}. ${accessed}`;
  }
  const issuer = issuerEn(source);
  const via = source.publisher ? ` Via ${source.publisher}.` : '';
  return `${issuer ? `${issuer}. ` : ''}${enQuoted(source.title, '.')} ${enCitationDate(source.date)}.${via} ${accessed}`;
}

/** `データ版 0123456789（2025-06-26）`. */
export function formatVersionJa(version: CiteVersion): string {
  return `データ版 ${version.hash}${version.date ? `（${version.date}）` : ''}`;
}

/** `Data version 0123456789 (2025-06-26)`. */
export function formatVersionEn(version: CiteVersion): string {
  return `Data version ${version.hash}${version.date ? ` (${version.date})` : ''}`;
}

/** Every citation of one entry. */
export function citationsFor(source: CiteSource, accessDate: string, version: CiteVersion): Citations {
  return {
    ja: formatJaCitation(source, accessDate),
    chicagoNote: formatChicagoNote(source, accessDate),
    chicagoBibliography: formatChicagoBibliography(source, accessDate),
    versionJa: formatVersionJa(version),
    versionEn: formatVersionEn(version),
  };
}
