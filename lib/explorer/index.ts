/**
 * The explorer's data and state, for the home page and its client island. Pure: no Node APIs,
 * no parser (only its types), so the browser bundle stays small. What only the server and the
 * playground make (the items, ./to-explorer-items; the filter options, ./facet-options) is
 * imported from its own module: re-exported here, it came into the home page's code as soon as
 * the playground's code used it.
 */
export type * from './types';
export { emptyFilters, initialState, listedOptions, LIST_PAGE_SIZE } from './types';
export { explorerFigures, filterEntries, fromSnapshot, pendingFigures, toSnapshot, visibleEntries, type ExplorerFigures, type ExplorerSnapshot, type FilteredEntries } from './figures';
export { explorerItemsUrl, ITEMS_GZIP_PARAM, packExplorerItems, unpackExplorerItems, type PackedExplorerItems } from './pack';
export { eventPermalink, statementPermalink } from './permalinks';
export { shortTitle } from './short-title';
export {
  browserTextMatcher,
  carriedTextMatcher,
  explorerMatchesUrl,
  foundTextMatcher,
  needsStatementMatches,
  readTextQuery,
  type TextMatcher,
  type TextQuery,
} from './text-query';
export { filterItems, hasActiveFilters, optionCounts, toggleValue, type OptionCounts } from './filter';
export {
  parseExplorerUrl,
  serializeExplorerState,
  explorerHref,
  MAX_QUERY_LENGTH,
  type DroppedValue,
  type DroppedReason,
  type KnownValues,
  type QueryInput,
  type ParsedExplorerUrl,
  type UrlParam,
} from './url-state';
export { formatWindowText, parseWindowText, queryKey } from '@/lib/url-params';
export { historyEntry, type StateChange } from './history';
export { compareByTime, sortByTime, sortNewestFirst, adjacentInTimeOrder } from './navigation';
export { toLocalDate, formatJaDate, formatJaDateTime, dateTimeAttribute, dateSpan, type EntryDating } from './dates';
export {
  anyInWindow,
  boxAlignment,
  clusterWindow,
  entryTime,
  frameWindow,
  nearestGap,
  panWindow,
  periodWindow,
  revealWindow,
  clearEdges,
  sameWindow,
  timeSpan,
  zoomWindow,
  ZOOM_MAX,
  ZOOM_MIN,
  type TimeWindow,
} from './timeline-window';
export { partnerLane, laneOf, PARTNER_LANES, type LaneMode, type PartnerLane } from './lanes';
export {
  isAggregateId,
  lodContent,
  LOD_MIN_ITEMS,
  type LodAggregate,
  type LodContent,
  type LodEntry,
  type LodPeriod,
} from './level-of-detail';
