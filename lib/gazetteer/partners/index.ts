/** The partner gazetteer (./table) and the rule that finds partners in a text (./match). */
export {
  comparePartnerCodes,
  partnerByCode,
  partnerGazetteer,
  partnerRegion,
  partnerTableCodes,
  PARTNER_REGIONS,
  sortPartnerCodes,
  type PartnerCode,
  type PartnerEntry,
  type PartnerRegion,
} from './table';
export { findPartners, type PartnerEvidence, type PartnerFindings } from './match';
