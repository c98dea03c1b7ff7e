import { describe, expect, it } from "vitest";
import { currentHref } from "./navigation";

describe("currentHref", () => {
  const menu = ["/", "/reports", "/reports/returns", "/mash"];

  it("marks only the most specific section the page is in", () => {
    expect(currentHref(menu, "/reports/returns")).toBe("/reports/returns");
    expect(currentHref(menu, "/reports/returns/annex-a")).toBe("/reports/returns");
    expect(currentHref(menu, "/reports")).toBe("/reports");
    expect(currentHref(menu, "/reports/my-organisation")).toBe("/reports");
  });

  it("marks home only on the home page, and nothing for a page outside the menu", () => {
    expect(currentHref(menu, "/")).toBe("/");
    expect(currentHref(menu, "/mash/contacts/C-1")).toBe("/mash");
    expect(currentHref(menu, "/reportsx")).toBeUndefined();
    expect(currentHref(menu, "/account")).toBeUndefined();
  });
});
