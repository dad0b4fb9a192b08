'use client';

import { useCallback, useEffect, useState } from 'react';

/**
 * A device whose main input is a finger: a phone or a tablet. There the timeline is drawn once
 * the user opens it (or a year, a lane, an entry to show on it): a phone on a slow connection is
 * spared the timeline's 115 KB of code and its half-second of setup until then, and the page's
 * filters, list and year index work at once. Elsewhere the timeline is drawn as soon as the page is in.
 * The same query is in globals.css, which shows the preview in its place before hydration.
 */
export const TOUCH_FIRST = '(hover: none) and (pointer: coarse)';

/**
 * Whether the timeline is to be drawn, and a way to ask for it. False on the server and in the
 * first render; true at once after hydration, except on a touch screen (see TOUCH_FIRST).
 */
export function useTimelineWanted(): [wanted: boolean, want: () => void] {
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the device is known only in the browser, after hydration
    if (!window.matchMedia(TOUCH_FIRST).matches) setWanted(true);
  }, []);
  const want = useCallback(() => setWanted(true), []);
  return [wanted, want];
}
