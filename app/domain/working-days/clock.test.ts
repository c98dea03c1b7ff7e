import { describe, expect, it } from "vitest";
import { englandAndWalesBankHolidays } from "./bank-holidays";
import { createWorkingDayClock } from "./clock";

/*
 * Instants are written with London's UTC offset at the time (+00:00 in
 * winter, +01:00 in British Summer Time) so that each case reads as the
 * wall-clock time a MASH team would see. 2026 clock changes: Sunday 29 March
 * (forward) and Sunday 25 October (back).
 */
const clock = createWorkingDayClock({
  holidays: englandAndWalesBankHolidays,
  officeHours: { start: "09:00", end: "17:00" },
  timeZone: "Europe/London",
});

const at = (iso: string) => new Date(iso);
const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

function expectInstant(actual: Date, expected: string): void {
  expect(actual.toISOString()).toBe(new Date(expected).toISOString());
}

describe("isWorkingDay", () => {
  it.each([
    ["2026-03-27", "an ordinary Friday", true],
    ["2026-03-28", "a Saturday", false],
    ["2026-03-29", "a Sunday (and the day the clocks go forward)", false],
    ["2026-04-02", "the day before Good Friday", true],
    ["2026-04-03", "Good Friday", false],
    ["2026-04-06", "Easter Monday", false],
    ["2026-12-24", "Christmas Eve", true],
    ["2026-12-28", "the substitute Boxing Day in 2026", false],
    ["2026-12-29", "the first working day after Christmas 2026", true],
    ["2027-12-27", "the substitute Christmas Day in 2027", false],
    ["2027-12-28", "the substitute Boxing Day in 2027", false],
    ["2028-01-03", "the substitute New Year's Day in 2028", false],
    ["2028-01-04", "the first working day of 2028", true],
  ])("%s, %s: %s", (date, _description, expected) => {
    expect(clock.isWorkingDay(date)).toBe(expected);
  });

  it("reads an instant on the London calendar, not the UTC one", () => {
    // 23:30 UTC on Sunday is 00:30 on Monday in British Summer Time.
    expect(clock.isWorkingDay(at("2026-06-14T23:30Z"))).toBe(true);
    // 23:30 UTC on Friday is 00:30 on Saturday in British Summer Time.
    expect(clock.isWorkingDay(at("2026-06-12T23:30Z"))).toBe(false);
    // In winter London is on UTC, so the dates agree.
    expect(clock.isWorkingDay(at("2026-01-11T23:30Z"))).toBe(false);
  });

  it("refuses a date that does not exist rather than guessing", () => {
    expect(() => clock.isWorkingDay("2026-02-30")).toThrow(/No such calendar date/);
    expect(() => clock.isWorkingDay("30/01/2026")).toThrow(/YYYY-MM-DD/);
  });
});

