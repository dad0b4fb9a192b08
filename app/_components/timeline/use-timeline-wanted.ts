'use client';

import { useCallback, useEffect, useState } from 'react';
import { isTouchFirst } from './touch-first';

/**
 * Whether the timeline is to be drawn, and a way to ask for it. False on the server and in the
 * first render; true at once after hydration, except on a touch screen (see touch-first.ts).
 */
export function useTimelineWanted(): [wanted: boolean, want: () => void] {
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the device is known only in the browser, after hydration
    if (!isTouchFirst()) setWanted(true);
  }, []);
  const want = useCallback(() => setWanted(true), []);
  return [wanted, want];
}
