import { describe, expect, it } from "vitest";
import { defaultOutcomeFit, levelAnswered, outcomeFitProblem, outcomesWithoutFit } from "./outcome-fit";
import { familiesFirstOutcomes, preReformOutcomes } from "./outcomes";

const problem = (outcome: string, decidedLevel: number, reason?: string) =>
  outcomeFitProblem({ outcome, decidedLevel }, reason, defaultOutcomeFit);

describe("outcomeFitProblem with the default rules", () => {
  it.each([
    ["a strategy discussion at level 1", "strategy_discussion", 1, [4]],
    ["a strategy discussion at level 3", "strategy_discussion", 3, [4]],
    ["the Multi-Agency Child Protection Team at level 2", "multi_agency_child_protection", 2, [4]],
    ["a social care assessment at level 2", "social_care_assessment", 2, [3, 4]],
  ] as const)("refuses %s", (_description, outcome, level, onlyAtLevels) => {
    expect(problem(outcome, level, "Any reason at all")).toEqual({ kind: "notAtLevel", onlyAtLevels });
  });

  it.each([
    ["no further action at level 4", "nfa", 4],
    ["no further action at level 3", "nfa", 3],
    ["advice and signposting at level 4", "advice_signposting", 4],
    ["universal services at level 4", "universal_services", 4],
  ] as const)("asks for a reason for %s, and accepts it with one", (_description, outcome, level) => {
    expect(problem(outcome, level)).toMatchObject({ kind: "reasonNeeded" });
    expect(problem(outcome, level, "   ")).toMatchObject({ kind: "reasonNeeded" });
    expect(problem(outcome, level, "The family moved to Scotland last week; passed to their council.")).toBeNull();
  });

  it.each([
    ["a strategy discussion at level 4", "strategy_discussion", 4],
    ["a social care assessment at level 3", "social_care_assessment", 3],
    ["no further action at level 1", "nfa", 1],
    ["no further action at level 2", "nfa", 2],
    ["early help at level 2", "early_help_single_agency", 2],
    ["already open at level 1", "already_open", 1],
    ["an outcome with no rule", "something_new", 1],
  ] as const)("accepts %s without a reason", (_description, outcome, level) => {
    expect(problem(outcome, level)).toBeNull();
  });
});

describe("the default rules", () => {
  it.each([
    ["pre-reform", preReformOutcomes],
    ["Families First", familiesFirstOutcomes],
  ])("cover every %s outcome", (_name, outcomes) => {
    expect(
      outcomesWithoutFit(
        outcomes.map(({ id }) => id),
        defaultOutcomeFit,
      ),
    ).toEqual([]);
  });

  it("rank outcomes by the level they answer", () => {
    expect(levelAnswered("advice_signposting", defaultOutcomeFit)).toBe(1);
    expect(levelAnswered("early_help_single_agency", defaultOutcomeFit)).toBe(2);
    expect(levelAnswered("early_help_taf", defaultOutcomeFit)).toBe(3);
    expect(levelAnswered("strategy_discussion", defaultOutcomeFit)).toBe(4);
    expect(levelAnswered("lado", defaultOutcomeFit)).toBeNull();
    expect(levelAnswered("unknown", defaultOutcomeFit)).toBeNull();
  });
});
