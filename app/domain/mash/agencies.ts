import type { OrganisationType } from "~/domain/organisations";

/**
 * The partner agencies that sit in the MASH and answer information checks.
 * An agency officer answers for the agency their organisation belongs to.
 */
export const informationCheckAgencies = ["police", "health", "education"] as const;
export type InformationCheckAgency = (typeof informationCheckAgencies)[number];

const agencyByOrganisationType: Partial<Record<OrganisationType, InformationCheckAgency>> = {
  police: "police",
  health_visiting: "health",
  gp: "health",
  hospital: "health",
  emergency_department: "health",
  midwifery: "health",
  school_nursing: "health",
  school: "education",
  early_years: "education",
  education_services: "education",
};

/** The agency whose checks an officer from this kind of organisation answers; null when it answers none. */
export function agencyOfOrganisationType(type: OrganisationType): InformationCheckAgency | null {
  return agencyByOrganisationType[type] ?? null;
}

/** Every kind of organisation that answers for `agency`: whom to tell when a check arrives. */
export function organisationTypesOfAgency(agency: InformationCheckAgency): OrganisationType[] {
  return (Object.keys(agencyByOrganisationType) as OrganisationType[]).filter(
    (type) => agencyByOrganisationType[type] === agency,
  );
}
