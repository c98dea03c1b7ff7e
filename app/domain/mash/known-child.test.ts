import { describe, expect, it } from "vitest";
import { contactKnownBecause, knownBecause } from "./known-child";

describe("knownBecause", () => {
  it("names every reason a child is known, in one order", () => {
    expect(knownBecause({ personRecord: true, openPlan: true, recentContact: true })).toEqual([
      "personRecord",
      "openPlan",
      "recentContact",
    ]);
    expect(knownBecause({ personRecord: true, openPlan: false, recentContact: true })).toEqual([
      "personRecord",
      "recentContact",
    ]);
  });

  it("leaves a child nobody knows unflagged", () => {
    expect(knownBecause({ personRecord: false, openPlan: false, recentContact: false })).toEqual([]);
  });
});

describe("contactKnownBecause", () => {
  it("flags a contact when any child is known, with each reason once", () => {
    expect(contactKnownBecause([[], ["personRecord", "openPlan"], ["personRecord"]])).toEqual([
      "personRecord",
      "openPlan",
    ]);
    expect(contactKnownBecause([[], []])).toEqual([]);
  });
});
