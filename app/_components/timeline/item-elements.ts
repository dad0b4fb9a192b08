/**
 * The DOM vis-timeline draws for items, clusters and aggregates. vis inserts the elements a
 * template returns without sanitising them, and every title comes from the source text: so all
 * text goes in through textContent and attributes, never innerHTML.
 */
import type { ExplorerItem, LodAggregate } from '@/lib/explorer';
import { timelineWords } from './timeline-words';
import { itemDomId } from './item-dom-id';


function span(className: string, text: string): HTMLSpanElement {
  const element = document.createElement('span');
  element.className = className;
  element.textContent = text;
  return element;
}

/**
 * The ◆ before a milestone's title: a shape, not only a colour, tells it apart. It is part of the
 * control's name, as it is of its visible text (a name begins with what a reader sees: WCAG 2.5.3).
 */
function milestoneMark(): HTMLSpanElement {
  return span('tl-milestone-mark', timelineWords().milestones.timeline.milestoneMark);
}

/**
 * Makes a drawn box a control named by its content: its visible text first, then, for a screen
 * reader only, what the box leaves out (`rest`, after a 、).
 */
function asControl(element: HTMLElement, rest: string | Node): void {
  element.setAttribute('role', 'button');
  const label = span('sr-only', timelineWords().pages.listComma);
  label.lang = timelineWords().lang;
  label.append(rest);
  element.append(label);
}

const SLOT = '\u0000';

/**
 * A sentence of the page's language around a piece of the source, as nodes: the piece in a span
 * marked `lang="ja"` (a title), the words around it as text.
 */
function sentenceNodes(sentence: (value: string) => string, value: string, valueTitle?: string): DocumentFragment {
  const [before = '', after = ''] = sentence(SLOT).split(SLOT);
  const fragment = document.createDocumentFragment();
  const piece = span('', value);
  piece.removeAttribute('class');
  piece.lang = 'ja';
  if (valueTitle) piece.title = valueTitle;
  fragment.append(before, piece, after);
  return fragment;
}

/** The box of one item: its date (with a badge for a statement) over its short title; a milestone's title with ◆. */
export function itemElement(item: ExplorerItem): HTMLElement {
  const kindLabel = item.kind === 'statement' ? timelineWords().ui.timeline.laneStatement : timelineWords().ui.timeline.laneNews;
  const box = document.createElement('span');
  box.className = item.milestone ? 'tl-item tl-item-milestone' : 'tl-item';
  box.id = itemDomId(item.id);
  // The title is the source's (Japanese), the badge and the label for a screen reader the page's.
  box.lang = 'ja';
  box.title = item.title;
  const date = span('tl-item-date', item.date.replaceAll('-', '.'));
  if (item.kind === 'statement') {
    const badge = span('tl-item-badge', timelineWords().ui.timeline.laneStatement);
    badge.lang = timelineWords().lang;
    date.prepend(badge);
  }
  const title = span('tl-item-title', item.shortTitle);
  if (item.milestone) title.prepend(milestoneMark());
  box.append(date, title);
  const about = sentenceNodes((title) => timelineWords().ui.timeline.itemLabel(timelineWords().dates.date(item.date), title, kindLabel), item.title);
  if (item.milestone) about.prepend(`${timelineWords().milestones.timeline.milestone}: `);
  asControl(box, about);
  return box;
}

/**
 * Entries drawn as one: a cluster vis made of nearby items (`tl-cluster`) or an aggregate of a
 * period (`tl-aggregate-count`, see lib/explorer/level-of-detail.ts), named by its most
 * important entry's short title and the count of the others: 「…ほか11件」 (◆ when that entry is
 * a milestone). Without a known top entry, the count alone.
 */
