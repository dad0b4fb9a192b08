/**
 * Every string of the interface, in English: the same shape as ja.ts (the type check fails on a
 * missing key), worded for readers in Europe and beyond. Source text is never translated here.
 */
import { MAX_QUERY_LENGTH } from '@/lib/search/query';
import { anchorParts, snippetParagraph } from './anchor-parts';
import type { ja } from './ja';
import { plural } from './plural';
import type { Shape } from './shape';

const events = (count: number) => plural(count, 'event', 'events');

export const en = {
  appName: 'Japan–NATO/EU Security Chronology',
  appTagline: 'A chronology of Japan’s security relations with NATO, the EU and European states (2013–2025)',
  skipToContent: 'Skip to main content',
  siteNav: 'Site',
  timelineRegion: 'Timeline',
  timelineLoading: 'Loading the timeline…',
  explorer: {
    heading: 'Explore the chronology',
    viewSwitch: 'View',
    viewTimeline: 'Timeline',
    viewList: 'List',
    resultCount: (shown: number, total: number) => (shown === total ? `Showing all ${events(total)}` : `Showing ${shown.toLocaleString('en-GB')} of ${events(total)}`),
    noResults: 'No events match these filters. Remove some of them, or clear them all.',
    noData: 'There are no events to show yet.',
    itemsFailed: 'The events could not be loaded. Please reload the page. The list view can be read without loading them.',
    loadingItems: 'Loading the events…',
    textMatchesFailed: 'The full text of statements and press conferences could not be searched, so they are filtered by their titles and leads only.',
    droppedHeading: 'Part of the URL could not be read and was ignored.',
    dropped: {
      'unknown-outlet': (value: string) => `No news outlet “${value}” was found`,
      'unknown-partner': (value: string) => `No partner “${value}” was found`,
      'query-too-long': (value: string) => `The keywords are too long (${[...value].length} characters; the limit is ${MAX_QUERY_LENGTH})`,
      'invalid-encoding': () => 'The keywords were not validly encoded, so they were not used',
      'unknown-kind': (value: string) => `There is no type “${value}”`,
      'unknown-view': (value: string) => `There is no view “${value}”`,
      'unknown-event': (value: string) => `No event “${value}” was found`,
      'invalid-page': (value: string) => `Page number “${value}” cannot be used (a whole number, 1 or more)`,
      'unknown-order': (value: string) => `There is no order “${value}” (newest or relevance)`,
      repeated: (value: string) => `Given more than once: “${value}”`,
    },
    dismiss: 'Dismiss this notice',
    noscript: 'The timeline needs JavaScript. The list view shows every event.',
    noscriptLink: 'Go to the list view',
    yearIndexHeading: 'Events by year',
    yearIndexHint: 'Choose a year to move the timeline to it.',
    yearLabel: (year: string, count: number) => `${year}: ${events(count)}`,
    selectedAnnouncement: (date: string, title: string) => `${date}: ${title}`,
  },
  timeline: {
    /** Ends in a space: the timeline writes the instructions right after it (Japanese needs none between sentences). */
    clickHint: 'Click an event to open its details. ',
    instructions:
      'Use the ← and → keys to move to the previous or next event and open it. Enter opens the selected item. Zoom with the buttons or Ctrl + mouse wheel; drag to move.',
    controls: 'Timeline controls',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fitAll: 'Show the whole period',
    lanes: 'Lanes',
    lanesNone: 'None',
    lanesKind: 'By type',
    lanesPartner: 'By partner',
    laneNews: 'News',
    laneStatement: 'Statements',
    laneNato: 'NATO',
    laneEu: 'EU',
    laneEurope: 'European states',
    laneOther: 'Others',
    /** vis-timeline fills in `{count}`; a cluster always holds two or more. */
    clusterTitle: '{count} events (click to zoom in)',
    clusterCount: (count: number) => count.toLocaleString('en-GB'),
    itemLabel: (date: string, title: string, kind: string) => `${date}, ${kind}: ${title}`,
    failed: 'The timeline could not be shown. Please use the list view.',
    touchInstructions: 'Drag left or right to move; zoom with the buttons. Tap an item to open its details.',
    open: 'Show the timeline',
    openHint: (first: string, last: string, count: number) => `See ${events(count)} from ${first} to ${last} on a timeline you can zoom`,
  },
  filters: {
    heading: 'Filters',
    summary: (active: number) => (active > 0 ? `Filters (${active} active)` : 'Filters'),
    outlets: 'News outlets',
    outletsHint: 'Articles from any of the chosen outlets',
    partners: 'Partners',
    partnersHint: 'Events involving any of the chosen partners',
    query: 'Keywords',
    queryPlaceholder: 'e.g. Secretary General, ACSA',
    queryHint: `Searches the headlines, summaries and notes of news reports, and the whole text of statements and press conferences (English text and questions and answers included). Full-width and half-width characters, and upper and lower case, count as the same. Up to ${MAX_QUERY_LENGTH} characters.`,
    queryTooLong: (length: number) => `The keywords are too long (${length} characters; the limit is ${MAX_QUERY_LENGTH}). Please shorten them.`,
    kind: 'Type',
    kindAll: 'All',
    kindNews: 'News',
    kindStatement: 'Statements',
    /** A bare count beside each option: the option's label says what is counted. */
    count: (n: number) => n.toLocaleString('en-GB'),
    submit: 'Apply filters',
    clear: 'Clear all',
  },
  panel: {
    label: 'Event details',
    close: 'Close',
    closeLabel: 'Close the details',
    kindNews: 'News',
    statementKinds: {
      'joint-statement': 'Joint statement',
      meeting: 'Meeting',
      'press-conference': 'Press conference',
      other: 'Announcement',
    },
    date: 'Date of the event',
    reported: (kind: 'news' | 'statement') => (kind === 'news' ? 'reported' : 'published'),
    scheduled: 'scheduled',
    outlet: 'News outlet',
    /** Written right after the outlet's name: English sets the bracket off with a space. */
    via: (via: string) => ` (via ${via})`,
    id: 'ID',
    partners: 'Partners',
    partnerFilter: (name: string) => `Filter by ${name}`,
    partnerPages: 'Pages:',
    partnerPage: (name: string) => `The page on ${name}`,
    summary: 'Summary',
    lead: 'Lead',
    notes: 'Notes',
    refs: 'Related articles',
    refUnresolved: 'Not in this chronology',
    relatedStatements: 'Related statements and press conferences',
    relatedEvents: 'Related news',
    permalink: 'This event’s page',
    readFullText: 'Read the full text',
    previous: 'Previous event',
    next: 'Next event',
    intro: (news: number, statements: number, firstYear: string, lastYear: string) =>
      `This chronology holds ${plural(news, 'news report', 'news reports')} and ${plural(statements, 'statement or press conference', 'statements or press conferences')} from ${firstYear} to ${lastYear}. A circle with a number groups events close in time; click it to zoom in.`,
    outsideFilters: 'This event is outside the current filters.',
    passages: (query: string) => `“${query}” in the text`,
    passagesCount: (units: number, shown: number) =>
      units > shown ? `The first ${shown.toLocaleString('en-GB')} of ${plural(units, 'passage', 'passages')}` : plural(units, 'passage', 'passages'),
    passageLabel: (field: string, anchor: string | null, speaker: string | null) => {
      const number = snippetParagraph(anchor);
      if (field === 'turn') return speaker ? `${speaker}:` : 'Q&A:';
      if (field === 'lead') return 'Lead:';
      if (field === 'heading') return 'Heading:';
      if (field === 'english') return number ? `English, paragraph ${number}:` : 'English:';
      return number ? `Paragraph ${number}:` : 'Text:';
    },
  },
  list: {
    heading: 'List',
    order: 'Newest first (the latest event at the top).',
    yearHeading: (year: string) => `${year}`,
    showOnTimeline: 'Show on the timeline',
    readFullText: 'Read the full text',
    pages: 'Pages',
    pageRange: (first: number, last: number, total: number) =>
      `${first.toLocaleString('en-GB')}–${last.toLocaleString('en-GB')} of ${events(total)}`,
    previousPage: 'Previous page (newer events)',
    nextPage: 'Next page (older events)',
    pageLabel: (page: number, count: number) => `Page ${page} of ${count}`,
    pageLink: (page: number) => `Page ${page}`,
    pastLastPage: (asked: number, count: number) => `There is no page ${asked}. Showing the last page, page ${count}.`,
  },
  search: {
    navLink: 'Full-text search',
    title: 'Full-text search',
    intro: 'Searches the headlines, summaries and notes of news reports, and the full text of statements and press conferences (their Japanese and English paragraphs, questions and answers).',
    query: 'Search terms',
    queryPlaceholder: 'e.g. ACSA "joint statement" -China',
    submit: 'Search',
    order: 'Order',
    orderNewest: 'Newest first',
    orderRelevance: 'Most relevant first',
    filters: (active: number) => (active > 0 ? `Filter by outlet and partner (${active} selected)` : 'Filter by outlet and partner'),
    helpHeading: 'How to search',
    help: [
      'Words separated by spaces find entries containing all of them (AND).',
      'Words in quotation marks, as in "joint statement", are found as that exact phrase.',
      'A minus before a word, as in -China, leaves out entries containing it.',
      'Full-width and half-width characters (ＮＡＴＯ and NATO), and upper and lower case, count as the same.',
      'Japanese needs no spaces between words. Line breaks and spaces inside a word are ignored too.',
    ],
    noticeHeading: 'About your search terms',
    resultCount: (total: number) => `${plural(total, 'result', 'results')} found`,
    byKind: (news: number, statements: number) =>
      `${plural(news, 'news report', 'news reports')}, ${plural(statements, 'statement or press conference', 'statements and press conferences')}`,
    noResults: 'Nothing matched. Use fewer words, or clear the filters.',
    span: (first: string, last: string) => (first === last ? `Everything found is from a single day, ${first}.` : `The first match is from ${first}, the last from ${last}.`),
    chartTitle: (query: string) => `Events containing “${query}”, by year`,
    chartDescription: (first: number, last: number, max: number) =>
      `Bar chart from ${first} to ${last}. The vertical axis counts events (at most ${max.toLocaleString('en-GB')}); each bar has its count above it.`,
    chartYearAxis: 'Year',
    chartCountAxis: 'Events',
    chartTable: 'Show the counts by year as a table',
    tableYear: 'Year',
    tableCount: 'Events',
    results: 'Results',
    previousPage: 'Previous page',
    nextPage: 'Next page',
    source: 'Published on',
    snippets: 'Matches in the text',
    fields: {
      title: 'Headline',
      summary: 'Summary',
      note: 'Note',
      lead: 'Lead',
      heading: 'Heading',
      paragraph: 'Text',
      english: 'English',
      turn: 'Q&A',
    },
    showOnTimeline: 'Show on the timeline',
    openEntry: 'Open the page',
  },
  eventPage: {
    breadcrumbs: 'Breadcrumb',
    neighbours: 'Previous and next events',
    backToTimeline: 'See this event on the timeline',
    home: 'Chronology home',
    metadata: 'Bibliographic details',
    previous: 'Previous event',
    next: 'Next event',
    source: 'Source text',
    sourceSummary: (file: string, line: number, column: number) => `Show the source text (${file}, line ${line}, column ${column})`,
    sourceHint: 'The entry exactly as the digest gives it. Every field shown on this page is read from it.',
    notices: 'Notes on reading the source',
    noticesHint: 'Inconsistencies in the source, and what reading it filled in or removed. The source itself is left unchanged.',
    position: (line: number, column: number) => `line ${line}, column ${column}`,
    eventDateFrom: 'The date of the event was read from this passage of the summary (where it differs from the date of the report, both are given).',
  },
  diagnostics: {
    'placeholder-time': 'The time “00:00” was taken as a placeholder, so the entry has no time.',
    'invalid-time': 'The time could not be read, so the entry has no time.',
    'html-leftover': 'Leftover HTML was removed from the summary.',
    'unresolved-ref': 'The related article referred to is not in this chronology.',
    'malformed-ref': 'A reference to a related article is malformed, so it was left in the summary as written.',
    'date-id-mismatch': 'The date does not match the month and day in the ID. The date as written is used.',
    'date-issue-mismatch': 'The year of the date does not match the digest issue in the ID. The date as written is used.',
    'unknown-outlet': 'The news outlet is not in the list of outlets, so the word before the headline was read as its name.',
    'missing-title': 'The headline is missing.',
    'empty-summary': 'The summary is missing.',
    'long-entry-head': 'The headline part is unusually long: the start of the entry may have been misread.',
    'ambiguous-event-date': 'The first sentence of the summary has two dates, so the date of the event is left open and the date of the report is used.',
    'impossible-event-date': 'The date in the summary does not exist in its month, so the date of the report is used.',
    'future-event-date': 'The date in the summary is after the date of the report and is not described as planned, so the date of the report is used.',
  },
  notFound: {
    title: 'Page not found',
    body: 'The page you were looking for could not be found. Please check that the URL is correct.',
    home: 'Back to the chronology',
  },
  footer: {
    sources:
      'Sources: articles from news outlets (their headlines and summaries, as collected in a news digest) and announcements by the Ministry of Defense, the Ministry of Foreign Affairs and others (statements and press conferences, read in full as republished on news sites; each page names the issuer and the site). Dates are those of the events; where the date of a report or publication differs, both are given.',
    partnersRule: '“Partners” are NATO, the EU and the countries that an article names in their relations with Japan.',
    dataVersion: (hash: string, date: string | null) => `Data version ${hash}${date ? ` (entries up to ${date})` : ''}`,
  },
  errorPage: {
    title: 'Something went wrong',
    body: 'The page could not be shown. Please wait a moment and try again.',
    retry: 'Try again',
    home: 'Back to the chronology',
  },
  related: {
    evidenceLabel: 'Why they are related',
    namesPartner: (name: string) => `Mentions ${name}:`,
    sharesTerm: (term: string) => `Shares the headline term “${term}”:`,
    anchorLabel: (anchor: string) => {
      const parts = anchorParts(anchor);
      if (parts.kind === 'place') {
        const within = parts.turn ? `Q&A ${parts.turn}` : parts.section === '0' ? 'Opening' : `Section ${parts.section ?? ''}`;
        return `${within}, paragraph ${parts.paragraph}`;
      }
      const within = parts.section ? `Section ${parts.section}` : '';
      if (parts.paragraph) return within ? `${within}, paragraph ${parts.paragraph}` : `Paragraph ${parts.paragraph}`;
      if (parts.english) return within ? `${within}, English paragraph ${parts.english}` : `English paragraph ${parts.english}`;
      if (parts.turn) return `Q&A ${parts.turn}`;
      return within || anchor;
    },
  },
  statement: {
    backToTimeline: 'See this statement on the timeline',
    metadata: 'Bibliographic details',
    eventDate: 'Date held',
    publishedAt: 'Published',
    kind: 'Type',
    partners: 'Partners',
    noPartners: 'None',
    source: 'Published on',
    issuer: 'Issued by',
    issuerUnknown: 'The lead does not say who issued it',
    category: 'Category',
    unknown: 'Unknown',
    lead: 'Lead',
    text: 'Text',
    bilingualNote: 'The Japanese (a provisional translation) and the English original, side by side, paragraph by paragraph.',
    japaneseColumn: 'Japanese (provisional translation)',
    englishColumn: 'English (original)',
    dialogue: 'Questions and answers',
    relatedEvents: 'Related news',
    relatedHint: (days: number) =>
      `News reports that share a partner with this statement, dated within ${plural(days, 'day', 'days')} of it, where the statement mentions that partner or the report’s headline has a distinctive term found in the statement. The paragraph that links them is shown.`,
    noRelatedEvents: 'No news related to this statement was found.',
  },
} satisfies Shape<typeof ja>;
