import { describe, expect, it } from "vitest";
import { isRepeatContact } from "./repeat-contact";

const at = (iso: string) => new Date(iso);
const current = at("2026-11-23T10:00:00Z");

describe("isRepeatContact", () => {
  it.each([
    ["a contact last month", ["2026-10-20T10:00:00Z"], true],
    ["a contact exactly 12 months before", ["2025-11-23T10:00:00Z"], true],
    ["a contact 12 months and a day before", ["2025-11-22T10:00:00Z"], false],
    ["no earlier contact", [], false],
    ["only a later contact", ["2026-11-24T10:00:00Z"], false],
    ["an old and a recent contact", ["2019-01-01T10:00:00Z", "2026-06-01T10:00:00Z"], true],
  ])("is %s: %s", (_description, earlier, expected) => {
    expect(isRepeatContact(current, earlier.map(at))).toBe(expected);
  });
});
