import { describe, expect, it } from "vitest";
import { jaroWinkler, normaliseName } from "./names";

describe("normaliseName", () => {
  it.each([
    [["Zoë", "O’Brien"], "zoe obrien"],
    [["  Mary-Jane ", "SMITH"], "mary jane smith"],
    [["José", "d'Almeida"], "jose dalmeida"],
    [[null, "Khan"], "khan"],
    [["Amelia Rose", "Smith"], "amelia rose smith"],
    [["Amelia  Rose", "Smith "], "amelia rose smith"],
  ] as const)("reads %j as %s", (parts, expected) => {
    expect(normaliseName(...parts)).toBe(expected);
  });
});

describe("jaroWinkler", () => {
  it("is 1 for the same name and 0 for nothing in common", () => {
    expect(jaroWinkler("smith", "smith")).toBe(1);
    expect(jaroWinkler("abc", "xyz")).toBe(0);
    expect(jaroWinkler("", "smith")).toBe(0);
  });

  it("matches the textbook values", () => {
    expect(jaroWinkler("martha", "marhta")).toBeCloseTo(0.961, 3);
    expect(jaroWinkler("dwayne", "duane")).toBeCloseTo(0.84, 2);
    expect(jaroWinkler("dixon", "dicksonx")).toBeCloseTo(0.813, 3);
  });

  it("scores spelling variants of a name above a different name", () => {
    expect(jaroWinkler("jon", "john")).toBeGreaterThan(0.9);
    expect(jaroWinkler("smyth", "smith")).toBeGreaterThan(0.85);
    expect(jaroWinkler("jack", "john")).toBeLessThan(0.7);
  });
});
