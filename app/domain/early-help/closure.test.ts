import { describe, expect, it } from "vitest";
import { allowedClosureReasons, validateClosure, type Closure } from "./closure";
import type { ConsentRecord } from "./consent";
import { aGoal, aPlan, aReview, on } from "./test-support";

const closure: Closure = {
  reason: "outcomes_achieved",
  otherReason: "",
  closedOn: "2025-03-31",
  finalScores: [{ goalId: "goal-1", score: 8 }],
};
const now = on("2025-03-31");

function withdrawn(consent: ConsentRecord): ConsentRecord {
  return { ...consent, withdrawal: { by: consent.givenBy, on: "2025-03-20" } };
}

describe("allowedClosureReasons", () => {
  it("leaves out stepped up and consent withdrawn when neither happened", () => {
    expect(allowedClosureReasons(aPlan())).toEqual([
      "outcomes_achieved",
      "stepped_down_to_universal_services",
      "family_declined",
      "family_did_not_engage",
      "moved_out_of_area",
      "other",
    ]);
  });

  it("offers family declined and did not engage without a withdrawal of consent, apart from consent withdrawn", () => {
    const reasons = allowedClosureReasons(aPlan());
    expect(reasons).toEqual(expect.arrayContaining(["family_declined", "family_did_not_engage"]));
    expect(reasons).not.toContain("consent_withdrawn");
    expect(validateClosure(aPlan(), { ...closure, reason: "family_did_not_engage" }, now)).toEqual([]);
  });

  it("offers consent withdrawn once the withdrawal is recorded", () => {
    const plan = aPlan();
    expect(allowedClosureReasons({ ...plan, consent: withdrawn(plan.consent) })).toContain("consent_withdrawn");
  });

  it("offers only stepped up once the MASH has accepted a step-up", () => {
    expect(allowedClosureReasons(aPlan({ stepUpDecision: "accepted" }))).toEqual(["stepped_up_to_social_care"]);
  });

  it("does not offer stepped up when the MASH did not accept it", () => {
    expect(allowedClosureReasons(aPlan({ stepUpDecision: "not_accepted" }))).not.toContain("stepped_up_to_social_care");
  });
});

describe("validateClosure", () => {
  it("accepts a closure with a reason and every final score", () => {
    expect(validateClosure(aPlan(), closure, now)).toEqual([]);
  });

  it("needs the text of another reason", () => {
    expect(validateClosure(aPlan(), { ...closure, reason: "other", otherReason: "  " }, now)).toEqual([
      { field: "otherReason", key: "earlyHelp.closure.error.otherReasonRequired" },
    ]);
    expect(
      validateClosure(aPlan(), { ...closure, reason: "other", otherReason: "Family moved in with grandparents" }, now),
    ).toEqual([]);
  });

  it("allows stepped up only after the MASH accepted the step-up", () => {
    const steppedUp = { ...closure, reason: "stepped_up_to_social_care" } as const;
    expect(validateClosure(aPlan(), steppedUp, now)).toEqual([
      { field: "reason", key: "earlyHelp.closure.error.stepUpNotAccepted" },
    ]);
    expect(validateClosure(aPlan({ stepUpDecision: "accepted" }), steppedUp, now)).toEqual([]);
  });

  it("insists on stepped up once the MASH accepted the step-up", () => {
    expect(validateClosure(aPlan({ stepUpDecision: "accepted" }), closure, now)).toEqual([
      { field: "reason", key: "earlyHelp.closure.error.steppedUpOnly" },
    ]);
  });

  it("allows consent withdrawn only once the withdrawal is recorded", () => {
    const plan = aPlan();
    const consentWithdrawn = { ...closure, reason: "consent_withdrawn" } as const;
    expect(validateClosure(plan, consentWithdrawn, now)).toEqual([
      { field: "reason", key: "earlyHelp.closure.error.consentNotWithdrawn" },
    ]);
    expect(validateClosure({ ...plan, consent: withdrawn(plan.consent) }, consentWithdrawn, now)).toEqual([]);
  });

  it("asks for a final score for every goal still open", () => {
    const plan = aPlan({ goals: [aGoal(), aGoal({ id: "goal-2" }), aGoal({ id: "achieved", endedOn: "2025-02-17" })] });
    expect(validateClosure(plan, closure, now)).toEqual([
      { field: "finalScores.goal-2", key: "earlyHelp.score.error.required" },
    ]);
  });

  it("rejects a final score out of range", () => {
    expect(validateClosure(aPlan(), { ...closure, finalScores: [{ goalId: "goal-1", score: 12 }] }, now)).toEqual([
      { field: "finalScores.goal-1", key: "earlyHelp.score.error.range" },
    ]);
  });

  it.each([
    ["2025-04-01", "earlyHelp.closure.error.dateInFuture"],
    ["2025-01-05", "earlyHelp.closure.error.beforePlanStart"],
    ["2025-02-16", "earlyHelp.closure.error.beforeLastReview"],
    ["31/03/2025", "earlyHelp.closure.error.dateInvalid"],
  ])("rejects closing on %s", (closedOn, key) => {
    const plan = aPlan({ reviews: [aReview()] });
    expect(validateClosure(plan, { ...closure, closedOn }, now)).toEqual([{ field: "closedOn", key }]);
  });

  it("checks final scores against today while the date is wrong, so all problems show at once", () => {
    expect(validateClosure(aPlan(), { ...closure, closedOn: "", finalScores: [] }, now)).toEqual([
      { field: "closedOn", key: "earlyHelp.closure.error.dateInvalid" },
      { field: "finalScores.goal-1", key: "earlyHelp.score.error.required" },
    ]);
  });

  it.each([
    ["stepped_up_pending", "earlyHelp.status.error.stepUpPending"],
    ["closed", "earlyHelp.status.error.closed"],
  ] as const)("refuses to close a plan that is %s", (status, key) => {
    expect(validateClosure(aPlan({ status }), closure, now)).toEqual([{ field: "status", key }]);
  });

  it("closes a plan that never had a lead professional, which has no goals to score", () => {
    const plan = aPlan({ status: "awaiting_allocation", leadProfessionalId: null, goals: [] });
    expect(validateClosure(plan, { ...closure, reason: "moved_out_of_area", finalScores: [] }, now)).toEqual([]);
  });
});
