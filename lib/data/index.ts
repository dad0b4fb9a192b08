/**
 * The one place pages and API routes get their data from. Server-only: it reads the data folder
 * once per server process. Client components never import this module; they receive plain
 * props (and the packed items file through /api/explorer-items).
 */
import 'server-only';

export {
  dataVersionHeaders,
  getChronology,
  getDataVersion,
  getEvent,
  getEvents,
  getEventSource,
  getRelatedEvents,
  getRelatedEvidence,
  getStatement,
} from './chronology';
export { getExplorerData, getItemsGzip, partnerName, type ExplorerData } from './explorer';
export { explorerFacetsIn, explorerIntroIn } from './localized';
export { outletNameIn, partnerNameIn } from '../gazetteer/names-in';
export { getFilteredEntries } from './filtered';
export { getPublishedIdsJson } from './published-ids';
export {
  getSearchVersion,
  getStatementMatches,
  getTextMatches,
  searchChronology,
  type SearchFilters,
  type StatementMatches,
} from './search';
export {
  canonicalOutletKey,
  canonicalPartnerCode,
  getOutletProfile,
  getPartnerMatrix,
  getPartnerMilestones,
  getPartnerProfile,
} from './partners';
