'use client';

import { useEffect, useEffectEvent } from 'react';
import type { TimelineStep } from '../Timeline';

const STEP_KEYS: Readonly<Record<string, TimelineStep>> = { ArrowLeft: 'previous', ArrowRight: 'next' };

/** Where ←/→ belong to the element itself: text, choices, a slider, a dialog's own controls. */
const OWN_ARROWS = 'input, textarea, select, [contenteditable], [role="slider"], [role="radiogroup"], [role="tablist"], [role="menu"], dialog';

/**
 * ←/→ step through the entries from anywhere on the explorer's page, not only from the focused
 * timeline: right after a mouse click (focus is then on the panel's heading, or nowhere) and
 * after Esc. The timeline's own keys (timeline region) come first: an event it handled is left.
 */
export function useStepKeys(active: boolean, step: (direction: TimelineStep) => void): void {
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    const direction = STEP_KEYS[event.key];
    if (!direction || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const target = event.target instanceof Element ? event.target : null;
    if (target?.closest(OWN_ARROWS)) return;
    event.preventDefault();
    step(direction);
  });
  useEffect(() => {
    if (!active) return;
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, [active]);
}
