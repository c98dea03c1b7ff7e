import { describe, expect, it } from "vitest";
import { addDays, addMonths, addWorkingDaysToDate, calendarDate, daysBetween, isIsoDate } from "./calendar-date";
import { addWeekdays } from "./test-support";

describe("isIsoDate", () => {
  it.each(["2025-02-28", "2024-02-29", "2025-12-31"])("accepts %s", (value) => {
    expect(isIsoDate(value)).toBe(true);
  });

  it.each(["2025-02-29", "2025-13-01", "2025-1-1", "1/2/2025", "", "2025-02-28T00:00:00Z"])("rejects %j", (value) => {
    expect(isIsoDate(value)).toBe(false);
  });
});

describe("calendarDate", () => {
  it("gives the date in London during British Summer Time, not in UTC", () => {
    expect(calendarDate(new Date("2025-06-30T23:30:00Z"))).toBe("2025-07-01");
  });

  it("gives the date in London in winter", () => {
    expect(calendarDate(new Date("2025-12-31T23:30:00Z"))).toBe("2025-12-31");
  });
});

describe("addDays and addMonths", () => {
  it("crosses the clocks changing without losing a day", () => {
    expect(addDays("2025-03-29", 2)).toBe("2025-03-31");
  });

  it("keeps to the last day of a shorter month", () => {
    expect(addMonths("2025-01-31", 1)).toBe("2025-02-28");
    expect(addMonths("2024-02-29", 12)).toBe("2025-02-28");
  });

  it("crosses a year end", () => {
    expect(addMonths("2025-11-15", 3)).toBe("2026-02-15");
  });
});

describe("addWorkingDaysToDate", () => {
  it("hands the calendar date to the clock and back", () => {
    expect(addWorkingDaysToDate("2025-06-06", 1, addWeekdays)).toBe("2025-06-09");
  });
});

describe("daysBetween", () => {
  it("counts whole days across the clocks changing", () => {
    expect(daysBetween("2025-03-29", "2025-04-05")).toBe(7);
  });
});
