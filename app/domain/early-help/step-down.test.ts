import { describe, expect, it } from "vitest";
import type { ConsentRecord } from "./consent";
import {
  defaultStepDownPolicy,
  stepDownDueAt,
  stepDownTransition,
  validateStepDownDecision,
  validateStepDownRequest,
  type StepDownDecision,
  type StepDownRequest,
  type StepDownStatus,
} from "./step-down";
import { addWeekdays, on } from "./test-support";

const consent: ConsentRecord = {
  givenBy: { name: "Sarah Okafor", relationship: "mother" },
  givenOn: "2025-06-02",
  purposes: ["plan", "information_sharing"],
  withdrawal: null,
};
const request: StepDownRequest = {
  handoverSummary: "Child in need plan since May. Home conditions and school attendance have improved.",
  currentRisks: "Mum's mental health can dip in winter; she knows to call her GP.",
  mustContinue: "Weekly school attendance checks and the parenting group on Thursdays.",
  consent,
  proposedLead: { type: "person", name: "Gareth Pryce", organisation: "Northmoor Academy" },
};
const now = on("2025-06-06");

describe("validateStepDownRequest", () => {
  it("accepts a complete request", () => {
    expect(validateStepDownRequest(request, now)).toEqual([]);
  });

  it("accepts an organisation in place of a named person", () => {
    const proposedLead = { type: "organisation", organisation: "Northmoor Family Hub" } as const;
    expect(validateStepDownRequest({ ...request, proposedLead }, now)).toEqual([]);
  });

  it("needs the handover, the risks, what must continue, consent and a proposed lead", () => {
    const empty = { handoverSummary: "", currentRisks: " ", mustContinue: "", consent: null, proposedLead: null };
    expect(validateStepDownRequest(empty, now)).toEqual([
      { field: "handoverSummary", key: "earlyHelp.stepDown.error.handoverSummaryRequired" },
      { field: "currentRisks", key: "earlyHelp.stepDown.error.currentRisksRequired" },
      { field: "mustContinue", key: "earlyHelp.stepDown.error.mustContinueRequired" },
      { field: "consent", key: "earlyHelp.consent.error.required" },
      { field: "proposedLead", key: "earlyHelp.stepDown.error.proposedLeadRequired" },
    ]);
  });

  it("names consent and proposed lead fields within their groups", () => {
    const incomplete = {
      ...request,
      consent: { ...consent, givenBy: { name: "", relationship: "mother" } },
      proposedLead: { type: "person", name: "", organisation: "" } as const,
    };
    expect(validateStepDownRequest(incomplete, now)).toEqual([
      { field: "consent.givenBy.name", key: "earlyHelp.consent.error.nameRequired" },
      { field: "proposedLead.name", key: "earlyHelp.stepDown.error.proposedLeadNameRequired" },
      { field: "proposedLead.organisation", key: "earlyHelp.stepDown.error.proposedLeadOrganisationRequired" },
    ]);
  });
});

describe("stepDownDueAt", () => {
  it("gives the manager five working days by default", () => {
    const friday = new Date("2025-06-06T09:30:00Z");
    expect(stepDownDueAt(friday, defaultStepDownPolicy, addWeekdays)).toEqual(new Date("2025-06-13T09:30:00Z"));
  });

  it("follows the council's policy", () => {
    const friday = new Date("2025-06-06T09:30:00Z");
    expect(stepDownDueAt(friday, { responseWorkingDays: 2 }, addWeekdays)).toEqual(new Date("2025-06-10T09:30:00Z"));
  });
});

describe("stepDownTransition", () => {
  it.each<[StepDownStatus, StepDownDecision["type"], string]>([
    ["pending", "accept", "accepted"],
    ["pending", "return", "returned"],
    ["pending", "resubmit", "earlyHelp.stepDown.error.notReturned"],
    ["returned", "resubmit", "pending"],
    ["returned", "accept", "earlyHelp.stepDown.error.awaitingResubmission"],
    ["returned", "return", "earlyHelp.stepDown.error.awaitingResubmission"],
    ["accepted", "accept", "earlyHelp.stepDown.error.alreadyAccepted"],
    ["accepted", "return", "earlyHelp.stepDown.error.alreadyAccepted"],
    ["accepted", "resubmit", "earlyHelp.stepDown.error.alreadyAccepted"],
  ])("%s + %s gives %s", (status, decision, outcome) => {
    const result = stepDownTransition(status, decision);
    expect(result.ok ? result.status : result.error).toBe(outcome);
  });
});

describe("validateStepDownDecision", () => {
  const pending = { status: "pending", submittedAt: new Date("2025-06-06T09:30:00Z") } as const;

  it("accepts with a transition meeting on or after the day of the request", () => {
    expect(validateStepDownDecision(pending, { type: "accept", transitionMeetingOn: "2025-06-06" })).toEqual([]);
    expect(validateStepDownDecision(pending, { type: "accept", transitionMeetingOn: "2025-06-12" })).toEqual([]);
  });

  it.each([
    ["", "earlyHelp.stepDown.error.meetingDateInvalid"],
    ["2025-06-31", "earlyHelp.stepDown.error.meetingDateInvalid"],
    ["2025-06-05", "earlyHelp.stepDown.error.meetingBeforeRequest"],
  ])("will not accept with a transition meeting on %j", (transitionMeetingOn, key) => {
    expect(validateStepDownDecision(pending, { type: "accept", transitionMeetingOn })).toEqual([
      { field: "transitionMeetingOn", key },
    ]);
  });

  it("needs reasons to return a request", () => {
    expect(validateStepDownDecision(pending, { type: "return", reasons: "  " })).toEqual([
      { field: "reasons", key: "earlyHelp.stepDown.error.returnReasonsRequired" },
    ]);
    expect(
      validateStepDownDecision(pending, {
        type: "return",
        reasons: "The risks from the father's visits are not described.",
      }),
    ).toEqual([]);
  });

  it("lets social care send a returned request again", () => {
    expect(validateStepDownDecision({ ...pending, status: "returned" }, { type: "resubmit" })).toEqual([]);
  });

  it("refuses a decision on a request already accepted", () => {
    expect(
      validateStepDownDecision({ ...pending, status: "accepted" }, { type: "return", reasons: "Changed my mind" }),
    ).toEqual([{ field: "status", key: "earlyHelp.stepDown.error.alreadyAccepted" }]);
  });
});
