import { describe, expect, it } from "vitest";
import {
  defaultReviewPolicy,
  isReviewOverdue,
  nextReviewDate,
  nextReviewDue,
  reviewStatus,
  validateReview,
} from "./reviews";
import { aGoal, addWeekdays, aPlan, aReview, on } from "./test-support";

describe("nextReviewDate", () => {
  it("is six weeks later by default", () => {
    expect(nextReviewDate("2025-01-06", defaultReviewPolicy)).toBe("2025-02-17");
  });

  it("follows the council's interval", () => {
    expect(nextReviewDate("2025-01-06", { intervalWeeks: 4 })).toBe("2025-02-03");
  });
});

describe("nextReviewDue", () => {
  it("is one interval after the start when there has been no review", () => {
    expect(nextReviewDue(aPlan(), defaultReviewPolicy)).toBe("2025-02-17");
  });

  it("is the date the latest review set", () => {
    const reviews = [aReview({ heldOn: "2025-03-31", nextReviewOn: "2025-05-12" }), aReview()];
    expect(nextReviewDue(aPlan({ reviews }), defaultReviewPolicy)).toBe("2025-05-12");
  });
});

describe("reviewStatus", () => {
  // Friday 7 March 2025; five working days later is Friday 14 March.
  const friday = on("2025-03-07");
  it.each([
    ["2025-03-17", "on_track"],
    ["2025-03-14", "due_soon"],
    ["2025-03-07", "due_soon"],
    ["2025-03-06", "overdue"],
  ])("a review due on %s is %s", (due, status) => {
    expect(reviewStatus(due, friday, defaultReviewPolicy, addWeekdays)).toBe(status);
  });

  it("counts working days, so a warning before a weekend reaches further", () => {
    expect(reviewStatus("2025-03-10", friday, { dueSoonWorkingDays: 1 }, addWeekdays)).toBe("due_soon");
    expect(reviewStatus("2025-03-11", friday, { dueSoonWorkingDays: 1 }, addWeekdays)).toBe("on_track");
  });
});

describe("isReviewOverdue", () => {
  it("is not overdue until the day after it is due", () => {
    expect(isReviewOverdue("2025-03-07", new Date("2025-03-07T23:59:00Z"))).toBe(false);
    expect(isReviewOverdue("2025-03-07", new Date("2025-03-08T00:01:00Z"))).toBe(true);
  });

  it("turns overdue at midnight in London, not UTC, in summer", () => {
    expect(isReviewOverdue("2025-07-07", new Date("2025-07-07T23:30:00Z"))).toBe(true);
  });
});

