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
 * working day for a decision), so each is data a council can change: Oxfordshire
 * gives Amber one working day, others "by the end of the next working day".
 */
export type Timescale =
  { unit: "workingHours"; amount: number } | { unit: "workingDays"; amount: number } | { unit: "endOfNextWorkingDay" };

export interface ScreeningTimelinessPolicy {
  officeHours: OfficeHours;
  timeZone: string;
  decision: Timescale;
  screeningByRag: Record<RagRating, Timescale>;
  /** Partner agencies' answers are due sooner for more urgent contacts; slow checks were an inspection finding. */
  informationCheckByRag: Record<RagRating, Timescale>;
}

export const defaultScreeningTimelinessPolicy: ScreeningTimelinessPolicy = {
  officeHours: { start: "09:00", end: "17:00" },
  timeZone: "Europe/London",
  decision: { unit: "workingDays", amount: 1 },
  screeningByRag: {
    red: { unit: "workingHours", amount: 4 },
    amber: { unit: "endOfNextWorkingDay" },
    green: { unit: "workingDays", amount: 3 },
  },
  informationCheckByRag: {
    red: { unit: "workingHours", amount: 2 },
    amber: { unit: "workingHours", amount: 6 },
    green: { unit: "workingHours", amount: 24 },
  },
};

/** Builds the clock from the policy's own office hours, so the two cannot disagree. */
export function createScreeningClock(
  policy: ScreeningTimelinessPolicy,
  holidays: readonly IsoDate[] = englandAndWalesBankHolidays,
): WorkingDayClock {
  return createWorkingDayClock({ holidays, officeHours: policy.officeHours, timeZone: policy.timeZone });
}

export function dueAfter(from: Date, timescale: Timescale, clock: WorkingDayClock): Date {
  switch (timescale.unit) {
    case "workingHours":
      return clock.addWorkingHours(from, timescale.amount);
    case "workingDays":
      return clock.addWorkingDays(from, timescale.amount);
    case "endOfNextWorkingDay":
      return clock.endOfNextWorkingDay(from);
  }
}

/** A contact nobody has rated yet might be a child in danger, so its clock runs as fast as Red's. */
const ratingForTimescales = (rag: RagRating | null): RagRating => rag ?? "red";

export interface ScreeningDueTimes {
  decisionDueAt: Date;
  screeningDueAt: Date;
}

export function screeningDueTimes(
  receivedAt: Date,
  rag: RagRating | null,
  policy: ScreeningTimelinessPolicy,
  clock: WorkingDayClock,
): ScreeningDueTimes {
  return {
    decisionDueAt: dueAfter(receivedAt, policy.decision, clock),
    screeningDueAt: dueAfter(receivedAt, policy.screeningByRag[ratingForTimescales(rag)], clock),
  };
}

/** Counted from the request, not from the contact's arrival: the partner cannot answer before being asked. */
export function informationCheckDueAt(
  requestedAt: Date,
  rag: RagRating | null,
  policy: ScreeningTimelinessPolicy,
  clock: WorkingDayClock,
): Date {
  return dueAfter(requestedAt, policy.informationCheckByRag[ratingForTimescales(rag)], clock);
}
