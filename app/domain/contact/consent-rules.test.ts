import { describe, expect, it } from "vitest";
import { agreementNeeded, consentRuleFor, consentStanding } from "./consent-rules";

describe("agreementNeeded", () => {
  it.each([
    ["early help, whatever the concern", { consentRequired: true }, undefined, "familyConsent"],
    ["early help, even where the referrer reports significant harm", { consentRequired: true }, "yes", "familyConsent"],
    ["a child in need (section 17)", { consentRequired: false }, "no", "parentalAgreement"],
    ["a statutory level not yet answered", { consentRequired: false }, undefined, "parentalAgreement"],
    ["significant harm (section 47)", { consentRequired: false }, "yes", "none"],
  ] as const)("%s", (_description, level, significantHarm, expected) => {
    expect(agreementNeeded(consentRuleFor(level), significantHarm)).toBe(expected);
  });
});

describe("consentStanding", () => {
  it.each([
    [{ familyAware: "yes", familyConsented: "yes" }, "agreed"],
    [{ familyAware: "yes", significantHarm: "no", familyConsented: "yes" }, "agreed"],
    [{ familyAware: "yes", significantHarm: "yes" }, "notNeededSignificantHarm"],
    [
      { familyAware: "yes", familyConsented: "no", noConsentReason: "Risk.", familyObjections: "Interfering." },
      "notAgreed",
    ],
    [{ familyAware: "no", familyUnawareReason: "Risk.", significantHarm: "yes" }, "familyUnaware"],
    [{ familyAware: "yes" }, "notAsked"],
  ] as const)("%j is %s", (answers, expected) => {
    expect(consentStanding(answers)).toBe(expected);
  });
});
