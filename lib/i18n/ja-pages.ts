/**
 * Strings of the pages that sat in components, and the notices of the search and the date range,
 * in Japanese. The English ones are in en-pages.ts, with the same shape.
 */
import { queryMessages } from '@/lib/search/query';
import { droppedMessages } from './ja-milestones';

export const jaPages = {
  /** What the search page says of a query it refuses or reads in its own way (lib/search/query.ts). */
  queryMessages,
  /** Around a note beside a date: 2022年6月29日(水)（報道 …）. */
  parenOpen: '（',
  parenClose: '）',
  /** Between the items of a run of links. */
  listComma: '、',
  /** The timeline axis's labels (moment formats, vis-timeline's `format` option). */
  axisFormat: {
    minorLabels: { millisecond: 'SSS', second: 's', minute: 'HH:mm', hour: 'H時', weekday: 'D日', day: 'D日', week: 'D日', month: 'M月', year: 'YYYY年' },
    majorLabels: { millisecond: 'H:mm:ss', second: 'M月D日 H:mm', minute: 'YYYY年M月D日', hour: 'YYYY年M月D日', weekday: 'YYYY年M月', day: 'YYYY年M月', week: 'YYYY年M月', month: 'YYYY年', year: '' },
  },
  /** Between an entry's date and its outlet or kind in a list. */
  metaSeparator: ' ・ ',
  /** A year on its own (a chart's ends). */
  year: (year: string) => `${year}年`,
  /** Around a quotation from the source. */
  quoteOpen: '「',
  quoteClose: '」',
  /** Between two names in one label (前の出来事・次の出来事). */
  listSeparator: '・',
  /** The notices of the date range's parameters, beside ui.explorer.dropped (the other reasons). */
  droppedRange: {
    'invalid-date': droppedMessages['invalid-date'],
    'reversed-range': droppedMessages['reversed-range'],
    'invalid-milestones': droppedMessages['invalid-milestones'],
    'invalid-window': droppedMessages['invalid-window'],
  },
};
