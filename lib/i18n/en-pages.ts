/** The strings of en-pages' Japanese sibling (ja-pages.ts), in English. */
import type { Shape } from './shape';
import type { jaPages } from './ja-pages';

export const enPages = {
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
  listSeparator: ' / ',
  droppedRange: {
    'invalid-date': (value: string) => `The date “${value}” cannot be used (a real date written 2023, 2023-05 or 2023-05-13)`,
    'reversed-range': (value: string) => `The range starts after it ends, so “${value}” was not used`,
    'invalid-milestones': (value: string) => `“${value}” cannot be used for milestones only (1 or 0)`,
    'invalid-window': (value: string) => `The visible span “${value}” cannot be used (written 2022-01-01..2025-12-31, the start before the end)`,
  },
} satisfies Shape<typeof jaPages>;
