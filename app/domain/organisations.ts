/**
 * The kinds of organisation that use Front Door. The type decides the Children
 * in Need census referral-source code of the contacts an organisation makes.
 */
export const organisationTypes = [
  "school",
  "early_years",
  "health_visiting",
  "school_nursing",
  "gp",
  "hospital",
  "police",
  "housing",
  "voluntary",
  "mash",
  "early_help",
  "social_care",
  "other_la",
  "emergency_department",
  "midwifery",
  "education_services",
  "la_other_service",
  "legal_agency",
] as const;
export type OrganisationType = (typeof organisationTypes)[number];
