/** Citations, reference-manager metadata and the access date: pure, for the server and the browser. */
export { tokyoDate } from './access-date';
export {
  citationsFor,
  citeSourceFromItem,
  formatChicagoBibliography,
  formatChicagoNote,
  formatJaCitation,
  formatVersionEn,
  formatVersionJa,
  type Citations,
  type CiteContext,
  type CiteSource,
  type CiteVersion,
} from './citation';
export type { Issuer } from './issuer';
export { entryJsonLd, referenceManagerMeta, serializeJsonLd } from './structured-data';
