import { describe, expect, it } from "vitest";
import { ragUrgency } from "./rag";

describe("ragUrgency", () => {
  it("puts unrated first, then red, amber, green", () => {
    const order = [null, "red", "amber", "green"] as const;
    expect(order.map(ragUrgency)).toEqual([0, 1, 2, 3]);
  });
});
