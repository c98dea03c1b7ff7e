import { describe, expect, it } from "vitest";
import { organisationTypes } from "~/domain/organisations";
import { referenceData } from "~/i18n/en/reference-data";
import {
  ethnicities,
  ethnicityCodes,
  organisationTypeMessageKey,
  referralSourceByOrganisationType,
  referralSources,
} from "./census";

describe("census reference data", () => {
  it("has the 22 referral source codes, each once, each with English text", () => {
    expect(referralSources.map((source) => source.code)).toEqual([
      "1A",
      "1B",
      "1C",
      "1D",
      "2A",
      "2B",
      "3A",
      "3B",
      "3C",
      "3D",
      "3E",
      "3F",
      "4",
      "5A",
      "5B",
      "5C",
      "5D",
      "6",
      "7",
      "8",
      "9",
      "10",
    ]);
    for (const source of referralSources) expect(referenceData[source.messageKey]).toBeTruthy();
  });

  it("maps every organisation type to a referral source", () => {
    expect(Object.keys(referralSourceByOrganisationType).sort()).toEqual([...organisationTypes].sort());
    expect(referralSourceByOrganisationType.school).toBe("2A");
    expect(referralSourceByOrganisationType.early_years).toBe("8");
    expect(referralSourceByOrganisationType.police).toBe("6");
    expect(referralSourceByOrganisationType.emergency_department).toBe("3E");
    expect(referralSourceByOrganisationType.midwifery).toBe("3D");
    expect(referralSourceByOrganisationType.hospital).toBe("3F");
  });

  it("has English text for every organisation type", () => {
    for (const type of organisationTypes) expect(referenceData[organisationTypeMessageKey(type)]).toBeTruthy();
  });

  it("has the 20 DfE ethnicity codes, each once, each with English text and a group heading", () => {
    expect(new Set(ethnicityCodes).size).toBe(20);
    expect([...ethnicityCodes].sort()).toEqual(
      [
        "WBRI",
        "WIRI",
        "WIRT",
        "WOTH",
        "WROM",
        "MWBC",
        "MWBA",
        "MWAS",
        "MOTH",
        "AIND",
        "APKN",
        "ABAN",
        "AOTH",
        "BCRB",
        "BAFR",
        "BOTH",
        "CHNE",
        "OOTH",
        "REFU",
        "NOBT",
      ].sort(),
    );
    for (const ethnicity of ethnicities) {
      expect(referenceData[ethnicity.messageKey]).toBeTruthy();
      expect(referenceData[`referenceData.ethnicityGroup.${ethnicity.group}`]).toBeTruthy();
    }
  });
});
