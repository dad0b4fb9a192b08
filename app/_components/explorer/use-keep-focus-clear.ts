'use client';

import { useEffect, type RefObject } from 'react';

/**
 * While the detail panel is a sheet fixed over the page's lower part (below xl), focus that lands
 * wholly under it is scrolled up into sight (WCAG 2.4.11). The page's scroll padding does this for
 * most controls; a control taller than the room above the sheet (the timeline itself), or one the
 * browser deems in view already because it is under the sheet, needs telling.
 */
export function useKeepFocusClear(sheetRef: RefObject<HTMLElement | null>, open: boolean): void {
  useEffect(() => {
    if (!open) return;
    const onFocusIn = (event: FocusEvent) => {
      const sheet = sheetRef.current;
      const target = event.target;
      if (!sheet || !(target instanceof HTMLElement) || sheet.contains(target) || getComputedStyle(sheet).position !== 'fixed') return;
      const sheetTop = sheet.getBoundingClientRect().top;
      const box = target.getBoundingClientRect();
      // Some of it shows between the top of the window and the sheet: it is in sight.
      if (Math.min(box.bottom, sheetTop) - Math.max(box.top, 0) > 8) return;
      target.scrollIntoView({ block: box.height > sheetTop ? 'start' : 'nearest' });
    };
    document.addEventListener('focusin', onFocusIn);
    return () => document.removeEventListener('focusin', onFocusIn);
  }, [sheetRef, open]);
}
