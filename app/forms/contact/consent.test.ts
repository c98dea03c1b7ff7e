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

  it("needs a reason when the family have not agreed", () => {
    expect(submit(schema, { familyAware: "yes", familyConsented: "no" }).errors).toEqual({
      noConsentReason: ["contact.consent.noConsentReason.required"],
    });
    const value = submit(schema, {
      familyAware: "yes",
      familyConsented: "no",
      noConsentReason: "Asking would put Amy at risk.",
    }).value;
    expect(value).toEqual({
      familyAware: "yes",
      familyConsented: "no",
      noConsentReason: "Asking would put Amy at risk.",
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

describe("consentSchema where consent is not required (statutory)", () => {
  const schema = consentSchema({ consentRequired: false });

  it("asks only whether the family know", () => {
    expect(submit(schema, { familyAware: "yes" }).value).toEqual({ familyAware: "yes" });
    expect(submit(schema, { familyAware: "yes", familyConsented: "no" }).value).toEqual({ familyAware: "yes" });
    expect(submit(schema, {}).errors).toEqual({ familyAware: ["contact.consent.familyAware.required"] });
  });

  it("still needs a reason when the family do not know", () => {
    expect(submit(schema, { familyAware: "no", familyUnawareReason: " " }).errors).toEqual({
      familyUnawareReason: ["contact.consent.familyUnawareReason.required"],
    });
  });

  it("turns out incomplete when the level later needs consent", () => {
    expect(consentSchema({ consentRequired: true }).safeParse({ familyAware: "yes" }).success).toBe(false);
  });
});
