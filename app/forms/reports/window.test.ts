import { describe, expect, it } from "vitest";
import { parseWindow } from "./window";

const fallback = { from: "2025-01-01", to: "2025-06-30" };

describe("a report's window", () => {
  it("uses the default when nothing is entered", () => {
    expect(parseWindow(new URLSearchParams(), fallback)).toMatchObject({ window: fallback, errors: [] });
  });

  it("reads the date boxes and ISO dates alike", () => {
    const boxes = new URLSearchParams({ "from.day": "5", "from.month": "1", "from.year": "2025", to: "2025-03-29" });
    expect(parseWindow(boxes, fallback).window).toEqual({ from: "2025-01-05", to: "2025-03-29" });
  });

  it("refuses a date that does not exist, a window the wrong way round and one over two years", () => {
    const bad = new URLSearchParams({ "from.day": "31", "from.month": "2", "from.year": "2025" });
    expect(parseWindow(bad, fallback)).toMatchObject({
      window: fallback,
      errors: [{ field: "from", key: "reports.window.error.fromInvalid" }],
      entered: { from: { day: "31", month: "2", year: "2025" } },
    });
    expect(parseWindow(new URLSearchParams({ from: "2025-05-01", to: "2025-04-01" }), fallback).errors).toEqual([
      { field: "to", key: "reports.window.error.order" },
    ]);
    expect(parseWindow(new URLSearchParams({ from: "2020-01-01", to: "2025-04-01" }), fallback).errors).toEqual([
      { field: "from", key: "reports.window.error.tooLong" },
    ]);
  });
});
