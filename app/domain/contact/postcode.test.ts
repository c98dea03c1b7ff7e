import { describe, expect, it } from "vitest";
import { normalisePostcode } from "./postcode";

describe("normalisePostcode", () => {
  it.each([
    ["SW1A 1AA", "SW1A 1AA"],
    ["sw1a1aa", "SW1A 1AA"],
    ["  sw1a   1aa ", "SW1A 1AA"],
    ["M1 1AE", "M1 1AE"],
    ["B33 8TH", "B33 8TH"],
    ["CR2 6XH", "CR2 6XH"],
    ["DN55 1PT", "DN55 1PT"],
    ["W1A 0AX", "W1A 0AX"],
    ["EC1A 1BB", "EC1A 1BB"],
    ["CF10 1EP", "CF10 1EP"],
    ["gir 0aa", "GIR 0AA"],
  ])("accepts %s as %s", (input, expected) => {
    expect(normalisePostcode(input)).toBe(expected);
  });

  it.each([
    ["an outward code only", "SW1A"],
    ["a missing letter", "SW1A 1A"],
    ["a letter O for a zero", "SW1A OAA"],
    ["Q as the first letter", "QA1 1AA"],
    ["C in the inward code", "SW1A 1CA"],
    ["a US zip code", "90210"],
    ["nothing", ""],
  ])("rejects %s", (_, input) => {
    expect(normalisePostcode(input)).toBeUndefined();
  });
});
