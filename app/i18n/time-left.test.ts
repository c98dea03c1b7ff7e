import { describe, expect, it } from "vitest";
import { createWorkingDayClock, englandAndWalesBankHolidays, type TimeLeft } from "~/domain/working-days";
import { createTranslator } from "./messages";
import { formatDeadline, formatDuration, formatTimeLeft } from "./time-left";

const t = createTranslator("en");
const clock = createWorkingDayClock({
  holidays: englandAndWalesBankHolidays,
  officeHours: { start: "09:00", end: "17:00" },
  timeZone: "Europe/London",
});

describe("formatTimeLeft", () => {
  it.each([
    [{ state: "remaining", workingDays: 0, hours: 0, minutes: 45 }, "45 minutes left"],
    [{ state: "remaining", workingDays: 0, hours: 0, minutes: 1 }, "1 minute left"],
    [{ state: "remaining", workingDays: 0, hours: 2, minutes: 15 }, "2 hours 15 minutes left"],
    [{ state: "remaining", workingDays: 0, hours: 1, minutes: 0 }, "1 hour left"],
    [{ state: "remaining", workingDays: 2, hours: 0, minutes: 0 }, "2 working days left"],
    [{ state: "overdue", workingDays: 1, hours: 3, minutes: 0 }, "Overdue by 1 working day 3 hours"],
    [{ state: "overdue", workingDays: 0, hours: 0, minutes: 0 }, "Overdue"],
  ] satisfies [TimeLeft, string][])("reads %j as “%s”", (timeLeft, expected) => {
    expect(formatTimeLeft(t, timeLeft)).toBe(expected);
  });

  it("reads the clock's own answers", () => {
    const friday = new Date("2026-06-12T15:30:00+01:00");
    expect(formatTimeLeft(t, clock.describeTimeLeft(friday, clock.addWorkingHours(friday, 4)))).toBe("4 hours left");
    const monday = new Date("2026-06-15T10:00:00+01:00");
    expect(formatTimeLeft(t, clock.describeTimeLeft(monday, new Date("2026-06-12T16:00:00+01:00")))).toBe(
      "Overdue by 2 hours",
    );
  });
});

describe("formatDuration", () => {
  it("gives the duration without saying which way", () => {
    expect(formatDuration(t, { state: "overdue", workingDays: 0, hours: 2, minutes: 5 })).toBe("2 hours 5 minutes");
  });
});

describe("formatDeadline", () => {
  it("says when a deadline falls as well as how much working time is left", () => {
    const saturday = new Date("2026-06-13T10:00:00+01:00");
    const dueAt = new Date("2026-06-15T13:00:00+01:00");
    expect(formatDeadline(t, { dueAt, timeLeft: clock.describeTimeLeft(saturday, dueAt) })).toBe(
      "4 hours left, due 1pm Monday 15 June",
    );
  });

  it("says when a missed deadline fell", () => {
    const monday = new Date("2026-06-15T10:00:00+01:00");
    const dueAt = new Date("2026-06-12T16:30:00+01:00");
    expect(formatDeadline(t, { dueAt, timeLeft: clock.describeTimeLeft(monday, dueAt) })).toBe(
      "Overdue by 1 hour 30 minutes, was due 4:30pm Friday 12 June",
    );
  });
});