describe("addWorkingHours", () => {
  it.each([
    ["in office hours", "2026-06-08T10:00+01:00", 4, "2026-06-08T14:00+01:00"],
    ["at exactly 09:00", "2026-06-08T09:00+01:00", 4, "2026-06-08T13:00+01:00"],
    ["at exactly 17:00", "2026-06-08T17:00+01:00", 4, "2026-06-09T13:00+01:00"],
    ["at night", "2026-06-08T22:00+01:00", 4, "2026-06-09T13:00+01:00"],
    ["just after midnight", "2026-06-09T00:10+01:00", 4, "2026-06-09T13:00+01:00"],
    ["early in the morning", "2026-06-09T06:30+01:00", 4, "2026-06-09T13:00+01:00"],
    ["on a Friday afternoon", "2026-06-12T15:30+01:00", 4, "2026-06-15T11:30+01:00"],
    ["on a Friday evening", "2026-06-12T19:00+01:00", 4, "2026-06-15T13:00+01:00"],
    ["on a Saturday", "2026-06-13T11:00+01:00", 4, "2026-06-15T13:00+01:00"],
    ["on a Sunday night", "2026-06-14T23:30+01:00", 4, "2026-06-15T13:00+01:00"],
    ["on the Spring bank holiday", "2026-05-25T10:00+01:00", 4, "2026-05-26T13:00+01:00"],
    ["the afternoon before Good Friday", "2026-04-02T15:00+01:00", 4, "2026-04-07T11:00+01:00"],
    ["on Good Friday", "2026-04-03T10:00+01:00", 4, "2026-04-07T13:00+01:00"],
    ["on Christmas Eve 2026", "2026-12-24T16:00Z", 4, "2026-12-29T12:00Z"],
    ["on Boxing Day 2026 (a Saturday)", "2026-12-26T10:00Z", 4, "2026-12-29T13:00Z"],
    ["on Christmas Eve 2027", "2027-12-24T16:00Z", 4, "2027-12-29T12:00Z"],
    ["on New Year's Eve 2027", "2027-12-31T16:00Z", 4, "2028-01-04T12:00Z"],
    ["on Christmas Eve 2025", "2025-12-24T16:00Z", 4, "2025-12-29T12:00Z"],
    ["the Friday before the clocks go forward", "2026-03-27T15:30Z", 4, "2026-03-30T11:30+01:00"],
    ["during the hour the clocks skip", "2026-03-29T01:30Z", 4, "2026-03-30T13:00+01:00"],
    ["the Friday before the clocks go back", "2026-10-23T15:30+01:00", 4, "2026-10-26T11:30Z"],
    ["during the hour the clocks repeat", "2026-10-25T01:30Z", 4, "2026-10-26T13:00Z"],
    ["so it lands on closing time", "2026-06-08T13:00+01:00", 4, "2026-06-08T17:00+01:00"],
    ["for an information check (2 hours)", "2026-06-08T16:00+01:00", 2, "2026-06-09T10:00+01:00"],
    ["for an information check (6 hours)", "2026-06-08T14:00+01:00", 6, "2026-06-09T12:00+01:00"],
    ["for an information check (24 hours)", "2026-06-10T10:00+01:00", 24, "2026-06-15T10:00+01:00"],
    ["for a part hour", "2026-06-08T16:00+01:00", 1.5, "2026-06-09T09:30+01:00"],
  ])("counts from a contact %s", (_description, from, hours, expected) => {
    expectInstant(clock.addWorkingHours(at(from), hours), expected);
  });

  it("keeps the seconds of the arrival time", () => {
    expectInstant(clock.addWorkingHours(at("2026-06-08T10:00:30.250+01:00"), 1), "2026-06-08T11:00:30.250+01:00");
  });

  it("gives the next opening for no time at all outside office hours", () => {
    expectInstant(clock.addWorkingHours(at("2026-06-08T17:00+01:00"), 0), "2026-06-09T09:00+01:00");
    expectInstant(clock.addWorkingHours(at("2026-06-08T11:00+01:00"), 0), "2026-06-08T11:00+01:00");
  });

  it("refuses negative or missing durations", () => {
    expect(() => clock.addWorkingHours(at("2026-06-08T10:00+01:00"), -1)).toThrow();
    expect(() => clock.addWorkingHours(at("2026-06-08T10:00+01:00"), Number.NaN)).toThrow();
  });
});

