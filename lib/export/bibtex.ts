import { dateParts, foldLines, publishedOn, type ExportRecord } from './record';

/**
 * LaTeX's special characters as text-mode commands. Braces become `\textbraceleft{}` rather than
 * `\{`: BibTeX counts every brace, escaped or not, so a lone `\{` would leave the field open.
 */
const SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '%': '\\%',
  '&': '\\&',
  '#': '\\#',
  $: '\\$',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
};

/**
 * Pairs that TeX (and readers that follow it, such as citation-js) set as one glyph: `--` as an en
 * dash, ``` `` ``` and `''` as curly quotes, `<<` `>>` `,,` as guillemets and low quotes, `!``
 * `?`` as inverted marks. An empty group between the two keeps each character as written.
 */
const LIGATURE_START = /-(?=-)|`(?=`)|'(?=')|<(?=<)|>(?=>)|,(?=,)|[!?](?=`)/g;

/**
 * A value for a braced BibTeX field: on one line, every special character escaped and every
 * ligature broken. Runs of blank space read as one space, as TeX reads them.
 */
export function escapeBibtex(text: string): string {
  return foldLines(text)
    .trim()
    .replace(/[\\{}%&#$_^~]/g, (char) => SPECIAL[char] ?? char)
    .replace(LIGATURE_START, '$&{}');
}

/**
 * A URL for the verbatim `url` field: nothing escaped with backslashes (biblatex would keep them),
 * but the few characters that could end the field or the line percent-encoded.
 */
export function bibtexUrl(url: string): string {
  return url.replace(/[{}\\\s"]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;

/** An entry key of ASCII letters, digits and `-` (what every reference manager accepts). */
export function bibtexKey(record: ExportRecord): string {
  return `${record.kind}-${record.id}`.replace(/[^A-Za-z0-9-]+/g, '-');
}

/**
 * Writes BibTeX entries, keeping their keys unique across the whole file: a news event as an
 * `@article` in its outlet (`journal`), as Zotero, EndNote and Mendeley import newspaper articles,
 * and a statement as `@misc` by its issuing body (`author` in double braces, a corporate name;
 * `organization`), published by its site (`howpublished`). Dates as `year`/`month` (BibTeX) and
 * `date` (biblatex); `urldate` is the day of the export; the partners as `keywords`.
 */
export function createBibtexWriter(exportedOn: string): (records: readonly ExportRecord[]) => string {
  const usedKeys = new Set<string>();
  const uniqueKey = (record: ExportRecord) => {
    const base = bibtexKey(record);
    let key = base;
    for (let n = 2; usedKeys.has(key); n += 1) key = `${base}-${n}`;
    usedKeys.add(key);
    return key;
  };
  const entry = (record: ExportRecord) => {
    const published = publishedOn(record);
    const [year, month] = dateParts(published);
    const fields: [string, string][] = [['title', `{${escapeBibtex(record.title)}}`]];
    if (record.kind === 'news') {
      if (record.outletName) fields.push(['journal', `{${escapeBibtex(record.outletName)}}`]);
    } else {
      // The issuing body is the author; the site only the publisher (howpublished), never the author.
      if (record.issuer) fields.push(['author', `{{${escapeBibtex(record.issuer)}}}`], ['organization', `{${escapeBibtex(record.issuer)}}`]);
      if (record.publisher) fields.push(['howpublished', `{${escapeBibtex(record.publisher)}}`]);
    }
    fields.push(['year', `{${year}}`]);
    const monthName = MONTHS[month - 1];
    if (monthName) fields.push(['month', monthName]);
    fields.push(['date', `{${published}}`]);
    // biblatex's eventdate: the day the event happened, where it is not the day of publication.
    if (record.date !== published || record.dateEnd) fields.push(['eventdate', `{${record.date}${record.dateEnd ? `/${record.dateEnd}` : ''}}`]);
    fields.push(['url', `{${bibtexUrl(record.permalink)}}`], ['urldate', `{${exportedOn}}`], ['language', '{japanese}']);
    if (record.summary !== '') fields.push(['abstract', `{${escapeBibtex(record.summary)}}`]);
    if (record.partners.length > 0) fields.push(['keywords', `{${record.partners.map((partner) => escapeBibtex(partner.name)).join(', ')}}`]);
    const body = fields.map(([name, value]) => `  ${name} = ${value}`).join(',\n');
    return `@${record.kind === 'news' ? 'article' : 'misc'}{${uniqueKey(record)},\n${body}\n}\n\n`;
  };
  return (records) => records.map(entry).join('');
}
