import { describe, expect, it } from "vitest";
import { submit } from "~/forms/test-support";
import { consentSchema } from "./consent";

describe("consentSchema where consent is required (early help)", () => {
  const schema = consentSchema({ consentRequired: true });

  it("accepts a family who know and agree", () => {
    expect(submit(schema, { familyAware: "yes", familyConsented: "yes" }).value).toEqual({
      familyAware: "yes",
      familyConsented: "yes",
    });
  });

  it("asks whether the family know, then whether they agreed", () => {
    expect(submit(schema, {}).errors).toEqual({ familyAware: ["contact.consent.familyAware.required"] });
    expect(submit(schema, { familyAware: "yes" }).errors).toEqual({
      familyConsented: ["contact.consent.familyConsented.required"],
    });
  });

  it("needs a reason and the family's objections when they have not agreed", () => {
    expect(submit(schema, { familyAware: "yes", familyConsented: "no" }).errors).toEqual({
      noConsentReason: ["contact.consent.noConsentReason.required"],
      familyObjections: ["contact.consent.familyObjections.required"],
    });
    const value = submit(schema, {
      familyAware: "yes",
      familyConsented: "no",
      noConsentReason: "Amy is not safe at home; the school must act.",
      familyObjections: "Mum says school is interfering and the family can manage.",
    }).value;
    expect(value).toEqual({
      familyAware: "yes",
      familyConsented: "no",
      noConsentReason: "Amy is not safe at home; the school must act.",
      familyObjections: "Mum says school is interfering and the family can manage.",
    });
    expect(schema.parse(value)).toEqual(value);
  });

  it("needs a reason when the family do not know, and does not ask about consent", () => {
    expect(submit(schema, { familyAware: "no" }).errors).toEqual({
      familyUnawareReason: ["contact.consent.familyUnawareReason.required"],
    });
    expect(
      submit(schema, {
        familyAware: "no",
        familyUnawareReason: "Dad may harm Mum if he finds out.",
        familyConsented: "yes",
      }).value,
    ).toEqual({
      familyAware: "no",
      familyUnawareReason: "Dad may harm Mum if he finds out.",
    });
  });
});

describe("consentSchema at a statutory level", () => {
  const schema = consentSchema({ consentRequired: false });

  it("asks whether the concern is significant harm, and whether the family know", () => {
    expect(submit(schema, {}).errors).toEqual({ familyAware: ["contact.consent.familyAware.required"] });
    expect(submit(schema, { familyAware: "yes" }).errors).toEqual({
      significantHarm: ["contact.consent.significantHarm.required"],
    });
    expect(submit(schema, { familyAware: "no", familyUnawareReason: "Telling them puts Amy at risk." }).errors).toEqual(
      { significantHarm: ["contact.consent.significantHarm.required"] },
    );
  });

  it("does not need the parents' agreement for significant harm (section 47)", () => {
    expect(submit(schema, { familyAware: "yes", significantHarm: "yes" }).value).toEqual({
      familyAware: "yes",
      significantHarm: "yes",
    });
    expect(submit(schema, { familyAware: "yes", significantHarm: "yes", familyConsented: "no" }).value).toEqual({
      familyAware: "yes",
      significantHarm: "yes",
    });
  });

  it("needs the parents' agreement for a child in need (section 17), or why not and their objections", () => {
    expect(submit(schema, { familyAware: "yes", significantHarm: "no" }).errors).toEqual({
      familyConsented: ["contact.consent.familyConsented.required"],
    });
    expect(submit(schema, { familyAware: "yes", significantHarm: "no", familyConsented: "yes" }).value).toEqual({
      familyAware: "yes",
      significantHarm: "no",
      familyConsented: "yes",
    });
    expect(submit(schema, { familyAware: "yes", significantHarm: "no", familyConsented: "no" }).errors).toEqual({
      noConsentReason: ["contact.consent.noConsentReason.required"],
      familyObjections: ["contact.consent.familyObjections.required"],
    });
  });

  it("still needs a reason when the family do not know", () => {
    expect(submit(schema, { familyAware: "no", significantHarm: "yes", familyUnawareReason: " " }).errors).toEqual({
      familyUnawareReason: ["contact.consent.familyUnawareReason.required"],
    });
  });

  it("turns out incomplete when the level later needs consent", () => {
    expect(
      consentSchema({ consentRequired: true }).safeParse({ familyAware: "yes", significantHarm: "yes" }).success,
    ).toBe(false);
  });
});
