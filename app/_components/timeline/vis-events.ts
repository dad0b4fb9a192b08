/**
 * Reading vis-timeline's pointer events. vis hands over Hammer.js events and keeps each drawn
 * item's data on its DOM element: neither is typed, so every step is checked.
 */

/** The element a vis (Hammer.js) pointer event happened on. */
function eventTarget(event: unknown): Element | null {
  if (typeof event !== 'object' || event === null) return null;
  const target: unknown = Reflect.get(event, 'target');
  if (target instanceof Element) return target;
  return eventTarget(Reflect.get(event, 'srcEvent'));
}

/** The bounds (ms) of the cluster a DOM element draws, from the data vis keeps on it. */
function clusterBounds(element: Element): [min: number, max: number] | null {
  const item: unknown = Reflect.get(element, 'vis-item');
  if (typeof item !== 'object' || item === null) return null;
  const data: unknown = Reflect.get(item, 'data');
  if (typeof data !== 'object' || data === null) return null;
  const min: unknown = Reflect.get(data, 'min');
  const max: unknown = Reflect.get(data, 'max');
  return typeof min === 'number' && typeof max === 'number' ? [min, max] : null;
}

/** The first and last instants of the cluster a click landed on, or null when it missed one. */
export function clickedClusterBounds(event: unknown): [min: number, max: number] | null {
  const cluster = eventTarget(event)?.closest('.vis-cluster');
  return cluster ? clusterBounds(cluster) : null;
}
