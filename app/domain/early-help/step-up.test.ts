import { describe, expect, it } from "vitest";
import { buildStepUpHandover, stepUpDecision } from "./step-up";
import { aGoal, aReview, on } from "./test-support";

describe("stepUpDecision", () => {
  it("is accepted when social care takes any of the children", () => {
    expect(stepUpDecision(["early_help_taf", "social_care_assessment"])).toBe("accepted");
    expect(stepUpDecision(["strategy_discussion"])).toBe("accepted");
    expect(stepUpDecision(["multi_agency_child_protection"])).toBe("accepted");
    expect(stepUpDecision(["already_open"])).toBe("accepted");
  });

  it("is not accepted when every child stays with early help or gets advice", () => {
    expect(stepUpDecision(["early_help_taf", "advice_signposting"])).toBe("not_accepted");
    expect(stepUpDecision(["nfa"])).toBe("not_accepted");
    expect(stepUpDecision([])).toBe("not_accepted");
  });
});

describe("buildStepUpHandover", () => {
  it("carries every goal's score history and the reviews in date order", () => {
    const goal = aGoal();
    const handover = buildStepUpHandover(
      {
        reason: "Amira has disclosed that her mother's partner hits her.",
        familyAware: { aware: false, reason: "Telling the family could put Amira at risk." },
        plan: { reference: "EH-000001", kind: "early_help", startedOn: "2025-01-06", concernSummary: null },
        leadProfessional: null,
        children: [{ name: "Amira Okafor", dateOfBirth: "2016-05-04" }],
        consent: null,
        assessment: null,
        team: [],
        goals: [goal],
        actions: [
          { id: "a1", goalId: goal.id, what: "Breakfast club", who: "School", byWhen: "2025-02-01", doneOn: null },
        ],
        reviews: [
          aReview({ heldOn: "2025-03-31", scores: [{ goalId: goal.id, score: 2 }], nextReviewOn: "2025-05-12" }),
          aReview({ heldOn: "2025-02-17", scores: [{ goalId: goal.id, score: 5 }] }),
        ],
      },
      on("2025-04-02"),
    );
    expect(handover.requestedOn).toBe("2025-04-02");
    expect(handover.goals[0]?.scores).toEqual([
      { date: "2025-01-06", score: 3 },
      { date: "2025-02-17", score: 5 },
      { date: "2025-03-31", score: 2 },
    ]);
    expect(handover.goals[0]?.trend).toBe("worsening");
    expect(handover.overallTrend).toBe("worsening");
    expect(handover.reviews.map((review) => review.heldOn)).toEqual(["2025-02-17", "2025-03-31"]);
    expect(handover.actions).toEqual([{ what: "Breakfast club", who: "School", byWhen: "2025-02-01", doneOn: null }]);
  });
});
