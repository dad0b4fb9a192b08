/**
 * The strings of the explorer's shared state and its keyboard, screen-reader and phone access,
 * in English: the same shape as ja-access.ts.
 */
import type { jaAccess } from './ja-access';
import { plural } from './plural';
import type { Shape } from './shape';

export const enAccess = {
  skipLinks: 'Skip links',
  skipToTimeline: 'Skip to the timeline',
  skipToList: 'Skip to the list',
  timelineHeading: 'Timeline',
  listEquivalent: 'Read the same events as a list (text)',
  groupRest: (period: string) => (period ? `${period}, zoom in` : 'zoom in'),
  period: (first: string, last: string) => (first === last ? first : `${first}–${last}`),
  badDate: (value: string) => `“${value}” cannot be read as a date. Enter a real date in the form 2023, 2023-05 or 2023-05-13.`,
  reversedRange: 'The start is after the end.',
  showResults: (count: number) => `Show ${plural(count, 'event', 'events')}`,
} satisfies Shape<typeof jaAccess>;
