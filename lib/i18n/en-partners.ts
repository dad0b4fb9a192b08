/**
 * The strings of the partner and outlet pages and of the charts, in English: the same shape as
 * ja-partners.ts. Years arrive as numbers or strings and are written as they are (2023, not 2,023).
 */
import type { jaPartners } from './ja-partners';
import { plural } from './plural';
import type { Shape } from './shape';

const entries = (count: number) => plural(count, 'entry', 'entries');

export const enPartners = {
  navLink: 'Partners',
  groups: { nato: 'NATO', eu: 'EU', europe: 'European states', other: 'Others' },
  kinds: { news: 'News', statement: 'Statements and press conferences' },
  matrix: {
    title: 'Partners × years',
    description: 'The number of entries for each partner, year by year. Choose a number to see that partner’s events of that year on the timeline.',
    guideHeading: 'How to read it',
    guide: [
      'One entry is one article of the news digest, or one statement or press conference.',
      'An article or statement naming several partners counts once in each of their rows, so a year’s total can exceed its number of events.',
      '“–” means there is nothing recorded for that year.',
    ],
    caption: 'Entries by partner and year',
    partnerColumn: 'Partner',
    totalColumn: 'Total',
    totalRow: 'Total',
    cellLabel: (name: string, year: number, count: number) => `See ${entries(count)} for ${name} in ${year} on the timeline`,
    empty: '–',
    emptyCellLabel: 'Nothing recorded',
    noEntriesHeading: 'Partners with nothing recorded in the current data',
    scrollHint: 'The table scrolls sideways.',
  },
  partner: {
    /** After the partner's name in the page title and heading: “the Netherlands and Japan”. */
    titleSuffix: ' and Japan',
    code: (code: string) => `Code: ${code}`,
    summary: (total: number, news: number, statements: number) =>
      `${entries(total)} (${plural(news, 'news report', 'news reports')}, ${plural(statements, 'statement or press conference', 'statements and press conferences')})`,
    noEntries: 'The current data has no events for this partner yet.',
    explorerLink: (name: string) => `See the events involving ${name} on the timeline`,
    allPartners: 'All partners',
    firstAndLatest: 'First and latest entries',
    first: 'First',
    latest: 'Latest',
    milestones: 'Milestones',
    milestonesEmpty: 'No milestones have been chosen yet.',
    statements: 'Statements and press conferences',
    noStatements: 'No statements or press conferences.',
    outlets: 'News outlets that reported it',
    noOutlets: 'No news reports.',
    coPartners: 'Partners named in the same events',
    noCoPartners: 'No event names another partner alongside this one.',
    count: (count: number) => entries(count),
  },
  outlet: {
    title: (name: string) => `Reporting by ${name}`,
    summary: (total: number) => entries(total),
    noEntries: 'The current data has no articles from this outlet yet.',
    explorerLink: (name: string) => `See the articles from ${name} on the timeline`,
    partners: 'Partners named in its articles',
    noPartners: 'None of its articles names a partner.',
  },
  chart: {
    kindTitle: (name: string) => `${name}: entries by year (news and statements)`,
    kindDescription: (first: number, last: number, total: number) =>
      `Stacked bar chart of the entries of each year from ${first} to ${last}, split into news reports and statements or press conferences: ${entries(total)} in all. The table below gives the same figures.`,
    table: 'Show the counts as a table',
    year: 'Year',
    total: 'Total',
    countAxis: 'Entries',
    yearAxis: 'Year',
    legend: 'Legend',
    scrollBox: 'Chart (scrolls sideways)',
  },
  yearIndex: {
    title: 'Events by year (by partner group)',
    description: (first: string, last: string) =>
      `The events shown, from ${first} to ${last}. Each year’s bar is stacked by group: NATO, the EU, European states and others.`,
    rule: 'Each event counts in one group only: the first of NATO, the EU, European states and others that one of its partners belongs to (others if it names no partner).',
    hint: 'Choose a year or a count to show only that year (choosing a year also moves the timeline to it).',
    barLabel: (year: string, parts: string) => `${year}: ${parts}`,
    part: (group: string, count: number) => `${group} ${count.toLocaleString('en-GB')}`,
    rangeLabel: (year: string, count: number) => `Show only ${year} (${plural(count, 'event', 'events')})`,
    table: 'Show the counts by group as a table',
  },
} satisfies Shape<typeof jaPartners>;
