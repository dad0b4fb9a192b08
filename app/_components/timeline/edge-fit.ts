/**
 * What vis-timeline draws at the edges of its window, read from its DOM after a redraw: vis lays
 * out its axis labels and items itself, so only the drawn result tells what the edges cut.
 */

import { itemDomId } from './item-dom-id';

/** Marks the axis labels that the timeline's edges would cut (hidden by globals.css). */
const CUT_LABEL_CLASS = 'tl-axis-cut';

/**
 * Hides every axis label whose text runs past either edge of the timeline: vis writes a label
 * from its tick to the right, so the tick just left of the window and the last one before its
 * right edge would show a year cut in two. vis sets each label's class anew on every redraw, so
 * this runs after each one ('changed').
 */
export function hideCutAxisLabels(root: HTMLElement): void {
  const center = root.querySelector('.vis-panel.vis-center');
  if (!center) return;
  const { left, right } = center.getBoundingClientRect();
  const text = document.createRange();
  for (const label of root.querySelectorAll<HTMLElement>('.vis-time-axis .vis-text:not(.vis-measure)')) {
    text.selectNodeContents(label);
    const drawn = text.getBoundingClientRect();
    const cut = drawn.width > 0 && ((drawn.left < left - 0.5 && drawn.right > left) || (drawn.right > right + 0.5 && drawn.left < right));
    label.classList.toggle(CUT_LABEL_CLASS, cut);
  }
}

/** Whether the item `id` is drawn as a box of its own (not in a cluster), wholly inside the timeline. */
export function isDrawnWhole(root: HTMLElement, id: string): boolean {
  const center = root.querySelector('.vis-panel.vis-center');
  const box = root.querySelector(`.vis-item.vis-box[data-id="${CSS.escape(id)}"]`);
  if (!center || !box) return false;
  const bounds = center.getBoundingClientRect();
  const drawn = box.getBoundingClientRect();
  return drawn.left >= bounds.left - 0.5 && drawn.right <= bounds.right + 0.5;
}

/**
 * Marks the selected entry's box as the current one for assistive technology (vis marks it with a
 * class only), and no other; vis redraws boxes, so this runs after each redraw and selection.
 */
export function markSelected(root: HTMLElement, id: string | null): void {
  const current = id ? document.getElementById(itemDomId(id)) : null;
  for (const element of root.querySelectorAll('[aria-current]')) if (element !== current) element.removeAttribute('aria-current');
  if (current && root.contains(current)) current.setAttribute('aria-current', 'true');
}
