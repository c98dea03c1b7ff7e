import type { OrganisationType } from "~/domain/organisations";

/**
 * Reference data for the DfE Children in Need census and Ofsted's Annex A.
 * The DfE revises these lists, so they are data with a message key each (the
 * label shown to people) and a code (what goes in the return): check them
 * against the census specification every year.
 */

/** Referral (and contact) source codes, in the census's own order. */
export const referralSources = [
  { code: "1A", messageKey: "referenceData.referralSource.1A" },
  { code: "1B", messageKey: "referenceData.referralSource.1B" },
  { code: "1C", messageKey: "referenceData.referralSource.1C" },
  { code: "1D", messageKey: "referenceData.referralSource.1D" },
  { code: "2A", messageKey: "referenceData.referralSource.2A" },
  { code: "2B", messageKey: "referenceData.referralSource.2B" },
  { code: "3A", messageKey: "referenceData.referralSource.3A" },
  { code: "3B", messageKey: "referenceData.referralSource.3B" },
  { code: "3C", messageKey: "referenceData.referralSource.3C" },
  { code: "3D", messageKey: "referenceData.referralSource.3D" },
  { code: "3E", messageKey: "referenceData.referralSource.3E" },
  { code: "3F", messageKey: "referenceData.referralSource.3F" },
  { code: "4", messageKey: "referenceData.referralSource.4" },
  { code: "5A", messageKey: "referenceData.referralSource.5A" },
  { code: "5B", messageKey: "referenceData.referralSource.5B" },
  { code: "5C", messageKey: "referenceData.referralSource.5C" },
  { code: "5D", messageKey: "referenceData.referralSource.5D" },
  { code: "6", messageKey: "referenceData.referralSource.6" },
  { code: "7", messageKey: "referenceData.referralSource.7" },
  { code: "8", messageKey: "referenceData.referralSource.8" },
  { code: "9", messageKey: "referenceData.referralSource.9" },
  { code: "10", messageKey: "referenceData.referralSource.10" },
] as const;

export type ReferralSourceCode = (typeof referralSources)[number]["code"];

/**
 * The census source recorded for a contact made through the portal, decided
 * by the kind of organisation the referrer belongs to.
 *
 * `early_years` maps to 8 ("other: children's centres, voluntary organisations,
 * independent providers"): most early years settings are private, voluntary or
 * independent nurseries and children's centres, which the census names under 8.
 * A maintained nursery school is a school (2A); a council that registers its
 * nursery schools as `school` organisations gets that for free.
 * A hospital is 3F ("health: other") unless it is an emergency department
 * (3E) or a midwifery service (3D, other primary health services): the census
 * keeps 3E for A&E alone.
 * `mash` and `social_care` both map to 5A: a contact raised from inside the
 * MASH is the local authority's own social care service.
 */
export const referralSourceByOrganisationType = {
  school: "2A",
  early_years: "8",
  health_visiting: "3B",
  school_nursing: "3C",
  gp: "3A",
  hospital: "3F",
  emergency_department: "3E",
  midwifery: "3D",
  police: "6",
  housing: "4",
  voluntary: "8",
  mash: "5A",
  early_help: "5D",
  social_care: "5A",
  other_la: "5C",
  education_services: "2B",
  la_other_service: "5B",
  legal_agency: "7",
} as const satisfies Record<OrganisationType, ReferralSourceCode>;

export function organisationTypeMessageKey<T extends OrganisationType>(type: T): `referenceData.organisationType.${T}` {
  return `referenceData.organisationType.${type}`;
}

/** The DfE's ethnicity codes as used in the 2021 census onwards; `group` lets a select list show them under headings. */
export const ethnicities = [
  { code: "WBRI", group: "white", messageKey: "referenceData.ethnicity.WBRI" },
  { code: "WIRI", group: "white", messageKey: "referenceData.ethnicity.WIRI" },
  { code: "WIRT", group: "white", messageKey: "referenceData.ethnicity.WIRT" },
  { code: "WROM", group: "white", messageKey: "referenceData.ethnicity.WROM" },
  { code: "WOTH", group: "white", messageKey: "referenceData.ethnicity.WOTH" },
  { code: "MWBC", group: "mixed", messageKey: "referenceData.ethnicity.MWBC" },
  { code: "MWBA", group: "mixed", messageKey: "referenceData.ethnicity.MWBA" },
  { code: "MWAS", group: "mixed", messageKey: "referenceData.ethnicity.MWAS" },
  { code: "MOTH", group: "mixed", messageKey: "referenceData.ethnicity.MOTH" },
  { code: "AIND", group: "asian", messageKey: "referenceData.ethnicity.AIND" },
  { code: "APKN", group: "asian", messageKey: "referenceData.ethnicity.APKN" },
  { code: "ABAN", group: "asian", messageKey: "referenceData.ethnicity.ABAN" },
  { code: "CHNE", group: "asian", messageKey: "referenceData.ethnicity.CHNE" },
  { code: "AOTH", group: "asian", messageKey: "referenceData.ethnicity.AOTH" },
  { code: "BCRB", group: "black", messageKey: "referenceData.ethnicity.BCRB" },
  { code: "BAFR", group: "black", messageKey: "referenceData.ethnicity.BAFR" },
  { code: "BOTH", group: "black", messageKey: "referenceData.ethnicity.BOTH" },
  { code: "OOTH", group: "other", messageKey: "referenceData.ethnicity.OOTH" },
  { code: "REFU", group: "notGiven", messageKey: "referenceData.ethnicity.REFU" },
  { code: "NOBT", group: "notGiven", messageKey: "referenceData.ethnicity.NOBT" },
] as const;

export type EthnicityCode = (typeof ethnicities)[number]["code"];
export const ethnicityCodes = ethnicities.map((ethnicity) => ethnicity.code) as [EthnicityCode, ...EthnicityCode[]];

/**
 * The census's primary need codes: the main reason the child is in need, as
 * the screener judges it when a contact becomes a referral.
 */
export const primaryNeeds = [
  { code: "N0", messageKey: "referenceData.primaryNeed.N0" },
  { code: "N1", messageKey: "referenceData.primaryNeed.N1" },
  { code: "N2", messageKey: "referenceData.primaryNeed.N2" },
  { code: "N3", messageKey: "referenceData.primaryNeed.N3" },
  { code: "N4", messageKey: "referenceData.primaryNeed.N4" },
  { code: "N5", messageKey: "referenceData.primaryNeed.N5" },
  { code: "N6", messageKey: "referenceData.primaryNeed.N6" },
  { code: "N7", messageKey: "referenceData.primaryNeed.N7" },
  { code: "N8", messageKey: "referenceData.primaryNeed.N8" },
  { code: "N9", messageKey: "referenceData.primaryNeed.N9" },
] as const;

export type PrimaryNeedCode = (typeof primaryNeeds)[number]["code"];
export const primaryNeedCodes = primaryNeeds.map((need) => need.code) as [PrimaryNeedCode, ...PrimaryNeedCode[]];
