/** The partner gazetteer (./table), its display order (./order) and the rule that finds partners in a text (./match). */
export { partnerByCode, partnerGazetteer, partnerRegion, PARTNER_REGIONS, type PartnerCode, type PartnerEntry, type PartnerRegion } from './table';
export { comparePartnerCodes, partnerTableCodes, sortPartnerCodes } from './order';
export { findPartners, type PartnerEvidence, type PartnerFindings } from './match';
