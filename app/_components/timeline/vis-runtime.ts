/**
 * What the timeline runs on once it is drawn: vis-timeline and vis-data, and the code that only
 * talks to them (items, aggregates, options, templates, pointer events). One chunk, loaded by
 * use-vis-timeline.ts after the page is hydrated; none of it is in the page's first load.
 */
export { DataSet, DataView } from 'vis-data/esnext';
export { Timeline } from 'vis-timeline/esnext';
export { clusterWindow, isAggregateId, LOD_MIN_ITEMS, periodWindow, timeSpan } from '@/lib/explorer';
export { itemTemplate } from './item-elements';
export { clickedClusterBounds } from './vis-events';
export { fillForWindow, laneGroups, lodEntries, toVisItem } from './vis-items';
export { timelineOptions } from './vis-options';
