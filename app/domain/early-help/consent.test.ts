import { describe, expect, it } from "vitest";
import {
  holdsReviews,
  onConsentWithdrawn,
  validateConsentForPlan,
  validateConsentWithdrawal,
  type ConsentRecord,
  type ConsentWithdrawal,
} from "./consent";
import type { PlanStatus } from "./plan-status";
import { on } from "./test-support";

const consent: ConsentRecord = {
  givenBy: { name: "Sarah Okafor", relationship: "mother" },
  givenOn: "2025-01-06",
  purposes: ["plan", "information_sharing"],
  withdrawal: null,
};

describe("validateConsentForPlan", () => {
  it("accepts consent to a plan given today by a named person", () => {
    expect(validateConsentForPlan(consent, on("2025-01-06"))).toEqual([]);
  });

  it("will not start a plan without consent", () => {
    expect(validateConsentForPlan(null, on("2025-01-06"))).toEqual([
      { field: "consent", key: "earlyHelp.consent.error.required" },
    ]);
  });

  it("needs the name and relationship of the person who gave it", () => {
    const errors = validateConsentForPlan({ ...consent, givenBy: { name: " ", relationship: "" } }, on("2025-01-06"));
    expect(errors).toEqual([
      { field: "givenBy.name", key: "earlyHelp.consent.error.nameRequired" },
      { field: "givenBy.relationship", key: "earlyHelp.consent.error.relationshipRequired" },
    ]);
  });

  it("rejects a date in the future", () => {
    expect(validateConsentForPlan({ ...consent, givenOn: "2025-01-07" }, on("2025-01-06"))).toEqual([
      { field: "givenOn", key: "earlyHelp.consent.error.dateInFuture" },
    ]);
  });

  it("treats today in London as today just after midnight in summer", () => {
    const justAfterMidnight = new Date("2025-06-30T23:15:00Z");
    expect(validateConsentForPlan({ ...consent, givenOn: "2025-07-01" }, justAfterMidnight)).toEqual([]);
  });

  it("rejects a date that does not exist", () => {
    expect(validateConsentForPlan({ ...consent, givenOn: "2025-02-30" }, on("2025-03-06"))).toEqual([
      { field: "givenOn", key: "earlyHelp.consent.error.dateInvalid" },
    ]);
  });

  it("needs consent to work on a plan, not only to share information", () => {
    expect(validateConsentForPlan({ ...consent, purposes: ["information_sharing"] }, on("2025-01-06"))).toEqual([
      { field: "purposes", key: "earlyHelp.consent.error.planPurposeRequired" },
    ]);
  });

  it("will not start a plan on consent that has been withdrawn", () => {
    const withdrawn = { ...consent, withdrawal: { by: consent.givenBy, on: "2025-01-07" } };
    expect(validateConsentForPlan(withdrawn, on("2025-01-08"))).toEqual([
      { field: "consent", key: "earlyHelp.consent.error.withdrawn" },
    ]);
  });
});

describe("validateConsentWithdrawal", () => {
  const withdrawal: ConsentWithdrawal = { by: { name: "Sarah Okafor", relationship: "mother" }, on: "2025-02-03" };

  it("accepts a withdrawal by a named person on or after consent was given", () => {
    expect(validateConsentWithdrawal(consent, withdrawal, on("2025-02-03"))).toEqual([]);
  });

  it("needs who withdrew it", () => {
    expect(
      validateConsentWithdrawal(consent, { ...withdrawal, by: { name: "", relationship: "" } }, on("2025-02-03")),
    ).toEqual([
      { field: "by.name", key: "earlyHelp.consent.error.nameRequired" },
      { field: "by.relationship", key: "earlyHelp.consent.error.relationshipRequired" },
    ]);
  });

  it("rejects a date in the future or before consent was given", () => {
    expect(validateConsentWithdrawal(consent, withdrawal, on("2025-02-02"))).toEqual([
      { field: "on", key: "earlyHelp.consent.error.dateInFuture" },
    ]);
    expect(validateConsentWithdrawal(consent, { ...withdrawal, on: "2025-01-05" }, on("2025-02-03"))).toEqual([
      { field: "on", key: "earlyHelp.consent.error.withdrawnBeforeGiven" },
    ]);
  });

  it("rejects withdrawing twice", () => {
    const withdrawn = { ...consent, withdrawal };
    expect(validateConsentWithdrawal(withdrawn, withdrawal, on("2025-02-03"))).toEqual([
      { field: "consent", key: "earlyHelp.consent.error.alreadyWithdrawn" },
    ]);
  });
});

describe("onConsentWithdrawn", () => {
  const pause = { action: "pause" };
  const close = { action: "close", closureReason: "consent_withdrawn" };
  it.each<[PlanStatus, "pause" | "close", object]>([
    ["active", "pause", { ok: true, decision: pause }],
    ["active", "close", { ok: true, decision: close }],
    ["paused", "close", { ok: true, decision: close }],
    ["paused", "pause", { ok: false, error: "earlyHelp.status.error.alreadyPaused" }],
    ["awaiting_allocation", "pause", { ok: true, decision: close }],
    ["awaiting_allocation", "close", { ok: true, decision: close }],
    ["stepped_up_pending", "pause", { ok: false, error: "earlyHelp.status.error.stepUpPending" }],
    ["stepped_up_pending", "close", { ok: false, error: "earlyHelp.status.error.stepUpPending" }],
    ["closed", "close", { ok: false, error: "earlyHelp.status.error.closed" }],
  ])("a plan that is %s, with the choice to %s, gives %o", (status, choice, outcome) => {
    expect(onConsentWithdrawn({ status }, choice)).toEqual(outcome);
  });
});

describe("holdsReviews", () => {
  const withdrawn = { ...consent, withdrawal: { by: consent.givenBy, on: "2025-02-03" } };

  it("holds goals and reviews while the plan is open and consent stands", () => {
    expect(holdsReviews({ status: "active", consent })).toBe(true);
    expect(holdsReviews({ status: "awaiting_allocation", consent })).toBe(true);
  });

  it("holds none on a closed plan, without consent, or after consent is withdrawn", () => {
    expect(holdsReviews({ status: "closed", consent })).toBe(false);
    expect(holdsReviews({ status: "active", consent: null })).toBe(false);
    expect(holdsReviews({ status: "paused", consent: withdrawn })).toBe(false);
  });
});
