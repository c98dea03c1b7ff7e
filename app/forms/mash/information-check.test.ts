import { describe, expect, it } from "vitest";
import { submit } from "~/forms/test-support";
import { checkRequestSchema } from "./information-check";

const managerId = "0b7a3d9e-5a3c-4d2e-9f55-7d1f6f1c2a10";
const schema = checkRequestSchema([managerId]);
const question = { agency: "police", question: "Any call-outs to 14 Moorside Road?" };

describe("checkRequestSchema", () => {
  it("asks for the lawful basis and whether the family has been told, with everything else at once", () => {
    expect(submit(schema, {}).errors).toEqual({
      agency: ["mash.checkRequest.agency.required"],
      question: ["mash.checkRequest.question.required"],
      lawfulBasis: ["mash.checkRequest.lawfulBasis.required"],
      familyInformed: ["mash.checkRequest.familyInformed.required"],
    });
  });

  it("takes sharing the family has been told about, dropping anything typed for the other answer", () => {
    expect(
      submit(schema, {
        ...question,
        lawfulBasis: "public_task",
        familyInformed: "yes",
        familyNotInformedReason: "Typed, then changed",
        authorisedBy: managerId,
      }).value,
    ).toEqual({
      ...question,
      lawfulBasis: "public_task",
      familyInformed: true,
      familyNotInformedReason: null,
      authorisedBy: null,
    });
  });

  it("needs a reason and the authorising manager when the family has not been told", () => {
    expect(submit(schema, { ...question, lawfulBasis: "public_task", familyInformed: "no" }).errors).toEqual({
      familyNotInformedReason: ["mash.checkRequest.familyNotInformedReason.required"],
      authorisedBy: ["mash.checkRequest.authorisedBy.required"],
    });
    expect(
      submit(schema, {
        ...question,
        lawfulBasis: "consent",
        familyInformed: "no",
        familyNotInformedReason: "Risk to mother.",
        authorisedBy: "someone-else",
      }).errors,
    ).toEqual({
      lawfulBasis: ["mash.checkRequest.lawfulBasis.consentNeedsFamily"],
      authorisedBy: ["mash.checkRequest.authorisedBy.required"],
    });
    expect(
      submit(schema, {
        ...question,
        lawfulBasis: "public_task",
        familyInformed: "no",
        familyNotInformedReason: "Risk to mother.",
        authorisedBy: managerId,
      }).value,
    ).toEqual({
      ...question,
      lawfulBasis: "public_task",
      familyInformed: false,
      familyNotInformedReason: "Risk to mother.",
      authorisedBy: managerId,
    });
  });
});
