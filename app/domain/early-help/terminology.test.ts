import { describe, expect, it } from "vitest";
import { availablePlanKinds, needsSocialWorker, terminology } from "./terminology";

describe("terminology", () => {
  it("uses the early help words before the reforms", () => {
    expect(terminology({ vocabulary: "early_help" })).toEqual({
      plan: "earlyHelp.term.plan.earlyHelp",
      planCapitalised: "earlyHelp.term.planCapitalised.earlyHelp",
      leadProfessional: "earlyHelp.term.leadProfessional.earlyHelp",
      leadProfessionalCapitalised: "earlyHelp.term.leadProfessionalCapitalised.earlyHelp",
    });
  });

  it("uses the Family Help words after the reforms", () => {
    expect(terminology({ vocabulary: "family_help", childInNeedPlans: true })).toEqual({
      plan: "earlyHelp.term.plan.familyHelp",
      planCapitalised: "earlyHelp.term.planCapitalised.familyHelp",
      leadProfessional: "earlyHelp.term.leadProfessional.familyHelp",
      leadProfessionalCapitalised: "earlyHelp.term.leadProfessionalCapitalised.familyHelp",
    });
  });
});

describe("availablePlanKinds", () => {
  it.each([
    [{ vocabulary: "early_help" } as const, ["early_help"]],
    [{ vocabulary: "family_help", childInNeedPlans: false } as const, ["family_help"]],
    [{ vocabulary: "family_help", childInNeedPlans: true } as const, ["family_help", "child_in_need"]],
  ])("%o offers %j", (config, kinds) => {
    expect(availablePlanKinds(config)).toEqual(kinds);
  });
});

describe("needsSocialWorker", () => {
  it("is only for child in need plans", () => {
    expect([
      needsSocialWorker("early_help"),
      needsSocialWorker("family_help"),
      needsSocialWorker("child_in_need"),
    ]).toEqual([false, false, true]);
  });
});
