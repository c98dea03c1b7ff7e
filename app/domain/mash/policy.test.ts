import { describe, expect, it } from "vitest";
import {
  createScreeningClock,
  defaultScreeningTimelinessPolicy as policy,
  dueAfter,
  informationCheckDueAt,
  screeningDueTimes,
  type ScreeningTimelinessPolicy,
} from "./policy";

const clock = createScreeningClock(policy);
const at = (iso: string) => new Date(iso);
const iso = (instant: Date) => instant.toISOString();

describe("screeningDueTimes", () => {
  const receivedAt = at("2026-06-12T15:30+01:00"); // a Friday afternoon

  it.each([
    ["a Red", "red", "2026-06-15T11:30+01:00"],
    ["an Amber", "amber", "2026-06-15T17:00+01:00"],
    ["a Green", "green", "2026-06-17T15:30+01:00"],
    ["an unrated (as Red)", null, "2026-06-15T11:30+01:00"],
  ] as const)(
    "gives %s contact its screening due time and a decision within one working day",
    (_description, rag, screeningDue) => {
      expect(screeningDueTimes(receivedAt, rag, policy, clock)).toEqual({
        decisionDueAt: at("2026-06-15T15:30+01:00"),
        screeningDueAt: at(screeningDue),
      });
    },
  );

  it("counts a Red contact arriving before Easter only in working hours", () => {
    const due = screeningDueTimes(at("2026-04-02T15:00+01:00"), "red", policy, clock);
    expect(iso(due.screeningDueAt)).toBe(iso(at("2026-04-07T11:00+01:00")));
    expect(iso(due.decisionDueAt)).toBe(iso(at("2026-04-07T15:00+01:00")));
  });

  it("follows a council's own timescales", () => {
    const oxfordshireAmber: ScreeningTimelinessPolicy = {
      ...policy,
      screeningByRag: { ...policy.screeningByRag, amber: { unit: "workingDays", amount: 1 } },
    };
    const due = screeningDueTimes(at("2026-06-08T10:00+01:00"), "amber", oxfordshireAmber, clock);
    expect(iso(due.screeningDueAt)).toBe(iso(at("2026-06-09T10:00+01:00")));
  });
});

describe("informationCheckDueAt", () => {
  const requestedAt = at("2026-06-08T14:00+01:00"); // a Monday afternoon

  it.each([
    ["a Red", "red", "2026-06-08T16:00+01:00"],
    ["an Amber", "amber", "2026-06-09T12:00+01:00"],
    ["a Green", "green", "2026-06-11T14:00+01:00"],
    ["an unrated (as Red)", null, "2026-06-08T16:00+01:00"],
  ] as const)("gives a check on %s contact its due time", (_description, rag, expected) => {
    expect(iso(informationCheckDueAt(requestedAt, rag, policy, clock))).toBe(iso(at(expected)));
  });
});

describe("dueAfter", () => {
  it("reads each kind of timescale", () => {
    const from = at("2026-06-08T10:00+01:00");
    expect(iso(dueAfter(from, { unit: "workingHours", amount: 3 }, clock))).toBe(iso(at("2026-06-08T13:00+01:00")));
    // An assessment's 45 working days: nine weeks with no bank holiday in them.
    expect(iso(dueAfter(from, { unit: "workingDays", amount: 45 }, clock))).toBe(iso(at("2026-08-10T10:00+01:00")));
    expect(iso(dueAfter(from, { unit: "endOfNextWorkingDay" }, clock))).toBe(iso(at("2026-06-09T17:00+01:00")));
  });
});

describe("createScreeningClock", () => {
  it("uses the policy's office hours", () => {
    const earlyClock = createScreeningClock({ ...policy, officeHours: { start: "08:00", end: "16:00" } });
    expect(iso(earlyClock.endOfNextWorkingDay(at("2026-06-08T10:00+01:00")))).toBe(iso(at("2026-06-09T16:00+01:00")));
  });
});
