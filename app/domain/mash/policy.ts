import {
  createWorkingDayClock,
  englandAndWalesBankHolidays,
  type IsoDate,
  type OfficeHours,
  type WorkingDayClock,
} from "~/domain/working-days";
import type { RagRating } from "./rag";

/**
 * Screening timescales are local policy (Working Together sets only the one
 * working day for a decision), so each is data a council can change, in the
 * words its own procedure uses:
 * - `workingHours`: "within 4 working hours" (office hours only);
 * - `workingDays`: "within 3 working days", a working day being one office
 *   day of working hours (Oxfordshire gives Amber one working day);
 * - `endOfWorkingDay`: "by the end of the Nth working day after receipt",
 *   closing time on that day (`nth: 1` is "by the end of the next working day").
 */
export type Timescale =
  | { unit: "workingHours"; amount: number }
  | { unit: "workingDays"; amount: number }
  | { unit: "endOfWorkingDay"; nth: number };

/**
 * What "receipt" means for a contact that arrives while the office is shut:
 * - `asReceived`: the moment it arrived, so the working days after receipt
 *   are counted from that calendar day. Amber "by the end of the next working
 *   day" for a contact received on a Sunday is Monday 17:00.
 * - `firstWorkingMoment`: the first moment the office is open after it
 *   arrived, so Monday 09:00 for that Sunday contact, and Amber is due on
 *   Tuesday 17:00.
 * Only "end of the Nth working day" timescales can differ: working hours and
 * working days count office time alone, which starts at the same opening either way.
 */
export type ReceiptReading = "asReceived" | "firstWorkingMoment";

export interface ScreeningTimelinessPolicy {
  officeHours: OfficeHours;
  timeZone: string;
  receipt: ReceiptReading;
  decision: Timescale;
  screeningByRag: Record<RagRating, Timescale>;
  /** Partner agencies' answers are due sooner for more urgent contacts; slow checks were an inspection finding. */
  informationCheckByRag: Record<RagRating, Timescale>;
  /**
   * A professional's phoned (or in-person) report is confirmed in writing
   * within this, counted from when it was received. Wales requires 24 hours
   * (`{ unit: "workingDays", amount: 1 }` on this clock); England's councils
   * commonly ask for 48 hours.
   */
  writtenConfirmation: Timescale;
}

/**
 * The timescales Northmoor works to. Receipt is read as the moment a contact
 * arrived (`asReceived`): the MASH records the time actually received and the
 * clock starts then, and of the two readings it gives the earlier deadline.
 */
export const defaultScreeningTimelinessPolicy: ScreeningTimelinessPolicy = {
  officeHours: { start: "09:00", end: "17:00" },
  timeZone: "Europe/London",
  receipt: "asReceived",
  decision: { unit: "workingDays", amount: 1 },
  screeningByRag: {
    red: { unit: "workingHours", amount: 4 },
    amber: { unit: "endOfWorkingDay", nth: 1 },
    green: { unit: "workingDays", amount: 3 },
  },
  informationCheckByRag: {
    red: { unit: "workingHours", amount: 2 },
    amber: { unit: "workingHours", amount: 6 },
    green: { unit: "workingHours", amount: 24 },
  },
  writtenConfirmation: { unit: "workingDays", amount: 2 },
};

/** What is wrong with a policy's timescales, so that the server refuses to start rather than count wrongly. */
export function timelinessPolicyProblems(policy: ScreeningTimelinessPolicy): string[] {
  const named: [string, Timescale][] = [
    ["decision", policy.decision],
    ...Object.entries(policy.screeningByRag).map(([rag, timescale]): [string, Timescale] => [
      `screening ${rag}`,
      timescale,
    ]),
    ...Object.entries(policy.informationCheckByRag).map(([rag, timescale]): [string, Timescale] => [
      `information check ${rag}`,
      timescale,
    ]),
    ["written confirmation", policy.writtenConfirmation],
  ];
  return named.flatMap(([name, timescale]) => {
    if (timescale.unit === "endOfWorkingDay") {
      return Number.isInteger(timescale.nth) && timescale.nth >= 1
        ? []
        : [`${name}: the working day after receipt must be a whole number from 1, not ${timescale.nth}`];
    }
    return Number.isFinite(timescale.amount) && timescale.amount > 0
      ? []
      : [
          `${name}: the number of ${timescale.unit === "workingHours" ? "working hours" : "working days"} must be more than 0, not ${timescale.amount}`,
        ];
  });
}

/** Builds the clock from the policy's own office hours, so the two cannot disagree. */
export function createScreeningClock(
  policy: ScreeningTimelinessPolicy,
  holidays: readonly IsoDate[] = englandAndWalesBankHolidays,
): WorkingDayClock {
  return createWorkingDayClock({ holidays, officeHours: policy.officeHours, timeZone: policy.timeZone });
}

/** When something received (or asked) at `from` is due under `timescale`, reading receipt as the policy says. */
export function dueAfter(from: Date, timescale: Timescale, clock: WorkingDayClock, receipt: ReceiptReading): Date {
  const start = receipt === "firstWorkingMoment" ? clock.firstWorkingMoment(from) : from;
  switch (timescale.unit) {
    case "workingHours":
      return clock.addWorkingHours(start, timescale.amount);
    case "workingDays":
      return clock.addWorkingDays(start, timescale.amount);
    case "endOfWorkingDay":
      return clock.endOfNthWorkingDayAfter(start, timescale.nth);
  }
}

/** A contact nobody has rated yet might be a child in danger, so its clock runs as fast as Red's. */
const ratingForTimescales = (rag: RagRating | null): RagRating => rag ?? "red";

export interface ScreeningDueTimes {
  decisionDueAt: Date;
  screeningDueAt: Date;
}

/**
 * A contact's two deadlines: screening by its RAG rating's timescale, and the
 * decision within one working day. Both count from receipt; only screening
 * moves when the contact is rated.
 */
export function screeningDueTimes(
  receivedAt: Date,
  rag: RagRating | null,
  policy: ScreeningTimelinessPolicy,
  clock: WorkingDayClock,
): ScreeningDueTimes {
  return {
    decisionDueAt: dueAfter(receivedAt, policy.decision, clock, policy.receipt),
    screeningDueAt: dueAfter(receivedAt, policy.screeningByRag[ratingForTimescales(rag)], clock, policy.receipt),
  };
}

/** Counted from the request, not from the contact's arrival: the partner cannot answer before being asked. */
export function informationCheckDueAt(
  requestedAt: Date,
  rag: RagRating | null,
  policy: ScreeningTimelinessPolicy,
  clock: WorkingDayClock,
): Date {
  return dueAfter(requestedAt, policy.informationCheckByRag[ratingForTimescales(rag)], clock, policy.receipt);
}

/** When a phoned report's written confirmation is due: counted from when the call was received. */
export function writtenConfirmationDueAt(
  receivedAt: Date,
  policy: ScreeningTimelinessPolicy,
  clock: WorkingDayClock,
): Date {
  return dueAfter(receivedAt, policy.writtenConfirmation, clock, policy.receipt);
}