describe("addWorkingDays", () => {
  it.each([
    ["in office hours", "2026-06-08T10:00+01:00", 3, "2026-06-11T10:00+01:00"],
    ["at exactly 09:00", "2026-06-08T09:00+01:00", 3, "2026-06-10T17:00+01:00"],
    ["at exactly 17:00", "2026-06-08T17:00+01:00", 3, "2026-06-11T17:00+01:00"],
    ["at night", "2026-06-08T22:00+01:00", 3, "2026-06-11T17:00+01:00"],
    ["early in the morning", "2026-06-09T06:30+01:00", 3, "2026-06-11T17:00+01:00"],
    ["on a Friday afternoon", "2026-06-12T15:30+01:00", 3, "2026-06-17T15:30+01:00"],
    ["on a Saturday", "2026-06-13T11:00+01:00", 3, "2026-06-17T17:00+01:00"],
    ["on a bank holiday", "2026-05-25T10:00+01:00", 3, "2026-05-28T17:00+01:00"],
    ["the day before Good Friday", "2026-04-02T10:00+01:00", 3, "2026-04-09T10:00+01:00"],
    ["before Christmas 2026", "2026-12-23T14:00Z", 3, "2026-12-30T14:00Z"],
    ["before Christmas 2027", "2027-12-23T14:00Z", 3, "2027-12-30T14:00Z"],
    ["before New Year 2028", "2027-12-30T14:00Z", 3, "2028-01-05T14:00Z"],
    ["before the clocks go forward", "2026-03-26T10:00Z", 3, "2026-03-31T10:00+01:00"],
    ["before the clocks go back", "2026-10-22T10:00+01:00", 3, "2026-10-27T10:00Z"],
  ])("counts from a contact %s", (_description, from, days, expected) => {
    expectInstant(clock.addWorkingDays(at(from), days), expected);
  });

  it.each([
    ["in office hours", "2026-06-08T10:00+01:00", "2026-06-09T10:00+01:00"],
    ["at exactly 09:00", "2026-06-08T09:00+01:00", "2026-06-08T17:00+01:00"],
    ["at exactly 17:00", "2026-06-08T17:00+01:00", "2026-06-09T17:00+01:00"],
    ["on a Friday afternoon", "2026-06-12T16:00+01:00", "2026-06-15T16:00+01:00"],
    ["on a Saturday", "2026-06-13T11:00+01:00", "2026-06-15T17:00+01:00"],
  ])("is one office day of working hours for a decision on a contact %s", (_description, from, expected) => {
    expectInstant(clock.addWorkingDays(at(from), 1), expected);
    expectInstant(clock.addWorkingHours(at(from), 8), expected);
  });
});

describe("endOfNthWorkingDayAfter", () => {
  it.each([
    ["in office hours", "2026-06-08T10:00+01:00", "2026-06-09T17:00+01:00"],
    ["at exactly 09:00", "2026-06-08T09:00+01:00", "2026-06-09T17:00+01:00"],
    ["at exactly 17:00", "2026-06-08T17:00+01:00", "2026-06-09T17:00+01:00"],
    ["early in the morning", "2026-06-08T06:30+01:00", "2026-06-09T17:00+01:00"],
    ["at night", "2026-06-08T22:00+01:00", "2026-06-09T17:00+01:00"],
    ["on a Friday afternoon", "2026-06-12T15:30+01:00", "2026-06-15T17:00+01:00"],
    ["on a Saturday", "2026-06-13T11:00+01:00", "2026-06-15T17:00+01:00"],
    ["late on Sunday (still Sunday in London)", "2026-06-14T23:30+01:00", "2026-06-15T17:00+01:00"],
    ["just after midnight on Monday (still Sunday in UTC)", "2026-06-15T00:30+01:00", "2026-06-16T17:00+01:00"],
    ["on the Spring bank holiday", "2026-05-25T10:00+01:00", "2026-05-26T17:00+01:00"],
    ["the day before Good Friday", "2026-04-02T11:00+01:00", "2026-04-07T17:00+01:00"],
    ["on Good Friday", "2026-04-03T11:00+01:00", "2026-04-07T17:00+01:00"],
    ["on Christmas Eve 2026", "2026-12-24T11:00Z", "2026-12-29T17:00Z"],
    ["on Christmas Eve 2027", "2027-12-24T11:00Z", "2027-12-29T17:00Z"],
    ["on New Year's Eve 2027", "2027-12-31T11:00Z", "2028-01-04T17:00Z"],
    ["the Friday before the clocks go forward", "2026-03-27T15:30Z", "2026-03-30T17:00+01:00"],
    ["the Friday before the clocks go back", "2026-10-23T15:30+01:00", "2026-10-26T17:00Z"],
  ])("is closing time on the next working day for a contact %s", (_description, from, expected) => {
    expectInstant(clock.endOfNthWorkingDayAfter(at(from), 1), expected);
  });

  it.each([
    ["the second working day after a Monday", "2026-06-08T10:00+01:00", 2, "2026-06-10T17:00+01:00"],
    ["the third working day after a Friday", "2026-06-12T15:30+01:00", 3, "2026-06-17T17:00+01:00"],
    ["the second working day after a Sunday", "2026-06-14T11:00+01:00", 2, "2026-06-16T17:00+01:00"],
    ["the second working day after the day before Good Friday", "2026-04-02T11:00+01:00", 2, "2026-04-08T17:00+01:00"],
  ])("is closing time on %s", (_description, from, n, expected) => {
    expectInstant(clock.endOfNthWorkingDayAfter(at(from), n), expected);
  });

  it("refuses anything but a whole number of working days from 1", () => {
    expect(() => clock.endOfNthWorkingDayAfter(at("2026-06-08T10:00+01:00"), 0)).toThrow(/1 or more/);
    expect(() => clock.endOfNthWorkingDayAfter(at("2026-06-08T10:00+01:00"), 1.5)).toThrow(/1 or more/);
  });
});

