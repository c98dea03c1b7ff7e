import { describe, expect, it } from "vitest";
import {
  createScreeningClock,
  defaultScreeningTimelinessPolicy as policy,
  dueAfter,
  informationCheckDueAt,
  screeningDueTimes,
  timelinessPolicyProblems,
  writtenConfirmationDueAt,
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
    const due = (timescale: Parameters<typeof dueAfter>[1]) => iso(dueAfter(from, timescale, clock, "asReceived"));
    expect(due({ unit: "workingHours", amount: 3 })).toBe(iso(at("2026-06-08T13:00+01:00")));
    // An assessment's 45 working days: nine weeks with no bank holiday in them.
    expect(due({ unit: "workingDays", amount: 45 })).toBe(iso(at("2026-08-10T10:00+01:00")));
    expect(due({ unit: "endOfWorkingDay", nth: 1 })).toBe(iso(at("2026-06-09T17:00+01:00")));
    expect(due({ unit: "endOfWorkingDay", nth: 3 })).toBe(iso(at("2026-06-11T17:00+01:00")));
  });

  describe("reading receipt as the council chooses", () => {
    const amber = { unit: "endOfWorkingDay", nth: 1 } as const;

    it.each([
      ["on a Sunday", "2026-06-14T11:00+01:00", "2026-06-15T17:00+01:00", "2026-06-16T17:00+01:00"],
      ["on a Monday evening", "2026-06-08T20:00+01:00", "2026-06-09T17:00+01:00", "2026-06-10T17:00+01:00"],
      ["early on a Monday morning", "2026-06-08T07:00+01:00", "2026-06-09T17:00+01:00", "2026-06-09T17:00+01:00"],
      ["in office hours", "2026-06-08T10:00+01:00", "2026-06-09T17:00+01:00", "2026-06-09T17:00+01:00"],
      ["on Good Friday", "2026-04-03T10:00+01:00", "2026-04-07T17:00+01:00", "2026-04-08T17:00+01:00"],
    ])(
      "gives Amber for a contact received %s: as received %s, from the first working moment %s",
      (_description, received, asReceived, firstWorkingMoment) => {
        expect(iso(dueAfter(at(received), amber, clock, "asReceived"))).toBe(iso(at(asReceived)));
        expect(iso(dueAfter(at(received), amber, clock, "firstWorkingMoment"))).toBe(iso(at(firstWorkingMoment)));
      },
    );

    it.each([
      ["working hours", { unit: "workingHours", amount: 4 } as const],
      ["working days", { unit: "workingDays", amount: 1 } as const],
    ])("gives the same deadline either way for %s, which count office time only", (_description, timescale) => {
      for (const received of ["2026-06-14T11:00+01:00", "2026-06-08T20:00+01:00", "2026-06-08T10:00+01:00"]) {
        expect(iso(dueAfter(at(received), timescale, clock, "firstWorkingMoment"))).toBe(
          iso(dueAfter(at(received), timescale, clock, "asReceived")),
        );
      }
    });
  });
});

describe("screeningDueTimes with receipt read as the first working moment", () => {
  it("gives a Sunday contact rated Amber until the end of Tuesday", () => {
    const sundayReading: ScreeningTimelinessPolicy = { ...policy, receipt: "firstWorkingMoment" };
    expect(screeningDueTimes(at("2026-06-14T11:00+01:00"), "amber", sundayReading, clock)).toEqual({
      decisionDueAt: at("2026-06-15T17:00+01:00"),
      screeningDueAt: at("2026-06-16T17:00+01:00"),
    });
  });
});

describe("timelinessPolicyProblems", () => {
  it("finds nothing wrong with the default policy", () => {
    expect(timelinessPolicyProblems(policy)).toEqual([]);
  });

  it("names each timescale that cannot be counted", () => {
    expect(
      timelinessPolicyProblems({
        ...policy,
        decision: { unit: "workingDays", amount: 0 },
        screeningByRag: { ...policy.screeningByRag, amber: { unit: "endOfWorkingDay", nth: 0.5 } },
        informationCheckByRag: { ...policy.informationCheckByRag, red: { unit: "workingHours", amount: Number.NaN } },
      }),
    ).toEqual([
      "decision: the number of working days must be more than 0, not 0",
      "screening amber: the working day after receipt must be a whole number from 1, not 0.5",
      "information check red: the number of working hours must be more than 0, not NaN",
    ]);
  });
});

describe("createScreeningClock", () => {
  it("uses the policy's office hours", () => {
    const earlyClock = createScreeningClock({ ...policy, officeHours: { start: "08:00", end: "16:00" } });
    expect(iso(earlyClock.endOfNthWorkingDayAfter(at("2026-06-08T10:00+01:00"), 1))).toBe(
      iso(at("2026-06-09T16:00+01:00")),
    );
  });
});

describe("writtenConfirmationDueAt", () => {
  const wales: ScreeningTimelinessPolicy = { ...policy, writtenConfirmation: { unit: "workingDays", amount: 1 } };

  it("gives a phoned report England's common 48 hours, or Wales's 24, as working days from the call", () => {
    const friday = at("2026-06-12T15:30+01:00");
    expect(iso(writtenConfirmationDueAt(friday, policy, clock))).toBe(iso(at("2026-06-16T15:30+01:00")));
    expect(iso(writtenConfirmationDueAt(friday, wales, createScreeningClock(wales)))).toBe(
      iso(at("2026-06-15T15:30+01:00")),
    );
  });

  it("steps over the Easter bank holidays", () => {
    const beforeEaster = at("2026-04-02T15:00+01:00");
    expect(iso(writtenConfirmationDueAt(beforeEaster, policy, clock))).toBe(iso(at("2026-04-08T15:00+01:00")));
  });
});
