/** The strings of en-pages' Japanese sibling (ja-pages.ts), in English. */
import { MAX_QUERY_LENGTH } from '@/lib/search/query';
import type { Shape } from './shape';
import type { jaPages } from './ja-pages';

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
  /** Between two names in one label (前の出来事・次の出来事). */
  /** Around a note beside a date: 2022年6月29日(水)（報道 …）. */
  parenOpen: ' (',
  parenClose: ')',
  /** Between the items of a run of links. */
  listComma: ', ',
  /** Between an entry's date and its outlet or kind in a list. */
  metaSeparator: ' · ',
  /** A year on its own (a chart's ends). */
  year: (year: string) => year,
  /** Around a quotation from the source. */
  quoteOpen: '“',
  quoteClose: '”',
  axisFormat: {
    minorLabels: { millisecond: 'SSS', second: 's', minute: 'HH:mm', hour: 'HH:mm', weekday: 'D', day: 'D', week: 'D', month: 'MMM', year: 'YYYY' },
    majorLabels: { millisecond: 'HH:mm:ss', second: 'D MMMM HH:mm', minute: 'D MMMM YYYY', hour: 'D MMMM YYYY', weekday: 'MMMM YYYY', day: 'MMMM YYYY', week: 'MMMM YYYY', month: 'YYYY', year: '' },
  },
  listSeparator: ' / ',
  droppedRange: {
    'invalid-date': (value: string) => `The date “${value}” cannot be used (a real date written 2023, 2023-05 or 2023-05-13)`,
    'reversed-range': (value: string) => `The range starts after it ends, so “${value}” was not used`,
    'invalid-milestones': (value: string) => `“${value}” cannot be used for milestones only (1 or 0)`,
    'invalid-window': (value: string) => `The visible span “${value}” cannot be used (written 2022-01-01..2025-12-31, the start before the end)`,
  },
} satisfies Shape<typeof jaPages>;
