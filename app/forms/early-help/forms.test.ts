import { describe, expect, it } from "vitest";
import { submit } from "~/forms/test-support";
import { networkMeetingSchema } from "./family-network";
import { toFieldErrors } from "./fields";
import { goalSchema } from "./goals";
import { parseOtherAttendees, reviewSchema, stepUpSchema, toScores } from "./review";
import { stepDownSchema, toStepDownInput } from "./step-down";

const goalId = "6f1c2d8e-0a4b-4c3d-9e8f-1a2b3c4d5e6f";

describe("the review form", () => {
  it("reads the date boxes, a score per goal and leaves an empty next review date to the council's interval", () => {
    const { value } = submit(reviewSchema([goalId]), {
      "heldOn.day": "17",
      "heldOn.month": "2",
      "heldOn.year": "2026",
      attendees: ["lead", "consent"],
      [`scores.${goalId}`]: "5",
      whatChanged: "Amira is in school four days a week.",
    });
    expect(value).toMatchObject({ heldOn: "2026-02-17", attendees: ["lead", "consent"] });
    expect(value?.nextReviewOn).toBeUndefined();
    expect(toScores(value?.scores as Record<string, number | undefined>)).toEqual([{ goalId, score: 5 }]);
  });

  it("leaves a missing score for the domain's 'enter a score', and refuses one that is not a number", () => {
    const empty = submit(reviewSchema([goalId]), {
      "heldOn.day": "1",
      "heldOn.month": "2",
      "heldOn.year": "2026",
      whatChanged: "x",
    });
    expect(toScores(empty.value?.scores as Record<string, number | undefined> | undefined)).toEqual([]);
    const words = submit(reviewSchema([goalId]), {
      "heldOn.day": "1",
      "heldOn.month": "2",
      "heldOn.year": "2026",
      [`scores.${goalId}`]: "five",
      whatChanged: "x",
    });
    expect(words.errors).toEqual({ [`scores.${goalId}`]: ["earlyHelp.score.error.range"] });
  });

  it("reads other attendees one a line, name then role", () => {
    expect(
      parseOtherAttendees("Sarah Okafor, mother\n\n  Gareth Pryce, head of year, Northmoor Primary \nNan"),
    ).toEqual([
      { name: "Sarah Okafor", role: "mother" },
      { name: "Gareth Pryce", role: "head of year, Northmoor Primary" },
      { name: "Nan", role: "" },
    ]);
  });
});

describe("the goal form", () => {
  it("wants a target above the score now", () => {
    const { errors } = submit(goalSchema, {
      outcomeArea: "education",
      need: "Missed school",
      description: "Goes every day",
      "setOn.day": "6",
      "setOn.month": "1",
      "setOn.year": "2026",
      baselineScore: "6",
      targetScore: "4",
    });
    expect(errors).toEqual({ targetScore: ["plans.goal.targetScore.notAboveBaseline"] });
  });
});

describe("the family network meeting form", () => {
  it("drops later answers when no meeting was offered", () => {
    expect(submit(networkMeetingSchema, { offered: "no", accepted: "yes" }).value).toEqual({ offered: false });
  });

  it("asks for the family's answer once a meeting was offered", () => {
    expect(submit(networkMeetingSchema, { offered: "family_group_conference" }).errors).toEqual({
      accepted: ["plans.network.accepted.required"],
    });
    expect(
      submit(networkMeetingSchema, {
        offered: "family_network_meeting",
        accepted: "yes",
        "heldOn.day": "3",
        "heldOn.month": "2",
        "heldOn.year": "2026",
      }).value,
    ).toEqual({ offered: true, type: "family_network_meeting", accepted: "yes", heldOn: "2026-02-03" });
  });
});

