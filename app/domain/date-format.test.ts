import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatDueTime, formatShortDate, formatTime } from "./date-format";

describe("formatDate", () => {
  it("writes a calendar date as the day it names", () => {
    expect(formatDate("2019-03-07")).toBe("7 March 2019");
    expect(formatDate("2026-12-31")).toBe("31 December 2026");
  });

  it("writes an instant as its day in London", () => {
    // 23:30 UTC on 30 June is 00:30 on 1 July in British Summer Time.
    expect(formatDate(new Date("2026-06-30T23:30:00Z"))).toBe("1 July 2026");
    expect(formatDate(new Date("2026-12-31T23:30:00Z"))).toBe("31 December 2026");
  });
});

describe("formatShortDate", () => {
  it("writes a calendar date as day and short month", () => {
    expect(formatShortDate("2025-01-06")).toBe("6 Jan");
    expect(formatShortDate("2025-09-30")).toBe("30 Sept");
  });
});

describe("formatTime", () => {
  it.each([
    ["2026-01-05T09:30:00Z", "9:30am"],
    ["2026-01-05T17:00:00Z", "5pm"],
    ["2026-01-05T12:00:00Z", "midday"],
    ["2026-01-05T00:00:00Z", "midnight"],
    ["2026-01-05T00:05:00Z", "12:05am"],
    // In summer, London is an hour ahead of UTC.
    ["2026-07-05T16:00:00Z", "5pm"],
  ])("writes %s as %s", (instant, expected) => {
    expect(formatTime(new Date(instant))).toBe(expected);
    expect(formatTime(instant)).toBe(expected);
  });
});

describe("formatDateTime", () => {
  it("writes the time, then the day, in London", () => {
    expect(formatDateTime(new Date("2025-01-06T14:30:00Z"))).toBe("2:30pm on 6 January 2025");
    expect(formatDateTime("2026-06-30T23:30:00.000Z")).toBe("12:30am on 1 July 2026");
  });
});

describe("formatDueTime", () => {
  it("names the day of the week", () => {
    expect(formatDueTime(new Date("2026-06-08T12:00:00Z"))).toBe("1pm Monday 8 June");
  });
});
