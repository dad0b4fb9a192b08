'use client';

import { useEffect, type RefObject } from 'react';

/**
 * A `<details>` used as a menu closes as a menu does: on Esc (focus back on its summary), on a
 * click or tap outside it, and when focus leaves it. Esc that closes the menu goes no further
 * (it does not also close the explorer's detail panel).
 */
export function useDisclosureDismiss(ref: RefObject<HTMLDetailsElement | null>): void {
  useEffect(() => {
    const details = ref.current;
    if (!details) return;
    const close = () => {
      details.open = false;
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !details.open) return;
      event.preventDefault();
      event.stopPropagation();
      close();
      details.querySelector('summary')?.focus();
    };
    const onPointerDown = (event: PointerEvent) => {
      if (details.open && event.target instanceof Node && !details.contains(event.target)) close();
    };
    const onFocusOut = (event: FocusEvent) => {
      // Focus moving to nowhere (a click on the page's background) is the pointer's to judge.
      if (details.open && event.relatedTarget instanceof Node && !details.contains(event.relatedTarget)) close();
    };
    details.addEventListener('keydown', onKeyDown);
    details.addEventListener('focusout', onFocusOut);
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      details.removeEventListener('keydown', onKeyDown);
      details.removeEventListener('focusout', onFocusOut);
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, [ref]);
}
