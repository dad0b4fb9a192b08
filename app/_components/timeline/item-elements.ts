/**
 * The DOM vis-timeline draws for items, clusters and aggregates. vis inserts the elements a
 * template returns without sanitising them, and every title comes from the source text: so all
 * text goes in through textContent and attributes, never innerHTML.
 */
import { formatJaDate, type ExplorerItem, type LodAggregate } from '@/lib/explorer';
import { ja } from '@/lib/i18n/ja';

/** The DOM id of an item's box content, for aria-activedescendant. */
export const itemDomId = (id: string): string => `tl-${id}`;

function span(className: string, text: string): HTMLSpanElement {
  const element = document.createElement('span');
  element.className = className;
  element.textContent = text;
  return element;
}

/** The box of one item: its date (with a badge for a statement) over its short title. */
export function itemElement(item: ExplorerItem): HTMLElement {
  const kindLabel = item.kind === 'statement' ? ja.timeline.laneStatement : ja.timeline.laneNews;
  const box = document.createElement('span');
  box.className = 'tl-item';
  box.id = itemDomId(item.id);
  box.setAttribute('role', 'button');
  box.setAttribute('aria-label', ja.timeline.itemLabel(formatJaDate(item.date), item.title, kindLabel));
  box.title = item.title;
  const date = span('tl-item-date', item.date.replaceAll('-', '.'));
  if (item.kind === 'statement') date.prepend(span('tl-item-badge', ja.timeline.laneStatement));
  box.append(date, span('tl-item-title', item.shortTitle));
  return box;
}

/**
 * A count of entries drawn as one: a cluster vis made of nearby items (`tl-cluster`) or an
 * aggregate of a period (`tl-aggregate-count`, see lib/explorer/level-of-detail.ts).
 */
export function countElement(count: number, className: 'tl-cluster' | 'tl-aggregate-count'): HTMLElement {
  const element = span(className, ja.timeline.clusterCount(count));
  element.title = ja.timeline.clusterTitle.replace('{count}', String(count));
  return element;
}

/** The number of items in a cluster, or null when the template is drawing an item. */
function clusterSize(data: unknown): number | null {
  if (typeof data !== 'object' || data === null || Reflect.get(data, 'isCluster') !== true) return null;
  const items: unknown = Reflect.get(data, 'items');
  return Array.isArray(items) ? items.length : 0;
}

/** What the template can look an id up in: the chronology's entries and the aggregates on show. */
export interface TemplateSources {
  itemById: () => ReadonlyMap<string, ExplorerItem>;
  aggregateById: () => ReadonlyMap<string, LodAggregate> | undefined;
}

/** vis-timeline's `template` option: the element for a cluster, an aggregate or an item. */
export function itemTemplate(sources: TemplateSources): (data: unknown) => HTMLElement | string {
  return (data) => {
    const count = clusterSize(data);
    if (count !== null) return countElement(count, 'tl-cluster');
    const rawId: unknown = typeof data === 'object' && data !== null ? Reflect.get(data, 'id') : undefined;
    if (rawId === undefined) return '';
    const id = String(rawId);
    const aggregate = sources.aggregateById()?.get(id);
    if (aggregate) return countElement(aggregate.count, 'tl-aggregate-count');
    const item = sources.itemById().get(id);
    return item ? itemElement(item) : '';
  };
}