describe("firstWorkingMoment", () => {
  it.each([
    ["in office hours, the moment itself", "2026-06-08T10:15+01:00", "2026-06-08T10:15+01:00"],
    ["at opening, opening", "2026-06-08T09:00+01:00", "2026-06-08T09:00+01:00"],
    ["at closing, the next opening", "2026-06-08T17:00+01:00", "2026-06-09T09:00+01:00"],
    ["early in the morning, that day's opening", "2026-06-08T06:30+01:00", "2026-06-08T09:00+01:00"],
    ["on a Sunday, Monday's opening", "2026-06-14T11:00+01:00", "2026-06-15T09:00+01:00"],
    ["on Good Friday, the Tuesday after Easter", "2026-04-03T11:00+01:00", "2026-04-07T09:00+01:00"],
  ])("is %s", (_description, from, expected) => {
    expectInstant(clock.firstWorkingMoment(at(from)), expected);
  });
});

describe("workingTimeBetween", () => {
  it.each([
    ["within one office day", "2026-06-08T10:00+01:00", "2026-06-08T12:30+01:00", 2.5],
    ["from night to night", "2026-06-08T20:00+01:00", "2026-06-09T20:00+01:00", 8],
    ["over a weekend", "2026-06-12T16:00+01:00", "2026-06-15T10:00+01:00", 2],
    ["within a weekend", "2026-06-13T09:00+01:00", "2026-06-14T17:00+01:00", 0],
    ["over Easter", "2026-04-02T16:00+01:00", "2026-04-07T10:00+01:00", 2],
    ["over Christmas 2026", "2026-12-24T16:00Z", "2026-12-29T10:00Z", 2],
    ["over Christmas and New Year 2027", "2027-12-23T09:00Z", "2028-01-04T17:00Z", 6 * 8],
    ["over the weekend the clocks go forward", "2026-03-27T16:00Z", "2026-03-30T10:00+01:00", 2],
    ["over the weekend the clocks go back", "2026-10-23T16:00+01:00", "2026-10-26T10:00Z", 2],
    ["between the same instant", "2026-06-08T10:00+01:00", "2026-06-08T10:00+01:00", 0],
  ])("counts office hours only %s", (_description, from, to, hours) => {
    expect(clock.workingTimeBetween(at(from), at(to))).toBe(hours * HOUR_MS);
  });

  it("is negative when the second instant is earlier", () => {
    expect(clock.workingTimeBetween(at("2026-06-15T10:00+01:00"), at("2026-06-12T16:00+01:00"))).toBe(-2 * HOUR_MS);
  });

  it("measures back exactly the working hours that were added, from any start", () => {
    const start = at("2026-03-20T00:00Z").getTime();
    for (let quarterHour = 0; quarterHour < 4 * 24 * 14; quarterHour += 3) {
      const from = new Date(start + quarterHour * 15 * MINUTE_MS);
      for (const hours of [0.5, 2, 4, 6, 8, 24]) {
        const due = clock.addWorkingHours(from, hours);
        expect(clock.workingTimeBetween(from, due)).toBe(hours * HOUR_MS);
      }
    }
  });
});

