/**
 * The strings of citing, printing and embedding, in English: the same shape as ja-cite.ts.
 */
import type { jaCite } from './ja-cite';
import { plural } from './plural';
import type { Shape } from './shape';

export const enCite = {
  cite: {
    heading: 'Cite',
    intro: 'Ready-made references for a paper or an article. The access date is today’s date in Japan.',
    japanese: 'Japanese',
    chicagoBibliography: 'English (Chicago, bibliography)',
    chicagoNote: 'English (Chicago, note)',
    version: 'Data version',
    versionHint: 'The citation points to this version of the data (also shown in the footer and in every API response).',
    copy: 'Copy',
    copyLabel: (what: string) => `Copy the citation: ${what}`,
    copied: 'Copied',
    copyFailed: 'Could not copy. Please select the text and copy it yourself.',
  },
  print: {
    heading: 'Print details',
    printedOn: (date: string) => `Printed ${date}`,
    filters: 'Filters',
    noFilters: 'All events (no filters)',
    outlets: 'News outlets',
    partners: 'Partners',
    query: 'Keywords',
    kind: 'Type',
    kinds: { news: 'News', statement: 'Statements and press conferences' },
    period: 'Period',
    range: (from: string | null, to: string | null) => `${from ?? ''}–${to ?? ''}`,
    milestonesOnly: 'Milestones only',
    page: (page: number) => `Page ${page}`,
  },
  embed: {
    title: 'Embedded view',
    fullView: 'Open the full view',
    listHeading: 'Events',
    more: (shown: number, total: number) => `Showing the ${shown.toLocaleString('en-GB')} newest of ${plural(total, 'event', 'events')}.`,
    none: 'No events match these filters.',
    dialogOpen: 'Embed',
    dialogTitle: 'Embed this view',
    dialogIntro: 'Paste the HTML below into a news article or a blog post to show the chronology with the current filters.',
    codeLabel: 'Embed code',
    copy: 'Copy the code',
    copied: 'Copied',
    preview: 'Preview the embedded view',
    close: 'Close',
    iframeTitle: 'Japan–NATO/EU Security Chronology (embedded)',
  },
} satisfies Shape<typeof jaCite>;
