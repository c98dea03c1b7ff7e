import { describe, expect, it } from "vitest";
import { deriveReferralSource } from "./referral-source";

describe("deriveReferralSource", () => {
  it.each([
    ["a hospital emergency department", "emergency_department", "3E"],
    ["a hospital ward", "hospital", "3F"],
    ["a midwife", "midwifery", "3D"],
    ["a GP", "gp", "3A"],
    ["a school", "school", "2A"],
    ["probation or a youth offending team", "legal_agency", "7"],
    ["early help", "early_help", "5D"],
  ] as const)("gives a professional from %s %s", (_name, organisationType, code) => {
    expect(deriveReferralSource({ channel: "phone", referrerKind: "professional", organisationType })).toBe(code);
  });

  it("gives a step-up from a school lead professional the school's code, not early help's", () => {
    expect(
      deriveReferralSource({
        channel: "portal",
        referrerKind: "professional",
        organisationType: "early_help",
        leadProfessionalOrganisationType: "school",
      }),
    ).toBe("2A");
  });

  it("gives a police notification 6 whoever typed it up", () => {
    expect(deriveReferralSource({ channel: "police_notification", referrerKind: "professional" })).toBe("6");
    expect(
      deriveReferralSource({ channel: "police_notification", referrerKind: "professional", organisationType: "mash" }),
    ).toBe("6");
  });

  it.each([
    ["family", "1A"],
    ["acquaintance", "1B"],
    ["self", "1C"],
    ["other", "1D"],
  ] as const)("gives a named individual who is %s %s", (relationship, code) => {
    expect(deriveReferralSource({ channel: "phone", referrerKind: "individual", relationship })).toBe(code);
    expect(deriveReferralSource({ channel: "public_online", referrerKind: "individual", relationship })).toBe(code);
  });

  it("gives an individual whose relationship is not known 1D, an anonymous contact 9, and an unknown organisation 10", () => {
    expect(deriveReferralSource({ channel: "letter", referrerKind: "individual" })).toBe("1D");
    expect(deriveReferralSource({ channel: "public_online", referrerKind: "anonymous" })).toBe("9");
    expect(deriveReferralSource({ channel: "phone", referrerKind: "anonymous" })).toBe("9");
    expect(deriveReferralSource({ channel: "email", referrerKind: "professional", organisationType: null })).toBe("10");
  });
});
