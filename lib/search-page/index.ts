/** The search page (/search) and GET /api/search: URL state, links, the chart of hits per year. Pure. */
export {
  entryPermalink,
  explorerEntryHref,
  initialSearchState,
  parseSearchUrl,
  searchHref,
  snippetHref,
  SEARCH_PATH,
  type ParsedSearchUrl,
  type SearchPageState,
} from './url-state';
export { fillYears, tickStep, yearChart, type ChartBar, type ChartSize, type ChartTick, type YearChart } from './year-chart';
