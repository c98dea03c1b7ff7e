import { describe, expect, it } from "vitest";
import { familiesFirstOutcomes, preReformOutcomes } from "./outcomes";

describe.each([
  ["pre-reform", preReformOutcomes],
  ["Families First", familiesFirstOutcomes],
])("the %s outcomes", (_name, outcomes) => {
  it("have unique ids and unique outcome message keys", () => {
    const ids = outcomes.map(({ id }) => id);
    const labelKeys = outcomes.map(({ labelKey }) => labelKey);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(labelKeys).size).toBe(labelKeys.length);
    for (const key of labelKeys) expect(key).toMatch(/^outcome\.[a-zA-Z]+$/);
  });

  it("include the outcomes every council records", () => {
    expect(outcomes.map(({ id }) => id)).toEqual(
      expect.arrayContaining(["nfa", "advice_signposting", "universal_services", "already_open", "lado"]),
    );
  });
});

describe("follow-on work", () => {
  const leadingToPlans = (outcomes: typeof preReformOutcomes) =>
    outcomes.filter(({ followOn }) => followOn === "early_help_plan").map(({ id }) => id);

  it("starts an early help plan for early help outcomes before the reform", () => {
    expect(leadingToPlans(preReformOutcomes)).toEqual(["early_help_single_agency", "early_help_taf"]);
  });

  it("starts a Family Help plan for Family Help after the reform", () => {
    expect(leadingToPlans(familiesFirstOutcomes)).toEqual(["family_help"]);
  });
});
