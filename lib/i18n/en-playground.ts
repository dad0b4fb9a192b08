/**
 * The strings of /playground, in English: the same shape as ja-playground.ts. The parser reads
 * Japanese digests only, so the sample entry stays the Japanese one (see `bad.example`).
 */
import type { TextEncodingName } from '@/lib/playground/decode';
import { en } from './en';
import { jaPlayground } from './ja-playground';
import { plural } from './plural';
import type { Shape } from './shape';

export const enPlayground = {
  navLink: 'Playground',
  title: 'Check a digest',
  intro:
    'Paste the text of a digest or a statement, choose a file, or drop a file anywhere on this page: it is parsed on the spot, showing the events found and every problem with its position.',
  privacy: 'The text is parsed inside your browser only. It is not sent to the server and is not stored anywhere.',
  offlineReady: 'From now on, this page opens and works even without a network connection.',
  chooseFile: 'Choose a file',
  editorLabel: 'Text to parse',
  editorHint: 'Press Tab to move out of the editor.',
  dropHere: 'Drop here to parse',
  parsing: 'Parsing…',
  format: { digest: 'Read as a digest (a chronology of news reports).', statement: 'Read as a statement.' },
  encodingUsed: (encoding: TextEncodingName) =>
    encoding === 'utf-8'
      ? ''
      : `This file is not UTF-8, so it was read as ${encoding === 'shift_jis' ? 'Shift_JIS' : 'EUC-JP'}. Saving it gives UTF-8.`,
  fileLoaded: (name: string) => `Loaded “${name}”.`,
  bad: {
    empty: 'The file is empty.',
    noEntries: 'No event entries were found.',
    exampleIntro: 'An entry gives the date, time, news outlet, headline, <ID> and summary, in that order, like this (the digests are in Japanese):',
    /** Shared, not translated: a digest entry is source text in Japanese, the only language the parser reads. */
    example: jaPlayground.bad.example,
    binary: 'This file is not text (it looks like an image, a zip file, an Excel file or similar). Save the digest as a UTF-8 text file.',
    undecodable: 'This file could not be read as text in UTF-8, Shift_JIS or EUC-JP.',
    tooLarge: (megabytes: string) => `The file is too large (${megabytes} MB). The limit is 20 MB.`,
    unreadable: 'The file could not be read.',
  },
  results: {
    heading: 'Results',
    count: (entries: number) => plural(entries, 'event', 'events'),
    statementCount: '1 statement',
    statuses: { new: 'New', published: 'Published', changed: 'Changed' },
    statusCounts: (parts: string) => `Compared with the published data: ${parts}`,
    statusPart: (label: string, count: number) => `${label}: ${count.toLocaleString('en-GB')}`,
    statusSeparator: ', ',
    comparing: 'Comparing with the published data…',
    compareFailed: 'The published data could not be fetched, so nothing was compared.',
    /** Follows the counts, brackets included: English sets the bracket off with a space. */
    comparedWith: (version: string) => ` (data version ${version})`,
  },
  table: {
    caption: 'Events found (sort by a column heading; open the summary from a row heading)',
    columns: { id: 'ID', date: 'Date and time', outlet: 'News outlet', partners: 'Partners', title: 'Headline', status: 'Compared' },
    sortBy: (column: string, direction: 'ascending' | 'descending' | null) =>
      `Sort by ${column}${direction === 'ascending' ? ' (now ascending)' : direction === 'descending' ? ' (now descending)' : ''}`,
    noTime: '',
    noPartners: '—',
    summary: 'Summary',
    notes: 'Notes',
    noSummary: '(no summary)',
    page: (first: number, last: number, total: number) =>
      `${first.toLocaleString('en-GB')}–${last.toLocaleString('en-GB')} of ${plural(total, 'event', 'events')}`,
    pager: 'Table pages',
    previous: 'Previous',
    next: 'Next',
    showDifference: 'Differences from the site’s version',
    loadingDifference: 'Fetching the site’s version…',
    differenceFailed: 'The site’s version could not be fetched.',
    published: 'The site’s version',
    yours: 'This text',
  },
  chart: {
    title: 'Events by year',
    description: (first: number, last: number, total: number) =>
      `Bar chart of the ${plural(total, 'event', 'events')} in this text, counted by the year of the report, from ${first} to ${last}.`,
    yearCount: (year: number, count: number) => `${year}: ${plural(count, 'event', 'events')}`,
    yearEnd: (year: number) => String(year),
  },
  problems: {
    heading: 'Problems',
    summary: (errors: number, warnings: number) => `${plural(errors, 'error', 'errors')}, ${plural(warnings, 'warning', 'warnings')}`,
    none: 'No problems found.',
    severity: { error: 'Error', warning: 'Warning' },
    goTo: (line: number, column: number) => `Go to ${line}:${column}`,
    resolvedBySite: (count: number) =>
      `${plural(count, 'reference', 'references')} to related articles point to events already on the site, so they are not listed as problems.`,
    more: (shown: number, total: number) =>
      `Showing the first ${shown.toLocaleString('en-GB')} of ${plural(total, 'problem', 'problems')}. “Save the list of problems” gives them all.`,
  },
  takeAway: {
    heading: 'Save and share',
    saveText: 'Save the text (UTF-8)',
    saveJson: 'Save the events as JSON',
    saveReport: 'Save the list of problems (text)',
    reportNote: 'The list of problems has the same format as npm run parse -- digest FILE --format text.',
    exportFailed: 'Please save again once parsing has finished.',
    share: 'Create a share link',
    shareReady: 'Share link created. The link holds the text itself, compressed; what follows the # is never sent to the server.',
    shareLabel: 'Share link',
    shareTooLong: 'The text is too long for a link (about 8 KB once compressed). Save it as a file and share the file instead.',
    loadedFromLink: 'Loaded the text from the share link.',
    badLink: 'The text in the share link could not be read (the link may have been cut short).',
  },
  preview: {
    open: 'Open in the explorer',
    openNote:
      'Opens the events found in the site’s explorer (timeline, list and details) in another tab, as a preview of data that is not published. The data is kept in this browser and is not sent to the server.',
    preparing: 'Preparing the preview…',
    opened: (count: number) => `Opened a preview of ${plural(count, 'event', 'events')} in another tab.`,
    blocked: 'The browser stopped the new tab from opening. Open it here:',
    openLink: 'Open the preview',
    failed: 'The preview could not be prepared. Press the button again once the parse has finished.',
    storageFailed: 'This browser could not keep the preview (storage may not be allowed, as in private browsing).',
    pageTitle: 'Preview (unpublished data)',
    banner: 'Preview: this data is not published',
    bannerDetail: (fileName: string, count: number, made: string) =>
      `Showing ${plural(count, 'event', 'events')} of “${fileName}” as “Check a digest” read them at ${made}. This data is not published on the site: it is only in this browser (it was not sent to the server).`,
    intro: (news: number, statements: number, firstYear: string, lastYear: string) =>
      `This preview holds ${plural(news, 'news report', 'news reports')} and ${plural(statements, 'statement or press conference', 'statements or press conferences')} from ${firstYear} to ${lastYear} (not published). A circle with a number groups events close in time; click it to zoom in.`,
    back: 'Back to Check a digest',
    clear: 'Delete this preview',
    cleared: 'The preview was deleted.',
    loading: 'Loading the preview…',
    empty: 'There is nothing to preview. Load a text in “Check a digest” and press “Open in the explorer”: it shows here.',
    noItems: 'This text has no events that can be placed on a timeline (no entry has a date).',
    unreadable: 'This browser could not read the stored preview (storage may not be allowed, as in private browsing).',
  },
  diagnostics: {
    ...en.diagnostics,
    'unrecognised-header': 'Before the first entry there is text that is not the table’s header row (year, month, day, source, headline, summary).',
    'no-entries': 'No event entries were found. Each entry needs an ID such as <2507-062601> after its headline.',
    'unreadable-entry-head': 'This entry could not be read, so it was left out of the results (see the problem before it).',
    'missing-date': 'The date is missing.',
    'invalid-date': 'The date could not be read.',
    'duplicate-id': 'An entry with the same ID came earlier, so the later one was left out.',
    'trailing-residue': 'After the last entry there is text that belongs to no entry.',
    'stray-residue': 'Between two entries there are lines that belong to neither. They were left out of both.',
    'truncated-entry': 'The entry is cut off (there is no <ID> after its headline). Check that the file is complete.',
    'missing-title-date': 'The statement’s title has no date.',
    'missing-published-at': 'The statement’s publication date and time are missing.',
    'invalid-published-at': 'The statement’s publication date and time could not be read.',
    'missing-category': 'The statement’s category is missing.',
    'missing-lead': 'The statement’s lead (its first paragraph) is missing.',
    'missing-issuer':
      'The lead does not say who issued the statement (such as “the Ministry of Defense …” or “… the Minister of Defense …”). The citation names the site that published it as publisher, and no author.',
    'unplaced-line': 'A line fits in no part of the statement.',
    'unpaired-paragraph': 'The Japanese and English paragraphs do not pair up.',
    'missing-end-marker': 'The closing marker that ends the text of a statement is missing.',
    'malformed-milestone': 'A milestone line is malformed.',
    'unknown-milestone': 'A milestone line points to an ID that does not exist.',
    'duplicate-milestone': 'A milestone line is repeated.',
    'empty-input': 'The text is empty.',
    'file-too-large': 'The file is too large.',
    'binary-input': 'This is a binary file, not text.',
    'replacement-character': 'Some characters could not be read as UTF-8.',
    'schema-violation': 'The parsed result does not fit the chronology’s format.',
    'internal-error': 'A bug in the program stopped the parse. This is not a problem with your text.',
  },
} satisfies Shape<typeof jaPlayground>;
