/**
 * The one place pages and API routes get their data from. Server-only: it reads the data folder
 * once per server process. Client components never import this module; they receive plain
 * props (and the packed items file through /api/explorer-items).
 */
import 'server-only';

export {
  getChronology,
  getEvent,
  getEvents,
  getEventSource,
  getRelatedEvents,
  getRelatedEvidence,
  getRelatedStatements,
  getStatement,
  getStatements,
} from './chronology';
export { getExplorerData, getFilteredEntries, getItemsGzip, partnerName, type ExplorerData } from './explorer';
export { getSearchIndex, getSearchVersion, getStatementMatches, getTextMatches, type StatementMatches } from './search';
