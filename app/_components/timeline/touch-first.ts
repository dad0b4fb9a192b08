/**
 * A device whose main input is a finger: a phone or a tablet. There the timeline is drawn once
 * the user opens it (or a year, a lane, an entry to show on it), and the entries it draws are
 * fetched then too: a phone on a slow connection is spared the timeline's 115 KB of code, the
 * entries' file and the work of reading them until then, and the page's filters, list and year
 * index work at once. Elsewhere the timeline is drawn as soon as the page is in. The same query
 * is in globals.css (the timeline-closed variant), which shows the preview in its place before
 * hydration, and in the page's preload of the entries, which a touch screen skips.
 */
const TOUCH_FIRST = '(hover: none) and (pointer: coarse)';

/** The preload's media: every device but a touch-first one. */
export const NOT_TOUCH_FIRST = `not all and ${TOUCH_FIRST}`;

/** Whether this browser is on a touch-first device (never on the server). */
export function isTouchFirst(): boolean {
  return typeof window !== 'undefined' && window.matchMedia(TOUCH_FIRST).matches;
}

/**
 * Whether this page, as its URL opens it, draws the timeline at once: in a browser, off a touch
 * screen, and not in the list view. What the explorer's modules start as they are evaluated (the
 * vis chunk, the inflating worker) is started only then.
 */
export function opensOnDrawnTimeline(): boolean {
  return typeof window !== 'undefined' && !isTouchFirst() && new URLSearchParams(window.location.search).get('view') !== 'list';
}
