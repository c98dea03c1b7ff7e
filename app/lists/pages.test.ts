import { describe, expect, it } from "vitest";
import { clampPage, pageCount, pageRequest, paginationItems } from "./pages";

const numbers = (current: number, count: number) =>
  paginationItems(current, count).map((item) => (item === "ellipsis" ? "…" : item.page));

describe("page requests", () => {
  it("read the page from the address, and treat anything else as the first page", () => {
    expect(pageRequest("https://x.test/contacts?page=3")).toEqual({ page: 3, pageSize: 25 });
    for (const bad of ["", "0", "-2", "2.5", "two", "9999999"]) {
      expect(pageRequest(`https://x.test/contacts?page=${bad}`).page).toBe(1);
    }
  });

  it("show the last page for a page past the end, and one page for an empty list", () => {
    expect(pageCount(0, 25)).toBe(1);
    expect(pageCount(51, 25)).toBe(3);
    expect(clampPage({ page: 9, pageSize: 25 }, 51)).toEqual({ page: 3, pageSize: 25, offset: 50 });
    expect(clampPage({ page: 2, pageSize: 25 }, 0)).toEqual({ page: 1, pageSize: 25, offset: 0 });
  });
});

describe("pagination links", () => {
  it("list every page when there are few", () => {
    expect(numbers(1, 1)).toEqual([1]);
    expect(numbers(2, 4)).toEqual([1, 2, 3, 4]);
  });

  it("keep the first, last and neighbouring pages, with an ellipsis for each longer gap", () => {
    expect(numbers(1, 40)).toEqual([1, 2, "…", 40]);
    expect(numbers(20, 40)).toEqual([1, "…", 19, 20, 21, "…", 40]);
    expect(numbers(40, 40)).toEqual([1, "…", 39, 40]);
  });

  it("show a single missing page rather than an ellipsis standing for it", () => {
    expect(numbers(4, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(numbers(5, 9)).toEqual([1, "…", 4, 5, 6, "…", 9]);
  });
});
