import { describe, expect, it } from "vitest";
import { organisationTypes } from "~/domain/organisations";
import { agencyOfOrganisationType, informationCheckAgencies, organisationTypesOfAgency } from "./agencies";

describe("agencyOfOrganisationType", () => {
  it.each([
    ["police", "police"],
    ["health_visiting", "health"],
    ["gp", "health"],
    ["hospital", "health"],
    ["school_nursing", "health"],
    ["school", "education"],
    ["early_years", "education"],
    ["housing", null],
    ["mash", null],
    ["social_care", null],
  ] as const)("puts a %s organisation's officers in %s", (type, agency) => {
    expect(agencyOfOrganisationType(type)).toBe(agency);
  });
});

describe("organisationTypesOfAgency", () => {
  it("is the inverse of agencyOfOrganisationType", () => {
    for (const agency of informationCheckAgencies) {
      for (const type of organisationTypes) {
        expect(organisationTypesOfAgency(agency).includes(type)).toBe(agencyOfOrganisationType(type) === agency);
      }
    }
  });
});
