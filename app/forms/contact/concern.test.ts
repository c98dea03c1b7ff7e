import { describe, expect, it } from "vitest";
import { submit } from "~/forms/test-support";
import { concernLimits, concernSchema } from "./concern";

const worry = "Amy has come to school hungry on most days this term and says there is no food at home.";
const valid = {
  worry,
  workingWell: "Mum brings Amy to school every day.",
  needsToHappen: "A home visit and support with food.",
};

describe("concernSchema", () => {
  it("accepts the three Signs of Safety answers", () => {
    expect(submit(concernSchema, valid).value).toEqual(valid);
  });

  it("asks all three questions", () => {
    expect(submit(concernSchema, {}).errors).toEqual({
      worry: ["contact.concern.worry.required"],
      workingWell: ["contact.concern.workingWell.required"],
      needsToHappen: ["contact.concern.needsToHappen.required"],
    });
  });

  it("asks for more than a label in the worry box", () => {
    expect(submit(concernSchema, { ...valid, worry: "Concerns about neglect." }).errors).toEqual({
      worry: ["contact.concern.worry.tooShort"],
    });
    expect(submit(concernSchema, { ...valid, worry: "x".repeat(concernLimits.worryMinimum) }).errors).toBeUndefined();
    expect(
      submit(concernSchema, { ...valid, worry: ` ${"x".repeat(concernLimits.worryMinimum - 1)} ` }).errors,
    ).toEqual({
      worry: ["contact.concern.worry.tooShort"],
    });
  });

  it("limits every box", () => {
    const tooLong = "x".repeat(concernLimits.maximum + 1);
    expect(submit(concernSchema, { worry: tooLong, workingWell: tooLong, needsToHappen: tooLong }).errors).toEqual({
      worry: ["contact.concern.worry.tooLong"],
      workingWell: ["contact.concern.workingWell.tooLong"],
      needsToHappen: ["contact.concern.needsToHappen.tooLong"],
    });
  });
});
