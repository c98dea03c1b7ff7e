import { describe, expect, it } from "vitest";
import { checkNhsNumber, formatNhsNumber, type NhsNumberProblem } from "./nhs-number";

const testing = { testNumbers: "accept" } as const;
const production = { testNumbers: "refuse" } as const;

describe("checkNhsNumber", () => {
  it.each([
    ["485 777 3457", "4857773457"],
    ["485-777-3457", "4857773457"],
    [" 401 023 2137 ", "4010232137"],
    ["652 920 2935", "6529202935"],
    ["791 532 6597", "7915326597"],
    // A remainder of 0 gives a check digit of 11, which is written as 0.
    ["400 000 0020", "4000000020"],
  ])("accepts %s, issued in England or Wales", (input, expected) => {
    expect(checkNhsNumber(input, production)).toEqual({ ok: true, nhsNumber: expected });
  });

  it.each<[string, string, NhsNumberProblem]>([
    ["too few digits", "485 777 345", "length"],
    ["too many digits", "485 777 34570", "length"],
    ["letters", "485 777 345O", "length"],
    ["nothing", "", "length"],
    ["all noughts, the usual placeholder", "000 000 0000", "placeholder"],
    ["all fours, which even passes the check digit", "444 444 4444", "placeholder"],
    ["all nines", "999 999 9999", "placeholder"],
    ["a wrong check digit", "485 777 3458", "checkDigit"],
    ["two digits swapped", "458 777 3457", "checkDigit"],
    ["a check digit that works out as 10, which no NHS number can have", "400 000 0081", "checkDigit"],
    ["a number from the 900 range that passes the check digit", "943 476 5919", "notIssued"],
    ["a Scottish CHI number", "101 000 0004", "notIssued"],
    ["a Northern Irish number", "320 000 0007", "notIssued"],
    ["a number between the English ranges", "512 345 6783", "notIssued"],
  ])("refuses %s (%s) as %s", (_description, input, problem) => {
    expect(checkNhsNumber(input, production)).toEqual({ ok: false, problem });
  });

  it("accepts the 999 test range while testing and refuses it in production", () => {
    expect(checkNhsNumber("999 992 7602", testing)).toEqual({ ok: true, nhsNumber: "9999927602" });
    expect(checkNhsNumber("999 992 7602", production)).toEqual({ ok: false, problem: "testNumber" });
  });
});

describe("formatNhsNumber", () => {
  it("groups the digits 3-3-4", () => {
    expect(formatNhsNumber("4857773457")).toBe("485 777 3457");
  });
});
