import { parseWithZod } from "@conform-to/zod/v4";
import { describe, expect, it } from "vitest";
import { defaultOutcomeFit } from "~/domain/mash/outcome-fit";
import { decisionSchema } from "./decision";

const schema = (childIds: string[]) =>
  decisionSchema({
    childIds,
    levels: [1, 2, 3, 4],
    outcomes: ["nfa", "early_help_taf", "strategy_discussion"],
    fit: defaultOutcomeFit,
  });

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

const written = {
  rag: "amber",
  rationale: "Needs are emerging.",
  referrerFeedback: "An early help worker will call you.",
};

describe("decisionSchema", () => {
  it("gives one child their level and outcome", () => {
    const submission = parseWithZod(form({ ...written, level: "2", outcome: "early_help_taf" }), {
      schema: schema(["a"]),
    });
    expect(submission.status).toBe("success");
    expect(submission.status === "success" && submission.value).toEqual({
      ...written,
      internalNotes: undefined,
      outcomeReason: undefined,
      children: [{ contactChildId: "a", decidedLevel: 2, outcome: "early_help_taf" }],
    });
  });

  it("gives every child the same decision by default", () => {
    const submission = parseWithZod(form({ ...written, sameForAll: "yes", level: "1", outcome: "nfa" }), {
      schema: schema(["a", "b"]),
    });
    expect(submission.status === "success" && submission.value.children).toEqual([
      { contactChildId: "a", decidedLevel: 1, outcome: "nfa" },
      { contactChildId: "b", decidedLevel: 1, outcome: "nfa" },
    ]);
  });

  it("gives siblings their own decisions", () => {
    const submission = parseWithZod(
      form({
        ...written,
        sameForAll: "no",
        "level-0": "2",
        "outcome-0": "early_help_taf",
        "level-1": "1",
        "outcome-1": "nfa",
      }),
      { schema: schema(["a", "b"]) },
    );
    expect(submission.status === "success" && submission.value.children).toEqual([
      { contactChildId: "a", decidedLevel: 2, outcome: "early_help_taf" },
      { contactChildId: "b", decidedLevel: 1, outcome: "nfa" },
    ]);
  });

  it("reports every missing answer at once", () => {
    const submission = parseWithZod(form({ sameForAll: "no", "level-0": "2", "outcome-1": "somethingElse" }), {
      schema: schema(["a", "b"]),
    });
    expect(submission.status).toBe("error");
    expect(submission.reply().error).toEqual({
      rag: ["mash.decision.rag.required"],
      rationale: ["mash.decision.rationale.required"],
      referrerFeedback: ["mash.decision.feedback.required"],
      "outcome-0": ["mash.decision.outcome.required"],
      "level-1": ["mash.decision.level.required"],
      "outcome-1": ["mash.decision.outcome.required"],
    });
  });

  it("asks whether the decision is the same for every child", () => {
    const submission = parseWithZod(form({ ...written }), { schema: schema(["a", "b"]) });
    expect(submission.reply().error).toEqual({ sameForAll: ["mash.decision.sameForAll.required"] });
  });

  it("refuses a strategy discussion at level 1 on the outcome, with every other problem", () => {
    const submission = parseWithZod(form({ rag: "red", level: "1", outcome: "strategy_discussion" }), {
      schema: schema(["a"]),
    });
    expect(submission.reply().error).toEqual({
      outcome: ["mash.decision.fit.notAtLevel"],
      rationale: ["mash.decision.rationale.required"],
      referrerFeedback: ["mash.decision.feedback.required"],
    });
  });

  it("refuses no further action at level 4 without a reason, and takes it with one", () => {
    const without = parseWithZod(form({ ...written, level: "4", outcome: "nfa", outcomeReason: "  " }), {
      schema: schema(["a"]),
    });
    expect(without.reply().error).toEqual({ outcomeReason: ["mash.decision.outcomeReason.required"] });
    const withReason = parseWithZod(
      form({
        ...written,
        level: "4",
        outcome: "nfa",
        outcomeReason: "Family moved to Glasgow; passed to their council.",
      }),
      { schema: schema(["a"]) },
    );
    expect(withReason.status === "success" && withReason.value.outcomeReason).toBe(
      "Family moved to Glasgow; passed to their council.",
    );
  });

  it("checks each sibling's own outcome against their level", () => {
    const submission = parseWithZod(
      form({
        ...written,
        sameForAll: "no",
        "level-0": "1",
        "outcome-0": "strategy_discussion",
        "level-1": "3",
        "outcome-1": "nfa",
      }),
      { schema: schema(["a", "b"]) },
    );
    expect(submission.reply().error).toEqual({
      "outcome-0": ["mash.decision.fit.notAtLevel"],
      outcomeReason: ["mash.decision.outcomeReason.required"],
    });
  });

  it("asks for the census primary need only when an outcome makes a referral", () => {
    const referring = decisionSchema({
      childIds: ["a", "b"],
      levels: [1, 2, 3, 4],
      outcomes: ["nfa", "early_help_taf", "strategy_discussion"],
      fit: defaultOutcomeFit,
      referralOutcomes: ["strategy_discussion"],
    });
    const siblings = { ...written, sameForAll: "no", "level-0": "4", "outcome-0": "strategy_discussion" };
    const missing = parseWithZod(form({ ...siblings, "level-1": "2", "outcome-1": "early_help_taf" }), {
      schema: referring,
    });
    expect(missing.status === "error" && missing.error?.primaryNeed).toEqual(["mash.decision.primaryNeed.required"]);
    const given = parseWithZod(
      form({ ...siblings, "level-1": "2", "outcome-1": "early_help_taf", primaryNeed: "N1" }),
      { schema: referring },
    );
    expect(given.status === "success" && given.value.primaryNeed).toBe("N1");
    const noReferral = parseWithZod(form({ ...written, level: "2", outcome: "early_help_taf", primaryNeed: "N1" }), {
      schema: referring,
    });
    expect(noReferral.status === "success" && noReferral.value).not.toHaveProperty("primaryNeed");
  });
});
