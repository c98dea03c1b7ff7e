import { describe, expect, it } from "vitest";
import { defaultCoordinatorPolicy, flaggedPlans, planFlags, type PlanSummary } from "./coordinator";
import { on } from "./test-support";

const healthy: PlanSummary = {
  status: "active",
  startedOn: "2025-01-06",
  hasLeadProfessional: true,
  nextReviewDue: "2025-06-16",
};
const now = on("2025-06-16");

describe("planFlags", () => {
  it("flags nothing on a plan that is on track", () => {
    expect(planFlags(healthy, now, defaultCoordinatorPolicy)).toEqual([]);
  });

  it("flags a plan with no lead professional, whatever its status", () => {
    expect(planFlags({ ...healthy, hasLeadProfessional: false }, now, defaultCoordinatorPolicy)).toEqual([
      "no_lead_professional",
    ]);
    expect(
      planFlags(
        { ...healthy, status: "awaiting_allocation", hasLeadProfessional: false },
        now,
        defaultCoordinatorPolicy,
      ),
    ).toEqual(["no_lead_professional"]);
  });

  it("flags an overdue review from the day after it was due", () => {
    expect(planFlags({ ...healthy, nextReviewDue: "2025-06-15" }, now, defaultCoordinatorPolicy)).toEqual([
      "review_overdue",
    ]);
  });

  it("flags an overdue review while a step-up is with the MASH, because the team should still meet", () => {
    const pending = { ...healthy, status: "stepped_up_pending", nextReviewDue: "2025-06-15" } as const;
    expect(planFlags(pending, now, defaultCoordinatorPolicy)).toEqual(["review_overdue"]);
  });

  it("does not flag reviews on a paused plan", () => {
    expect(
      planFlags({ ...healthy, status: "paused", nextReviewDue: "2025-06-01" }, now, defaultCoordinatorPolicy),
    ).toEqual([]);
  });

  it("flags a plan open longer than twelve months by default", () => {
    expect(planFlags({ ...healthy, startedOn: "2024-06-16" }, now, defaultCoordinatorPolicy)).toEqual([]);
    expect(planFlags({ ...healthy, startedOn: "2024-06-15" }, now, defaultCoordinatorPolicy)).toEqual([
      "open_too_long",
    ]);
  });

  it("follows the council's limit", () => {
    expect(planFlags(healthy, now, { openLongerThanMonths: 3 })).toEqual(["open_too_long"]);
  });

  it("flags nothing on a closed plan", () => {
    const closed = {
      status: "closed",
      startedOn: "2020-01-06",
      hasLeadProfessional: false,
      nextReviewDue: "2020-02-17",
    } as const;
    expect(planFlags(closed, now, defaultCoordinatorPolicy)).toEqual([]);
  });
});

describe("flaggedPlans", () => {
  it("lists only flagged plans, most flags first, then the longest open", () => {
    const plans = [
      { ...healthy, id: "fine" },
      { ...healthy, id: "overdue-newer", startedOn: "2025-03-03", nextReviewDue: "2025-06-01" },
      { ...healthy, id: "overdue-older", startedOn: "2025-02-03", nextReviewDue: "2025-06-01" },
      { ...healthy, id: "two-flags", hasLeadProfessional: false, nextReviewDue: "2025-06-01" },
    ];
    expect(flaggedPlans(plans, now, defaultCoordinatorPolicy)).toEqual([
      { plan: plans[3], flags: ["no_lead_professional", "review_overdue"] },
      { plan: plans[2], flags: ["review_overdue"] },
      { plan: plans[1], flags: ["review_overdue"] },
    ]);
  });
});
