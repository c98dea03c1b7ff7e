import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { submit } from "~/forms/test-support";
import { refuseTestNhsNumbers } from "~/forms/nhs-number";
import { childSchema } from "./child";

const details = {
  lastName: "Evans",
  sex: "female",
  "address.line1": "14 Moorside Road",
  "address.town": "Northmoor",
  "address.postcode": "nm1 4tb",
  disability: "no",
  firstLanguage: "English",
  interpreterNeeded: "no",
};
const born = {
  ...details,
  isUnborn: "no",
  firstName: "Amy",
  "dateOfBirth.day": "7",
  "dateOfBirth.month": "3",
  "dateOfBirth.year": "2019",
};
const unborn = {
  ...details,
  isUnborn: "yes",
  sex: "notKnown",
  "dueDate.day": "1",
  "dueDate.month": "9",
  "dueDate.year": "2026",
};

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date("2026-05-15T12:00:00Z"));
});
afterEach(() => {
  vi.useRealTimers();
});

describe("childSchema", () => {
  it("accepts a child, normalising the postcode and dropping empty optional answers", () => {
    expect(submit(childSchema, { ...born, ethnicity: "", schoolOrSetting: " " }).value).toEqual({
      isUnborn: "no",
      firstName: "Amy",
      lastName: "Evans",
      dateOfBirth: "2019-03-07",
      sex: "female",
      address: { line1: "14 Moorside Road", town: "Northmoor", postcode: "NM1 4TB" },
      disability: "no",
      firstLanguage: "English",
      interpreterNeeded: "no",
    });
  });

  it("keeps the optional answers that were given", () => {
    const value = submit(childSchema, {
      ...born,
      otherNames: "Amy-Leigh",
      genderIdentity: "Non-binary",
      nhsNumber: "485 777 3457",
      schoolOrSetting: "Northmoor Primary School",
      ethnicity: "MWBC",
      disability: "yes",
      disabilityDetails: "Autism; has an EHCP",
      interpreterNeeded: "yes",
    }).value;
    expect(value).toMatchObject({
      nhsNumber: "4857773457",
      ethnicity: "MWBC",
      otherNames: "Amy-Leigh",
      disabilityDetails: "Autism; has an EHCP",
    });
  });

  it("accepts an unborn baby with a due date and no first name, dropping any date of birth typed before switching", () => {
    const value = submit(childSchema, { ...unborn, "dateOfBirth.day": "99" }).value;
    expect(value).toMatchObject({ isUnborn: "yes", dueDate: "2026-09-01" });
    expect(value).not.toHaveProperty("dateOfBirth");
    expect(value).not.toHaveProperty("firstName");
  });

  it("parses its own output again to the same thing, so saved answers re-validate", () => {
    for (const fields of [born, unborn]) {
      const value = submit(childSchema, { ...fields, nhsNumber: "4857773457" }).value;
      expect(childSchema.parse(value)).toEqual(value);
    }
  });

  it("asks every question that applies whatever else is missing", () => {
    expect(submit(childSchema, {}).errors).toEqual({
      isUnborn: ["contact.child.isUnborn.required"],
      lastName: ["contact.child.lastName.required"],
      sex: ["contact.child.sex.required"],
      "address.line1": ["contact.address.line1.required"],
      "address.town": ["contact.address.town.required"],
      "address.postcode": ["contact.address.postcode.required"],
      disability: ["contact.child.disability.required"],
      firstLanguage: ["contact.child.firstLanguage.required"],
      interpreterNeeded: ["contact.child.interpreterNeeded.required"],
    });
  });

  it("needs a first name and date of birth for a child who has been born", () => {
    expect(submit(childSchema, { ...details, isUnborn: "no" }).errors).toEqual({
      firstName: ["contact.child.firstName.required"],
      dateOfBirth: ["contact.child.dateOfBirth.required"],
    });
  });

  it("needs a due date for an unborn baby", () => {
    expect(submit(childSchema, { ...details, isUnborn: "yes" }).errors).toEqual({
      dueDate: ["contact.child.dueDate.required"],
    });
  });

  it.each([
    [{ "dateOfBirth.month": "" }, "contact.child.dateOfBirth.missingMonth"],
    [{ "dateOfBirth.day": "31", "dateOfBirth.month": "6" }, "contact.child.dateOfBirth.invalid"],
    [{ "dateOfBirth.year": "19" }, "contact.child.dateOfBirth.yearFourDigits"],
    [
      { "dateOfBirth.day": "16", "dateOfBirth.month": "5", "dateOfBirth.year": "2026" },
      "contact.child.dateOfBirth.tooLate",
    ],
    [
      { "dateOfBirth.day": "15", "dateOfBirth.month": "5", "dateOfBirth.year": "2008" },
      "contact.child.dateOfBirth.tooEarly",
    ],
  ])("rejects the date of birth %o with %s", (change, message) => {
    expect(submit(childSchema, { ...born, ...change }).errors).toEqual({ dateOfBirth: [message] });
  });

  it("accepts a child born today and one who is 17 and 364 days old", () => {
    expect(
      submit(childSchema, { ...born, "dateOfBirth.day": "15", "dateOfBirth.month": "5", "dateOfBirth.year": "2026" })
        .errors,
    ).toBeUndefined();
    expect(
      submit(childSchema, { ...born, "dateOfBirth.day": "16", "dateOfBirth.month": "5", "dateOfBirth.year": "2008" })
        .errors,
    ).toBeUndefined();
  });

  it.each([
    [{ "dueDate.day": "30", "dueDate.month": "4" }, "contact.child.dueDate.tooEarly"],
    [{ "dueDate.month": "", "dueDate.day": "" }, "contact.child.dueDate.missingDayAndMonth"],
    [{ "dueDate.month": "6", "dueDate.year": "2027" }, "contact.child.dueDate.tooLate"],
  ])("rejects the due date %o with %s", (change, message) => {
    expect(submit(childSchema, { ...unborn, ...change }).errors).toEqual({ dueDate: [message] });
  });

  it("accepts a baby up to two weeks overdue", () => {
    expect(submit(childSchema, { ...unborn, "dueDate.day": "1", "dueDate.month": "5" }).value).toMatchObject({
      dueDate: "2026-05-01",
    });
  });

  it.each([
    ["485 777 345", "contact.child.nhsNumber.length"],
    ["485 777 3458", "contact.child.nhsNumber.invalid"],
    ["123 456 7890", "contact.child.nhsNumber.invalid"],
    ["000 000 0000", "contact.child.nhsNumber.placeholder"],
    ["943 476 5919", "contact.child.nhsNumber.notIssued"],
  ])("rejects the NHS number %s", (nhsNumber, message) => {
    expect(submit(childSchema, { ...born, nhsNumber }).errors).toEqual({ nhsNumber: [message] });
  });

  it("accepts an NHS number from the 999 test range until the server refuses them, as it does in production", () => {
    expect(submit(childSchema, { ...born, nhsNumber: "999 992 7602" }).value).toMatchObject({
      nhsNumber: "9999927602",
    });
    refuseTestNhsNumbers();
    expect(submit(childSchema, { ...born, nhsNumber: "999 992 7602" }).errors).toEqual({
      nhsNumber: ["contact.child.nhsNumber.testNumber"],
    });
  });

  it("rejects an invalid postcode and an ethnicity that is not a census code", () => {
    expect(submit(childSchema, { ...born, "address.postcode": "NM1", ethnicity: "WHITE" }).errors).toEqual({
      "address.postcode": ["contact.address.postcode.invalid"],
      ethnicity: ["contact.child.ethnicity.invalid"],
    });
  });
});
