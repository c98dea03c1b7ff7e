import { parseWithZod } from "@conform-to/zod/v4";
import { describe, expect, it } from "vitest";
import { decisionSchema } from "./decision";

const schema = (childIds: string[]) =>
  decisionSchema({ childIds, levels: [1, 2, 3, 4], outcomes: ["nfa", "early_help_taf"] });

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
});
