import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { submit } from "~/forms/test-support";
import { addAnotherAdultSchema, addAnotherChildSchema } from "./add-another";
import { adultSchema } from "./adult";

const valid = {
  firstName: "Dean",
  relationship: "Mother’s partner",
  parentalResponsibility: "no",
  livesWithChild: "yes",
  knownRisk: "no",
};

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date("2026-05-15T12:00:00Z"));
});
afterEach(() => {
  vi.useRealTimers();
});

describe("adultSchema", () => {
  it("accepts an adult known only by first name and relationship", () => {
    expect(submit(adultSchema, valid).value).toEqual(valid);
  });

  it("keeps a date of birth and last name when given", () => {
    const value = submit(adultSchema, {
      ...valid,
      lastName: "Clarke",
      "dateOfBirth.day": "2",
      "dateOfBirth.month": "11",
      "dateOfBirth.year": "1990",
    }).value;
    expect(value).toMatchObject({ lastName: "Clarke", dateOfBirth: "1990-11-02" });
    expect(adultSchema.parse(value)).toEqual(value);
  });

  it("asks every question", () => {
    expect(submit(adultSchema, {}).errors).toEqual({
      firstName: ["contact.adult.firstName.required"],
      relationship: ["contact.adult.relationship.required"],
      parentalResponsibility: ["contact.adult.parentalResponsibility.required"],
      livesWithChild: ["contact.adult.livesWithChild.required"],
      knownRisk: ["contact.adult.knownRisk.required"],
    });
  });

  it("checks a date of birth that was partly entered, and one in the future", () => {
    expect(submit(adultSchema, { ...valid, "dateOfBirth.year": "1990" }).errors).toEqual({
      dateOfBirth: ["contact.adult.dateOfBirth.missingDayAndMonth"],
    });
    expect(
      submit(adultSchema, { ...valid, "dateOfBirth.day": "1", "dateOfBirth.month": "1", "dateOfBirth.year": "2027" })
        .errors,
    ).toEqual({
      dateOfBirth: ["contact.adult.dateOfBirth.tooLate"],
    });
  });

  it("takes an address, if known, only for an adult living elsewhere", () => {
    const elsewhere = { ...valid, livesWithChild: "no", "address.line1": "3 Mill Lane", "address.postcode": "nm2 7qd" };
    expect(submit(adultSchema, elsewhere).value).toMatchObject({
      livesWithChild: "no",
      address: { line1: "3 Mill Lane", postcode: "NM2 7QD" },
    });
    expect(submit(adultSchema, { ...valid, livesWithChild: "no" }).value).toMatchObject({
      livesWithChild: "no",
      address: {},
    });
    expect(submit(adultSchema, { ...elsewhere, "address.postcode": "NM2" }).errors).toEqual({
      "address.postcode": ["contact.address.postcode.invalid"],
    });
    expect(submit(adultSchema, { ...valid, "address.line1": "3 Mill Lane" }).value).not.toHaveProperty("address");
  });

  it("requires details of a known risk, and only then", () => {
    expect(submit(adultSchema, { ...valid, knownRisk: "yes" }).errors).toEqual({
      riskDetails: ["contact.adult.riskDetails.required"],
    });
    expect(
      submit(adultSchema, { ...valid, knownRisk: "yes", riskDetails: "Convicted of assaulting a child in 2019" }).value,
    ).toMatchObject({
      knownRisk: "yes",
      riskDetails: "Convicted of assaulting a child in 2019",
    });
    expect(
      submit(adultSchema, { ...valid, knownRisk: "notKnown", riskDetails: "typed then changed" }).value,
    ).not.toHaveProperty("riskDetails");
  });
});

describe("add another", () => {
  it("asks whether there is another child or adult to add", () => {
    expect(submit(addAnotherChildSchema, { addAnother: "no" }).value).toEqual({ addAnother: "no" });
    expect(submit(addAnotherChildSchema, {}).errors).toEqual({ addAnother: ["contact.children.addAnother.required"] });
    expect(submit(addAnotherAdultSchema, {}).errors).toEqual({ addAnother: ["contact.adults.addAnother.required"] });
  });
});
