import { describe, expect, it } from "vitest";
import { submit } from "~/forms/test-support";
import { emergencyCallsSchema, normaliseTime } from "./emergency-calls";

describe("emergencyCallsSchema", () => {
  it("accepts both calls confirmed and a time", () => {
    const result = submit(emergencyCallsSchema, { phonedPolice: "yes", phonedMash: "yes", calledAt: "2:30pm" });
    expect(result.value).toEqual({ phonedPolice: "yes", phonedMash: "yes", calledAt: "14:30" });
    expect(emergencyCallsSchema.parse(result.value)).toEqual(result.value);
  });

  it("will not go on until both calls are confirmed and the time given", () => {
    expect(submit(emergencyCallsSchema, {}).errors).toEqual({
      phonedPolice: ["contact.emergencyCalls.phonedPolice.required"],
      phonedMash: ["contact.emergencyCalls.phonedMash.required"],
      calledAt: ["contact.emergencyCalls.calledAt.required"],
    });
    expect(submit(emergencyCallsSchema, { phonedPolice: "yes", calledAt: "14:30" }).errors).toEqual({
      phonedMash: ["contact.emergencyCalls.phonedMash.required"],
    });
  });

  it("rejects a time it cannot read", () => {
    expect(
      submit(emergencyCallsSchema, { phonedPolice: "yes", phonedMash: "yes", calledAt: "teatime" }).errors,
    ).toEqual({
      calledAt: ["contact.emergencyCalls.calledAt.invalid"],
    });
  });
});

describe("normaliseTime", () => {
  it.each([
    ["14:30", "14:30"],
    ["9:05", "09:05"],
    ["2:30pm", "14:30"],
    ["2.30 PM", "14:30"],
    ["2pm", "14:00"],
    ["12am", "00:00"],
    ["12:15pm", "12:15"],
    ["midday", "12:00"],
    ["midnight", "00:00"],
  ])("reads %s as %s", (input, expected) => {
    expect(normaliseTime(input)).toBe(expected);
  });

  it.each(["2", "14", "25:00", "13pm", "0am", "9:60", "9:5", "half two"])("refuses %s", (input) => {
    expect(normaliseTime(input)).toBeUndefined();
  });
});
