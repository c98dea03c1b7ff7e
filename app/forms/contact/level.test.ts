import { describe, expect, it } from "vitest";
import { submit } from "~/forms/test-support";
import { levelSchema, proposedLevel } from "./level";

const schema = levelSchema({ levels: [1, 2, 3, 4], suggestedLevel: 3 });

describe("levelSchema", () => {
  it("accepts agreement with the suggestion", () => {
    const value = submit(schema, { agreesWithSuggestion: "yes", suggestedLevel: "3", chosenLevel: "4" }).value;
    expect(value).toEqual({ agreesWithSuggestion: "yes", suggestedLevel: 3 });
    expect(value && proposedLevel(value)).toBe(3);
  });

  it("accepts a different level with a reason", () => {
    const value = submit(schema, {
      agreesWithSuggestion: "no",
      suggestedLevel: "3",
      chosenLevel: "4",
      reason: "Mum's new partner is a risk.",
    }).value;
    expect(value).toEqual({
      agreesWithSuggestion: "no",
      suggestedLevel: 3,
      chosenLevel: 4,
      reason: "Mum's new partner is a risk.",
    });
    expect(value && proposedLevel(value)).toBe(4);
    expect(schema.parse(value)).toEqual(value);
  });

  it("asks whether the referrer agrees", () => {
    expect(submit(schema, { suggestedLevel: "3" }).errors).toEqual({
      agreesWithSuggestion: ["contact.level.agreesWithSuggestion.required"],
    });
  });

  it("needs a level and a reason when the referrer disagrees", () => {
    expect(submit(schema, { agreesWithSuggestion: "no", suggestedLevel: "3" }).errors).toEqual({
      chosenLevel: ["contact.level.chosenLevel.required"],
      reason: ["contact.level.reason.required"],
    });
  });

  it("needs a level that exists and differs from the suggestion", () => {
    const disagree = { agreesWithSuggestion: "no", suggestedLevel: "3", reason: "Because." };
    expect(submit(schema, { ...disagree, chosenLevel: "5" }).errors).toEqual({
      chosenLevel: ["contact.level.chosenLevel.required"],
    });
    expect(submit(schema, { ...disagree, chosenLevel: "three" }).errors).toEqual({
      chosenLevel: ["contact.level.chosenLevel.required"],
    });
    expect(submit(schema, { ...disagree, chosenLevel: "3" }).errors).toEqual({
      chosenLevel: ["contact.level.chosenLevel.sameAsSuggested"],
    });
  });

  it("refuses an answer given to a suggestion that has since changed", () => {
    expect(submit(schema, { agreesWithSuggestion: "yes", suggestedLevel: "2" }).errors).toEqual({
      "": ["contact.level.suggestionChanged"],
    });
  });
});
