import { describe, expect, it } from "vitest";
import { suggestLevel, type SuggestedLevelRule } from "./suggested-level";
import { northmoorDocument } from "./test-document";

const document = northmoorDocument();
const accumulation: SuggestedLevelRule = {
  rule: "highest-with-accumulation",
  minimumDescriptors: 3,
  minimumDomains: 2,
};
const ids = (descriptors: readonly { id: string }[]) => descriptors.map((descriptor) => descriptor.id);

describe("suggestLevel with the default rule (highest)", () => {
  it("suggests nothing when nothing is chosen", () => {
    expect(suggestLevel(document, [])).toEqual({ outcome: "none", unknownIds: [] });
  });

  it("suggests the highest level among the chosen descriptors, and says which drove it", () => {
    const suggestion = suggestLevel(document, [
      "neglect-2-inconsistent-care",
      "housing-3-homeless-temporary",
      "finance-2-hardship",
    ]);
    expect(suggestion).toMatchObject({
      outcome: "highest",
      level: { level: 3, name: "Targeted early help: complex needs" },
    });
    if (suggestion.outcome !== "highest") throw new Error("unreachable");
    expect(ids(suggestion.drivers)).toEqual(["housing-3-homeless-temporary"]);
    expect(ids(suggestion.others)).toEqual(["neglect-2-inconsistent-care", "finance-2-hardship"]);
  });

  it("lets one level 4 descriptor decide, however many lower ones there are", () => {
    const suggestion = suggestLevel(document, ["finance-2-hardship", "conflict-2-parental", "physical-4-injury"]);
    expect(suggestion).toMatchObject({
      outcome: "highest",
      level: { level: 4 },
      drivers: [{ id: "physical-4-injury" }],
    });
  });

  it("reports ids the document does not have, and ignores them and repeats for the level", () => {
    const suggestion = suggestLevel(document, ["retired-descriptor", "finance-2-hardship", "finance-2-hardship"]);
    expect(suggestion).toMatchObject({ outcome: "highest", level: { level: 2 }, unknownIds: ["retired-descriptor"] });
    if (suggestion.outcome !== "highest") throw new Error("unreachable");
    expect(ids(suggestion.drivers)).toEqual(["finance-2-hardship"]);
    expect(suggestLevel(document, ["retired-descriptor"])).toEqual({
      outcome: "none",
      unknownIds: ["retired-descriptor"],
    });
  });

  it("uses the rule in the document unless told otherwise", () => {
    const accumulating = { ...document, suggestedLevelRule: accumulation };
    const chosen = ["neglect-2-inconsistent-care", "housing-2-at-risk", "emotional-2-anxiety-low-mood"];
    expect(suggestLevel(accumulating, chosen)).toMatchObject({ outcome: "raised", level: { level: 3 } });
    expect(suggestLevel(accumulating, chosen, { rule: "highest" })).toMatchObject({
      outcome: "highest",
      level: { level: 2 },
    });
  });
});

describe("suggestLevel with accumulation", () => {
  it("raises by one when enough descriptors at the highest level span enough domains", () => {
    const suggestion = suggestLevel(
      document,
      ["neglect-2-inconsistent-care", "housing-2-at-risk", "emotional-2-anxiety-low-mood", "health-1-thriving"],
      accumulation,
    );
    expect(suggestion).toMatchObject({ outcome: "raised", level: { level: 3 }, raisedFrom: { level: 2 } });
    if (suggestion.outcome !== "raised") throw new Error("unreachable");
    expect(ids(suggestion.drivers)).toEqual([
      "neglect-2-inconsistent-care",
      "housing-2-at-risk",
      "emotional-2-anxiety-low-mood",
    ]);
    expect(ids(suggestion.driverDomains)).toEqual(["developmental-needs", "parenting-capacity", "family-environment"]);
    expect(ids(suggestion.others)).toEqual(["health-1-thriving"]);
  });

  it("does not raise when there are too few descriptors at the highest level", () => {
    const suggestion = suggestLevel(
      document,
      ["neglect-2-inconsistent-care", "housing-2-at-risk", "health-1-thriving"],
      accumulation,
    );
    expect(suggestion).toMatchObject({ outcome: "highest", level: { level: 2 } });
  });

  it("does not raise when the descriptors all sit in one domain", () => {
    const sameDomain = ["neglect-2-inconsistent-care", "parenting-2-routines-boundaries", "discipline-2-harsh"];
    expect(suggestLevel(document, sameDomain, accumulation)).toMatchObject({ outcome: "highest", level: { level: 2 } });
  });

  it("counts only descriptors at the highest level, not those below it", () => {
    const mixed = ["neglect-2-inconsistent-care", "housing-2-at-risk", "housing-3-homeless-temporary"];
    expect(suggestLevel(document, mixed, accumulation)).toMatchObject({ outcome: "highest", level: { level: 3 } });
  });

  it("never raises above the top level", () => {
    const top = ["physical-4-injury", "domestic-4-high-risk", "selfharm-4-high-risk"];
    expect(suggestLevel(document, top, accumulation)).toMatchObject({ outcome: "highest", level: { level: 4 } });
  });
});
