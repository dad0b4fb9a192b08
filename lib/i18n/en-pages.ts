/** The strings of en-pages' Japanese sibling (ja-pages.ts), in English. */
import { MAX_QUERY_LENGTH } from '@/lib/search/query';
import type { Shape } from './shape';
import type { jaPages } from './ja-pages';
import { enDroppedMessages } from './en-milestones';

export const enPages = {
  queryMessages: {
    empty: 'Type something to search for.',
    'too-long': `A query may be up to ${MAX_QUERY_LENGTH} characters long.`,
    'lone-surrogate': 'The query holds a character that cannot be read.',
    'only-exclusions': 'Besides the words to leave out (-word), type a word to look for.',
    'unclosed-quote': 'A quote (") that is not closed was read as a phrase running to the end of the query.',
    'empty-phrase': 'Empty quotes ("") were ignored.',
    'empty-exclusion': 'A "-" without a word was ignored.',
    'repeated-term': 'A word typed more than once was searched for once.',
  },
  parenOpen: ' (',
  parenClose: ')',
  /** Between the items of a run of links. */
  listComma: ', ',
  axisFormat: {
    minorLabels: { millisecond: 'SSS', second: 's', minute: 'HH:mm', hour: 'HH:mm', weekday: 'D', day: 'D', week: 'D', month: 'MMM', year: 'YYYY' },
    majorLabels: { millisecond: 'HH:mm:ss', second: 'D MMMM HH:mm', minute: 'D MMMM YYYY', hour: 'D MMMM YYYY', weekday: 'MMMM YYYY', day: 'MMMM YYYY', week: 'MMMM YYYY', month: 'YYYY', year: '' },
  },
  /** Between an entry's date and its outlet or kind in a list. */
  metaSeparator: ' · ',
  /** A year on its own (a chart's ends). */
  year: (year: string) => `${year}`,
  /** Around a quotation from the source. */
  quoteOpen: '“',
  quoteClose: '”',
  listSeparator: ' / ',
  droppedRange: {
    'invalid-date': enDroppedMessages['invalid-date'],
    'reversed-range': enDroppedMessages['reversed-range'],
    'invalid-milestones': enDroppedMessages['invalid-milestones'],
    'invalid-window': enDroppedMessages['invalid-window'],
  },
} satisfies Shape<typeof jaPages>;