describe("validateReview", () => {
  const now = on("2025-02-20");

  it("accepts a complete review", () => {
    expect(validateReview(aPlan(), aReview(), now)).toEqual([]);
  });

  it("needs every open goal scored", () => {
    const plan = aPlan({ goals: [aGoal(), aGoal({ id: "goal-2" })] });
    expect(validateReview(plan, aReview(), now)).toEqual([
      { field: "scores.goal-2", key: "earlyHelp.score.error.required" },
    ]);
  });

  it("does not ask for goals that ended before the review or were set after it", () => {
    const plan = aPlan({
      goals: [aGoal(), aGoal({ id: "ended", endedOn: "2025-02-10" }), aGoal({ id: "later", setOn: "2025-02-18" })],
    });
    expect(validateReview(plan, aReview(), now)).toEqual([]);
  });

  it("asks for the last score of a goal that ends at this review", () => {
    const plan = aPlan({ goals: [aGoal(), aGoal({ id: "ending", endedOn: "2025-02-17" })] });
    expect(validateReview(plan, aReview(), now)).toEqual([
      { field: "scores.ending", key: "earlyHelp.score.error.required" },
    ]);
  });

  it.each([-1, 11, 4.5, Number.NaN])("rejects a score of %s", (score) => {
    expect(validateReview(aPlan(), aReview({ scores: [{ goalId: "goal-1", score }] }), now)).toEqual([
      { field: "scores.goal-1", key: "earlyHelp.score.error.range" },
    ]);
  });

  it("accepts scores of 0 and 10", () => {
    const plan = aPlan({ goals: [aGoal(), aGoal({ id: "goal-2" })] });
    const scores = [
      { goalId: "goal-1", score: 0 },
      { goalId: "goal-2", score: 10 },
    ];
    expect(validateReview(plan, aReview({ scores }), now)).toEqual([]);
  });

  it("rejects scores for goals that are not open, and a second score for one goal", () => {
    const scores = [
      { goalId: "goal-1", score: 5 },
      { goalId: "goal-1", score: 6 },
      { goalId: "unknown", score: 5 },
    ];
    expect(validateReview(aPlan(), aReview({ scores }), now)).toEqual([
      { field: "scores.goal-1", key: "earlyHelp.score.error.duplicate" },
      { field: "scores.unknown", key: "earlyHelp.score.error.goalNotOpen" },
    ]);
  });

  it("rejects a review dated in the future", () => {
    expect(validateReview(aPlan(), aReview({ heldOn: "2025-02-21", nextReviewOn: "2025-04-04" }), now)).toEqual([
      { field: "heldOn", key: "earlyHelp.review.error.dateInFuture" },
    ]);
  });

  it("rejects a review before the previous one, but allows the same day", () => {
    const plan = aPlan({ reviews: [aReview({ heldOn: "2025-02-18" })] });
    expect(validateReview(plan, aReview(), now)).toEqual([
      { field: "heldOn", key: "earlyHelp.review.error.beforePreviousReview" },
    ]);
    expect(validateReview(plan, aReview({ heldOn: "2025-02-18" }), now)).toEqual([]);
  });

  it("rejects a review before the plan started", () => {
    expect(validateReview(aPlan(), aReview({ heldOn: "2025-01-05", scores: [] }), now)).toEqual([
      { field: "heldOn", key: "earlyHelp.review.error.beforePlanStart" },
      { field: "scores.goal-1", key: "earlyHelp.score.error.required" },
    ]);
  });

  it("reports every missing answer at once", () => {
    const review = aReview({
      heldOn: "2025-02-30",
      attendees: [{ name: "", role: "" }],
      scores: [],
      whatChanged: " ",
      nextReviewOn: "",
    });
    expect(validateReview(aPlan(), review, now)).toEqual([
      { field: "heldOn", key: "earlyHelp.review.error.dateInvalid" },
      { field: "attendees.0.name", key: "earlyHelp.review.error.attendeeNameRequired" },
      { field: "attendees.0.role", key: "earlyHelp.review.error.attendeeRoleRequired" },
      { field: "scores.goal-1", key: "earlyHelp.score.error.required" },
      { field: "whatChanged", key: "earlyHelp.review.error.whatChangedRequired" },
      { field: "nextReviewOn", key: "earlyHelp.review.error.nextReviewDateInvalid" },
    ]);
  });

  it("needs somebody at the review and a next review after it", () => {
    expect(validateReview(aPlan(), aReview({ attendees: [], nextReviewOn: "2025-02-17" }), now)).toEqual([
      { field: "attendees", key: "earlyHelp.review.error.attendeesRequired" },
      { field: "nextReviewOn", key: "earlyHelp.review.error.nextReviewNotAfterReview" },
    ]);
  });

  it("allows reviews while a step-up is with the MASH", () => {
    expect(validateReview(aPlan({ status: "stepped_up_pending" }), aReview(), now)).toEqual([]);
  });

  it.each(["awaiting_allocation", "paused", "closed"] as const)("refuses a review on a plan that is %s", (status) => {
    expect(validateReview(aPlan({ status }), aReview(), now)).toEqual([
      { field: "status", key: "earlyHelp.review.error.planNotOpen" },
    ]);
  });
});
