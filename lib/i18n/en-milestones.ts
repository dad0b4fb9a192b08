/**
 * The strings of milestones and the date range, in English: the same shape as ja-milestones.ts.
 */
import type { DroppedReason } from '@/lib/url-params';
import { en } from './en';
import type { jaMilestones } from './ja-milestones';
import { plural } from './plural';
import type { Shape } from './shape';

export const enMilestones = {
  filters: {
    range: 'Period',
    rangeHint: 'A year (2023), a month (2023-05) or a day (2023-05-13). Both ends are included.',
    from: 'From',
    to: 'To',
    milestonesOnly: 'Milestones only',
    milestonesHint: 'Shows only the most important events and the turning points chosen by the editors.',
  },
  timeline: {
    milestoneMark: '◆',
    milestone: 'Milestone',
    /** An aggregate or a cluster, named by its most important entry: “… and 11 more”. */
    topAndOthers: (title: string, others: number) => (others > 0 ? `${title} and ${others.toLocaleString('en-GB')} more` : title),
    /**
     * A tooltip cannot mark its language, so it holds no source text on an English page: the
     * count and the period; the full title is the tooltip of the title itself (marked lang="ja").
     */
    groupTitle: (_title: string, count: number, period: string) => `${plural(count, 'event', 'events')}${period ? `, ${period}` : ''} (click to zoom in)`,
  },
  list: {
    milestone: 'Milestone',
  },
  yearIndexHint: 'Choose a year to show only its events (period: from/to).',
} satisfies Shape<typeof jaMilestones>;

/** What a dropped URL value is told as in English, for every reason: en.ts's and the range's. */
export const enDroppedMessages: Record<DroppedReason, (value: string) => string> = {
  ...en.explorer.dropped,
  'invalid-date': (value) => `The date “${value}” cannot be used (a real date in the form 2023, 2023-05 or 2023-05-13)`,
  'reversed-range': (value) => `The period starts after it ends, so “${value}” was not used`,
  'invalid-milestones': (value) => `“${value}” cannot be used for “Milestones only” (1 or 0)`,
  'invalid-window': (value) => `The visible period “${value}” cannot be used (in the form 2022-01-01..2025-12-31, the start before the end)`,
};
