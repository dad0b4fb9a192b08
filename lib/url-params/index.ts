/** The explorer's URL parameters: one reader each, for the page and the API alike. */
export { queryKey, valuesByParam, type QueryInput } from './query-values';
export { inDateRange, isPeriod, periodLastDay } from './date-range';
export { formatWindowText, parseWindowText } from './window';
export {
  acceptedFilters,
  MAX_PAGE,
  MAX_QUERY_LENGTH,
  readDate,
  readDateRange,
  readEvent,
  readMilestones,
  readFilterParams,
  readKind,
  readOutlets,
  readOrder,
  readPage,
  readPartners,
  readQuery,
  readView,
  readWindow,
  rejectedInQueryOrder,
  type DroppedReason,
  type DroppedValue,
  type FilterReadings,
  type ParamReading,
  type UrlParam,
} from './readers';
