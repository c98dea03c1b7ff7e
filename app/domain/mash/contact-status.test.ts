import { describe, expect, it } from "vitest";
import {
  contactStatuses,
  refusalForScreeningWork,
  statusesAwaitingDecision,
  transition,
  type ContactEvent,
  type ContactStatus,
  type WorkflowError,
} from "./contact-status";

const events = {
  claim: { type: "claim" },
  release: { type: "release" },
  assign: { type: "assign" },
  request_check: { type: "request_check" },
  checks_answered: { type: "checks_answered" },
  record_decision_needing_sign_off: { type: "record_decision", needsSignOff: true },
  record_decision: { type: "record_decision", needsSignOff: false },
  approve_sign_off: { type: "approve_sign_off" },
  return_from_sign_off: { type: "return_from_sign_off", comment: "Consider a strategy discussion first." },
  return_from_sign_off_without_comment: { type: "return_from_sign_off", comment: "  " },
} satisfies Record<string, ContactEvent>;

type Expected = ContactStatus | WorkflowError;

/** Every status against every event: the next status, or the error refused with. */
const expected: Record<ContactStatus, Record<keyof typeof events, Expected>> = {
  submitted: {
    claim: "in_screening",
    release: "workflow.error.notClaimed",
    assign: "in_screening",
    request_check: "workflow.error.notClaimed",
    checks_answered: "workflow.error.notClaimed",
    record_decision_needing_sign_off: "workflow.error.notClaimed",
    record_decision: "workflow.error.notClaimed",
    approve_sign_off: "workflow.error.notAwaitingSignOff",
    return_from_sign_off: "workflow.error.notAwaitingSignOff",
    return_from_sign_off_without_comment: "workflow.error.notAwaitingSignOff",
  },
  in_screening: {
    claim: "workflow.error.alreadyClaimed",
    release: "submitted",
    assign: "in_screening",
    request_check: "awaiting_checks",
    checks_answered: "workflow.error.noChecksOpen",
    record_decision_needing_sign_off: "awaiting_sign_off",
    record_decision: "decided",
    approve_sign_off: "workflow.error.notAwaitingSignOff",
    return_from_sign_off: "workflow.error.notAwaitingSignOff",
    return_from_sign_off_without_comment: "workflow.error.notAwaitingSignOff",
  },
  awaiting_checks: {
    claim: "workflow.error.alreadyClaimed",
    release: "workflow.error.checksOpen",
    assign: "awaiting_checks",
    request_check: "awaiting_checks",
    checks_answered: "in_screening",
    record_decision_needing_sign_off: "awaiting_sign_off",
    record_decision: "decided",
    approve_sign_off: "workflow.error.notAwaitingSignOff",
    return_from_sign_off: "workflow.error.notAwaitingSignOff",
    return_from_sign_off_without_comment: "workflow.error.notAwaitingSignOff",
  },
  awaiting_sign_off: {
    claim: "workflow.error.awaitingSignOff",
    release: "workflow.error.awaitingSignOff",
    assign: "workflow.error.awaitingSignOff",
    request_check: "workflow.error.awaitingSignOff",
    checks_answered: "workflow.error.awaitingSignOff",
    record_decision_needing_sign_off: "workflow.error.awaitingSignOff",
    record_decision: "workflow.error.awaitingSignOff",
    approve_sign_off: "decided",
    return_from_sign_off: "in_screening",
    return_from_sign_off_without_comment: "workflow.error.returnCommentRequired",
  },
  decided: {
    claim: "workflow.error.alreadyDecided",
    release: "workflow.error.alreadyDecided",
    assign: "workflow.error.alreadyDecided",
    request_check: "workflow.error.alreadyDecided",
    checks_answered: "workflow.error.alreadyDecided",
    record_decision_needing_sign_off: "workflow.error.alreadyDecided",
    record_decision: "workflow.error.alreadyDecided",
    approve_sign_off: "workflow.error.alreadyDecided",
    return_from_sign_off: "workflow.error.alreadyDecided",
    return_from_sign_off_without_comment: "workflow.error.alreadyDecided",
  },
};

const cases = contactStatuses.flatMap((status) =>
  Object.entries(events).map(([name, event]) => ({
    status,
    name,
    event: event as ContactEvent,
    outcome: expected[status][name as keyof typeof events],
  })),
);

describe("transition", () => {
  it.each(cases.filter(({ outcome }) => !outcome.startsWith("workflow.error.")))(
    "moves $status to $outcome on $name",
    ({ status, event, outcome }) => {
      expect(transition(status, event)).toEqual({ ok: true, status: outcome });
    },
  );

  it.each(cases.filter(({ outcome }) => outcome.startsWith("workflow.error.")))(
    "refuses $name from $status with $outcome",
    ({ status, event, outcome }) => {
      expect(transition(status, event)).toEqual({ ok: false, error: outcome });
    },
  );
});

describe("statusesAwaitingDecision", () => {
  it("is every status but decided, so a decision waiting for sign-off stays in the queue", () => {
    expect(statusesAwaitingDecision).toEqual(contactStatuses.filter((status) => status !== "decided"));
  });
});

describe("refusalForScreeningWork", () => {
  it.each([
    ["submitted", "workflow.error.notClaimed"],
    ["in_screening", null],
    ["awaiting_checks", null],
    ["awaiting_sign_off", "workflow.error.awaitingSignOff"],
    ["decided", "workflow.error.alreadyDecided"],
  ] as const)("for a contact %s is %s", (status, expected) => {
    expect(refusalForScreeningWork(status)).toBe(expected);
  });
});
