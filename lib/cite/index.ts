/** Citations, reference-manager metadata and the access date: pure, for the server and the browser. */
export { tokyoDate } from './access-date';
export {
  citationsFor,
  citeSourceFromItem,
  enCitationDate,
  formatChicagoBibliography,
  formatChicagoNote,
  formatJaCitation,
  formatVersionEn,
  formatVersionJa,
  jaCitationDate,
  type Citations,
  type CiteSource,
  type CiteVersion,
} from './citation';
export { statementIssuer, type Issuer } from './issuer';
export { entryJsonLd, referenceManagerMeta, serializeJsonLd } from './structured-data';
