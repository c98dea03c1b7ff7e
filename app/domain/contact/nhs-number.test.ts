import { describe, expect, it } from "vitest";
import { formatNhsNumber, hasNhsNumberShape, normaliseNhsNumber } from "./nhs-number";

describe("normaliseNhsNumber", () => {
  it.each([
    ["9434765919", "9434765919"],
    ["943 476 5919", "9434765919"],
    ["943-476-5919", "9434765919"],
    [" 401 023 2137 ", "4010232137"],
    ["485 777 3457", "4857773457"],
    // A remainder of 0 gives a check digit of 11, which is written as 0.
    ["400 000 0020", "4000000020"],
  ])("accepts %s", (input, expected) => {
    expect(normaliseNhsNumber(input)).toBe(expected);
  });

  it.each([
    ["a wrong check digit", "943 476 5918"],
    ["two digits swapped", "934 476 5919"],
    ["a check digit that works out as 10, which no NHS number can have", "123 456 7890"],
    ["another number whose check digit would be 10", "400 000 0081"],
    ["too few digits", "943 476 591"],
    ["too many digits", "943 476 59190"],
    ["letters", "943 476 591O"],
    ["nothing", ""],
  ])("rejects %s", (_, input) => {
    expect(normaliseNhsNumber(input)).toBeUndefined();
  });
});

describe("hasNhsNumberShape", () => {
  it("tells a wrongly-sized entry from a wrong check digit", () => {
    expect(hasNhsNumberShape("943 476 5918")).toBe(true);
    expect(hasNhsNumberShape("943 476 591")).toBe(false);
  });
});

describe("formatNhsNumber", () => {
  it("groups the digits 3-3-4", () => {
    expect(formatNhsNumber("9434765919")).toBe("943 476 5919");
  });
});