export function groupElement(top: ExplorerItem | undefined, count: number, className: 'tl-cluster' | 'tl-aggregate-count', period: string): HTMLElement {
  let element: HTMLSpanElement;
  if (!top) {
    element = span(className, timelineWords().ui.timeline.clusterCount(count));
    element.title = timelineWords().ui.timeline.clusterTitle.replace('{count}', String(count));
  } else {
    element = span(`${className} tl-group${top.milestone ? ' tl-group-milestone' : ''}`, '');
    element.title = timelineWords().milestones.timeline.groupTitle(top.title, count, period);
    // A tooltip cannot mark its language: where the page's words leave the source title out of
    // the group's tooltip (an English page), the title's own element, marked lang="ja", gives it.
    const titleTooltip = element.title.includes(top.title) ? undefined : top.title;
    element.append(sentenceNodes((title) => timelineWords().milestones.timeline.topAndOthers(title, count - 1), top.shortTitle, titleTooltip));
    if (top.milestone) element.prepend(milestoneMark());
    element.dataset.top = top.id;
  }
  // The count as a number: the label's first digits may belong to the title.
  element.dataset.count = String(count);
  asControl(element, timelineWords().access.groupRest(period));
  return element;
}

/** The ids of a cluster's items, or null when the template is drawing an item. */
function clusterIds(data: unknown): string[] | null {
  if (typeof data !== 'object' || data === null || Reflect.get(data, 'isCluster') !== true) return null;
  const items: unknown = Reflect.get(data, 'items');
  if (!Array.isArray(items)) return [];
  return items.flatMap((entry: unknown) => {
    const id: unknown = typeof entry === 'object' && entry !== null ? Reflect.get(entry, 'id') : undefined;
    return id === undefined ? [] : [String(id)];
  });
}

/** The days from the first to the last of these entries (in time order), as a reader says them. */
function periodOf(ids: readonly string[], itemById: ReadonlyMap<string, ExplorerItem>): string {
  const dates = ids.flatMap((id) => itemById.get(id)?.date ?? []).sort();
  const first = dates[0];
  const last = dates.at(-1);
  return first && last ? timelineWords().access.period(timelineWords().dates.date(first), timelineWords().dates.date(last)) : '';
}

/** A local instant (ms) as the day it falls on, `YYYY-MM-DD`. */
function dayOf(time: number): string {
  const date = new Date(time);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** The most important of these entries (the earliest of equals: items come in time order). */
function mostImportant(ids: readonly string[], itemById: ReadonlyMap<string, ExplorerItem>): ExplorerItem | undefined {
  let top: ExplorerItem | undefined;
  for (const id of ids) {
    const item = itemById.get(id);
    if (item && (!top || item.importance > top.importance || (item.importance === top.importance && item.date < top.date))) top = item;
  }
  return top;
}

/** What the template can look an id up in: the chronology's entries and the aggregates on show. */
export interface TemplateSources {
  itemById: () => ReadonlyMap<string, ExplorerItem>;
  aggregateById: () => ReadonlyMap<string, LodAggregate> | undefined;
}

/** vis-timeline's `template` option: the element for a cluster, an aggregate or an item. */
export function itemTemplate(sources: TemplateSources): (data: unknown) => HTMLElement | string {
  return (data) => {
    const ids = clusterIds(data);
    if (ids !== null) return groupElement(mostImportant(ids, sources.itemById()), ids.length, 'tl-cluster', periodOf(ids, sources.itemById()));
    const rawId: unknown = typeof data === 'object' && data !== null ? Reflect.get(data, 'id') : undefined;
    if (rawId === undefined) return '';
    const id = String(rawId);
    const aggregate = sources.aggregateById()?.get(id);
    if (aggregate) {
      // The period ends where the next begins: its last day is the one before.
      const period = timelineWords().access.period(timelineWords().dates.date(dayOf(aggregate.start)), timelineWords().dates.date(dayOf(aggregate.end - 1)));
      return groupElement(sources.itemById().get(aggregate.topId), aggregate.count, 'tl-aggregate-count', period);
    }
    const item = sources.itemById().get(id);
    return item ? itemElement(item) : '';
  };
}
