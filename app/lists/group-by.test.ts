import { describe, expect, it } from "vitest";
import { groupBy } from "./group-by";

describe("groupBy", () => {
  it("gathers rows under their key, keeping their order", () => {
    const rows = [
      { plan: "a", n: 1 },
      { plan: "b", n: 2 },
      { plan: "a", n: 3 },
    ];
    const groups = groupBy(rows, (row) => row.plan);
    expect(groups.get("a")?.map((row) => row.n)).toEqual([1, 3]);
    expect(groups.get("b")?.map((row) => row.n)).toEqual([2]);
    expect(groups.get("c")).toBeUndefined();
  });

  it("keeps rows whose key is null together", () => {
    const groups = groupBy([{ review: null }, { review: "r" }, { review: null }], (row) => row.review);
    expect(groups.get(null)).toHaveLength(2);
  });
});