describe("the step-up form", () => {
  const written = { worry: "A disclosure", workingWell: "School", needsToHappen: "Assessment" };

  it("asks why the family has not been told", () => {
    const { errors } = submit(stepUpSchema, { ...written, immediateDanger: "no", familyAware: "no" });
    expect(errors).toEqual({ familyUnawareReason: ["plans.stepUp.familyUnawareReason.required"] });
  });

  it("asks the immediate-danger question like any other contact", () => {
    expect(submit(stepUpSchema, { ...written, familyAware: "yes" }).errors).toEqual({
      immediateDanger: ["contact.immediateDanger.required"],
    });
    expect(submit(stepUpSchema, { ...written, familyAware: "yes", immediateDanger: "no" }).value).toMatchObject({
      immediateDanger: "no",
      calledAt: null,
    });
  });

  it("needs both calls confirmed, and when, for a child in immediate danger", () => {
    expect(
      submit(stepUpSchema, { ...written, familyAware: "yes", immediateDanger: "yes", calledAt: "2" }).errors,
    ).toEqual({
      phonedPolice: ["contact.emergencyCalls.phonedPolice.required"],
      phonedMash: ["contact.emergencyCalls.phonedMash.required"],
      calledAt: ["contact.emergencyCalls.calledAt.invalid"],
    });
    expect(
      submit(stepUpSchema, {
        ...written,
        familyAware: "yes",
        immediateDanger: "yes",
        phonedPolice: "yes",
        phonedMash: "yes",
        calledAt: "2:30pm",
      }).value,
    ).toMatchObject({ immediateDanger: "yes", calledAt: "14:30" });
  });
});

describe("the step-down form", () => {
  const complete = {
    "children[0].firstName": "Maya",
    "children[0].lastName": "Patel",
    "children[0].dateOfBirth.day": "30",
    "children[0].dateOfBirth.month": "9",
    "children[0].dateOfBirth.year": "2014",
    "children[1].firstName": "",
    "children[1].dateOfBirth.day": "",
    handoverSummary: "Twelve weeks of work",
    currentRisks: "Low",
    mustContinue: "School nurse",
    "consent.givenBy.name": "Anita Patel",
    "consent.givenBy.relationship": "mother",
    "consent.givenOn.day": "1",
    "consent.givenOn.month": "11",
    "consent.givenOn.year": "2026",
    "consent.purposes": "plan",
    proposedLeadType: "organisation",
    proposedLeadOrganisation: "Northmoor Primary School",
  };

  it("skips the child rows left empty and builds the request", () => {
    const { value } = submit(stepDownSchema, complete);
    expect(toStepDownInput(value!)).toMatchObject({
      children: [{ firstName: "Maya", lastName: "Patel", dateOfBirth: "2014-09-30" }],
      consent: { purposes: ["plan"], withdrawal: null },
      proposedLead: { type: "organisation", organisation: "Northmoor Primary School" },
    });
  });

  it("asks for the first child with the page's other problems", () => {
    const { errors } = submit(stepDownSchema, {
      ...complete,
      "children[0].firstName": "",
      "children[0].lastName": "",
      "children[0].dateOfBirth.day": "",
      "children[0].dateOfBirth.month": "",
      "children[0].dateOfBirth.year": "",
      handoverSummary: "",
    });
    expect(errors).toEqual({
      "children[0].firstName": ["stepDowns.form.childRequired"],
      handoverSummary: ["earlyHelp.stepDown.error.handoverSummaryRequired"],
    });
  });
});

describe("toFieldErrors", () => {
  it("names the page's fields, and makes a refusal about the whole plan a form error", () => {
    expect(
      toFieldErrors(
        [
          { field: "status", key: "earlyHelp.status.error.closed" },
          { field: "proposedLead", key: "earlyHelp.stepDown.error.proposedLeadRequired" },
          { field: "heldOn", key: "earlyHelp.review.error.dateInFuture" },
        ],
        { proposedLead: "proposedLeadType" },
      ),
    ).toEqual({
      "": ["earlyHelp.status.error.closed"],
      proposedLeadType: ["earlyHelp.stepDown.error.proposedLeadRequired"],
      heldOn: ["earlyHelp.review.error.dateInFuture"],
    });
  });
});