describe("describeTimeLeft", () => {
  it.each([
    [
      "minutes only under an hour",
      "2026-06-08T10:00+01:00",
      "2026-06-08T10:45+01:00",
      { workingDays: 0, hours: 0, minutes: 45 },
    ],
    [
      "a part-minute as a whole minute",
      "2026-06-08T10:00+01:00",
      "2026-06-08T10:00:30+01:00",
      { workingDays: 0, hours: 0, minutes: 1 },
    ],
    [
      "hours and minutes under a working day",
      "2026-06-08T10:00+01:00",
      "2026-06-08T12:15+01:00",
      { workingDays: 0, hours: 2, minutes: 15 },
    ],
    ["a whole hour", "2026-06-08T10:00+01:00", "2026-06-08T11:00+01:00", { workingDays: 0, hours: 1, minutes: 0 }],
    [
      "an office day as one working day",
      "2026-06-08T10:00+01:00",
      "2026-06-09T10:00+01:00",
      { workingDays: 1, hours: 0, minutes: 0 },
    ],
    [
      "days and whole hours from a working day",
      "2026-06-08T10:00+01:00",
      "2026-06-09T13:40+01:00",
      { workingDays: 1, hours: 3, minutes: 0 },
    ],
    [
      "only office time over a weekend",
      "2026-06-12T16:00+01:00",
      "2026-06-15T11:00+01:00",
      { workingDays: 0, hours: 3, minutes: 0 },
    ],
    [
      "time left overnight as the working time still to come",
      "2026-06-08T20:00+01:00",
      "2026-06-09T09:30+01:00",
      { workingDays: 0, hours: 0, minutes: 30 },
    ],
  ])("shows %s", (_description, now, due, parts) => {
    expect(clock.describeTimeLeft(at(now), at(due))).toEqual({ state: "remaining", ...parts });
  });

  it.each([
    [
      "by a day and hours",
      "2026-06-09T13:00+01:00",
      "2026-06-08T10:00+01:00",
      { workingDays: 1, hours: 3, minutes: 0 },
    ],
    ["by minutes", "2026-06-08T10:20+01:00", "2026-06-08T10:00+01:00", { workingDays: 0, hours: 0, minutes: 20 }],
    [
      "by a few seconds as a minute",
      "2026-06-08T10:00:05+01:00",
      "2026-06-08T10:00+01:00",
      { workingDays: 0, hours: 0, minutes: 1 },
    ],
    [
      "by office time only over Christmas",
      "2026-12-29T10:00Z",
      "2026-12-24T16:00Z",
      { workingDays: 0, hours: 2, minutes: 0 },
    ],
    [
      "with no working time yet when missed after closing",
      "2026-06-08T20:00+01:00",
      "2026-06-08T17:00+01:00",
      { workingDays: 0, hours: 0, minutes: 0 },
    ],
    [
      "from the very instant it is due",
      "2026-06-08T12:00+01:00",
      "2026-06-08T12:00+01:00",
      { workingDays: 0, hours: 0, minutes: 0 },
    ],
  ])("shows a deadline missed %s", (_description, now, due, parts) => {
    expect(clock.describeTimeLeft(at(now), at(due))).toEqual({ state: "overdue", ...parts });
  });
});

describe("createWorkingDayClock", () => {
  const policy = { holidays: [], officeHours: { start: "09:00", end: "17:00" }, timeZone: "Europe/London" };

  it("refuses office hours that are not 24-hour HH:MM or that close before they open", () => {
    expect(() => createWorkingDayClock({ ...policy, officeHours: { start: "9am", end: "17:00" } })).toThrow(/HH:MM/);
    expect(() => createWorkingDayClock({ ...policy, officeHours: { start: "17:00", end: "09:00" } })).toThrow(
      /open before/,
    );
  });

  it("refuses a holiday list with a date that does not exist", () => {
    expect(() => createWorkingDayClock({ ...policy, holidays: ["2026-13-01"] })).toThrow(/2026-13-01/);
  });

  it("refuses an unknown time zone", () => {
    expect(() => createWorkingDayClock({ ...policy, timeZone: "Europe/Atlantis" })).toThrow(RangeError);
  });

  it("uses the office hours it is given", () => {
    const shortDays = createWorkingDayClock({ ...policy, officeHours: { start: "08:30", end: "16:30" } });
    expectInstant(shortDays.addWorkingHours(at("2026-06-08T07:00+01:00"), 4), "2026-06-08T12:30+01:00");
    expectInstant(shortDays.endOfNthWorkingDayAfter(at("2026-06-08T07:00+01:00"), 1), "2026-06-09T16:30+01:00");
  });
});
