import type { ClientStrings } from '../i18n/strings-context';

let current: ClientStrings | null = null;

/**
 * The words of the timeline's DOM (items, clusters, lanes), which vis-timeline builds outside
 * React. Timeline.tsx sets them from the page's strings before it draws: a page has one language
 * (another language is another document), and this code runs in the browser only.
 */
export function setTimelineWords(strings: ClientStrings): void {
  current = strings;
}

/** The page's words, for the timeline's DOM (setTimelineWords has run before any is built). */
export function timelineWords(): ClientStrings {
  if (!current) throw new Error('timelineWords: the timeline drew before Timeline.tsx set its words');
  return current;
}
