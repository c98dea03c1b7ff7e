import { describe, expect, it } from "vitest";
import { northmoorDocument } from "~/domain/thresholds/test-document";
import { completeAnswers } from "#tests/support/contact-fixtures";
import { indexFromNumber, pathAfterSaving } from "./draft-page.server";

const context = { document: northmoorDocument() };
const draftId = "0b8e3f0e-6a52-4a8e-9d1b-2f4f5d6c7a80";
const base = `/contacts/drafts/${draftId}`;

describe("pathAfterSaving", () => {
  it("follows the journey when the referrer is working through it", () => {
    expect(pathAfterSaving(draftId, completeAnswers(), { page: "concern" }, context)).toBe(`${base}/level`);
  });

  it("goes back to check your answers once everything is answered again", () => {
    expect(pathAfterSaving(draftId, completeAnswers(), { page: "concern" }, context, "check-answers")).toBe(
      `${base}/check-answers`,
    );
  });

  it("follows the journey, keeping the way back, while a change leaves something to answer", () => {
    // A level 4 need changes the suggestion, so the level agreed earlier no longer stands.
    const answers = { ...completeAnswers(), descriptors: { descriptorIds: ["neglect-4-severe"] } };
    expect(pathAfterSaving(draftId, answers, { page: "descriptors" }, context, "check-answers")).toBe(
      `${base}/concern?returnTo=check-answers`,
    );
  });
});

describe("indexFromNumber", () => {
  it.each([
    ["1", 0],
    ["12", 11],
    ["0", -1],
    ["01", -1],
    ["x", -1],
    [undefined, -1],
  ])("reads %s as %i", (text, index) => {
    expect(indexFromNumber(text)).toBe(index);
  });
});
