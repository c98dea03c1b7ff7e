import {
  assertIsoDate,
  dayNumberOf,
  isoDateOfDay,
  isWeekendDay,
  zonedTime,
  type DayNumber,
  type IsoDate,
} from "./local-time";

/**
 * Statutory and local timescales in children's services run in working time:
 * a contact that arrives on a Friday night has not waited a weekend when the
 * office opens on Monday. This clock measures time that way for one council.
 */

/** Wall-clock times "HH:MM" (24-hour) in the policy's time zone. */
export interface OfficeHours {
  start: string;
  end: string;
}

/** Passed in rather than built in, because holidays and opening hours are each council's to change. */
export interface WorkingDayPolicy {
  holidays: readonly IsoDate[];
  officeHours: OfficeHours;
  timeZone: string;
}

/**
 * Time left before a deadline, or by which it has been missed, in working
 * time, rounded for reading at a glance rather than for arithmetic:
 * - under an hour: minutes only ("45 minutes left");
 * - under a working day: hours and minutes ("2 hours 15 minutes left");
 * - a working day or more: working days and whole hours ("Overdue by 1 day 3 hours").
 * Part-minutes round up, so a deadline a few seconds away still shows
 * "1 minute left" rather than "0 minutes". `overdue` with every part zero
 * means the deadline passed while the office was closed (or is this instant):
 * show just "Overdue".
 */
export interface TimeLeft {
  state: "remaining" | "overdue";
  workingDays: number;
  hours: number;
  minutes: number;
}

export interface WorkingDayClock {
  /** A `Date` is read as the calendar date it falls on in the policy's time zone. */
  isWorkingDay(day: Date | IsoDate): boolean;
  /**
   * Only office hours count. An instant outside them starts counting at the
   * next opening; a deadline that falls exactly at closing time stays at
   * closing time rather than becoming the next opening.
   */
  addWorkingHours(from: Date, hours: number): Date;
  /**
   * A working day is the length of the office day (8 hours for 09:00-17:00),
   * so this is `addWorkingHours(from, days × office-day hours)`: the same time
   * of day `days` working days later when `from` is in office hours. An instant
   * outside office hours is first clamped to the next opening, and a result
   * that would be an opening time is given as the previous working day's
   * closing time, the same moment in working time, because "by 17:00 on
   * Wednesday" is how a team reads a deadline.
   */
  addWorkingDays(from: Date, days: number): Date;
  /**
   * Closing time on the `n`th working day after the calendar day of `from`
   * (n of 1 or more): with n = 1, a contact arriving on Monday, in or out of
   * hours, is due by the end of Tuesday; one arriving on Saturday or Sunday,
   * by the end of Monday.
   */
  endOfNthWorkingDayAfter(from: Date, n: number): Date;
  /** `from` itself when the office is open then; otherwise the next opening. */
  firstWorkingMoment(from: Date): Date;
  /** Milliseconds of office time from `from` to `to`; negative when `to` is earlier. */
  workingTimeBetween(from: Date, to: Date): number;
  describeTimeLeft(now: Date, due: Date): TimeLeft;
}

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const officeTimePattern = /^([01]\d|2[0-3]):([0-5]\d)$/;

function minuteOfDay(time: string): number {
  const match = officeTimePattern.exec(time);
  if (!match) throw new Error(`Office hours must be "HH:MM" in 24-hour time, not "${time}"`);
  return Number(match[1]) * 60 + Number(match[2]);
}

function assertDuration(amount: number): void {
  if (!Number.isFinite(amount) || amount < 0) {
    throw new Error(`A working-time duration must be a finite number of zero or more, not ${amount}`);
  }
}

export function createWorkingDayClock(policy: WorkingDayPolicy): WorkingDayClock {
  const zone = zonedTime(policy.timeZone);
  const opensAt = minuteOfDay(policy.officeHours.start);
  const closesAt = minuteOfDay(policy.officeHours.end);
  if (opensAt >= closesAt) {
    throw new Error(`Office hours must open before they close: ${policy.officeHours.start}-${policy.officeHours.end}`);
  }
  const officeDayMs = (closesAt - opensAt) * MINUTE_MS;

  const holidays = new Set(policy.holidays.map((date) => dayNumberOf(assertIsoDate(date))));
  const isWorkingDay = (day: DayNumber) => !isWeekendDay(day) && !holidays.has(day);
  const dayOf = (instant: Date): DayNumber => zone.dayOf(instant);

  function nextWorkingDay(after: DayNumber): DayNumber {
    let day = after + 1;
    while (!isWorkingDay(day)) day += 1;
    return day;
  }

  /**
   * Opening and closing instants, found per day because the UTC offset changes
   * twice a year. Remembered, because a queue asks about the same few days for
   * every contact and each answer costs four time-zone lookups; a year of
   * days is a few hundred small entries.
   */
  const officeDays = new Map<DayNumber, { opens: number; closes: number }>();
  function officeDay(day: DayNumber): { opens: number; closes: number } {
    let hours = officeDays.get(day);
    if (!hours) {
      const date = isoDateOfDay(day);
      hours = { opens: zone.instantAt(date, opensAt).getTime(), closes: zone.instantAt(date, closesAt).getTime() };
      officeDays.set(day, hours);
    }
    return hours;
  }

  function addWorkingMs(from: Date, amountMs: number): Date {
    let remaining = Math.round(amountMs);
    const cursor = from.getTime();
    for (let day = dayOf(from); ; day += 1) {
      if (!isWorkingDay(day)) continue;
      const { opens, closes } = officeDay(day);
      const start = Math.max(cursor, opens);
      if (start >= closes) continue;
      if (remaining <= closes - start) return new Date(start + remaining);
      remaining -= closes - start;
    }
  }

  function workingTimeBetween(from: Date, to: Date): number {
    if (to < from) return -workingTimeBetween(to, from);
    const lastDay = dayOf(to);
    let total = 0;
    for (let day = dayOf(from); day <= lastDay; day += 1) {
      if (!isWorkingDay(day)) continue;
      const { opens, closes } = officeDay(day);
      total += Math.max(0, Math.min(closes, to.getTime()) - Math.max(opens, from.getTime()));
    }
    return total;
  }

  function describeTimeLeft(now: Date, due: Date): TimeLeft {
    const state = now < due ? "remaining" : "overdue";
    const totalMinutes = Math.ceil(Math.abs(workingTimeBetween(now, due)) / MINUTE_MS);
    const officeDayMinutes = officeDayMs / MINUTE_MS;
    if (totalMinutes < 60) return { state, workingDays: 0, hours: 0, minutes: totalMinutes };
    if (totalMinutes < officeDayMinutes) {
      return { state, workingDays: 0, hours: Math.floor(totalMinutes / 60), minutes: totalMinutes % 60 };
    }
    return {
      state,
      workingDays: Math.floor(totalMinutes / officeDayMinutes),
      hours: Math.floor((totalMinutes % officeDayMinutes) / 60),
      minutes: 0,
    };
  }

  return {
    isWorkingDay: (day) => isWorkingDay(typeof day === "string" ? dayNumberOf(assertIsoDate(day)) : dayOf(day)),
    addWorkingHours(from, hours) {
      assertDuration(hours);
      return addWorkingMs(from, hours * HOUR_MS);
    },
    addWorkingDays(from, days) {
      assertDuration(days);
      return addWorkingMs(from, days * officeDayMs);
    },
    endOfNthWorkingDayAfter(from, n) {
      if (!Number.isInteger(n) || n < 1) throw new Error(`The working day after receipt must be 1 or more, not ${n}`);
      let day = dayOf(from);
      for (let counted = 0; counted < n; counted += 1) day = nextWorkingDay(day);
      return new Date(officeDay(day).closes);
    },
    firstWorkingMoment: (from) => addWorkingMs(from, 0),
    workingTimeBetween,
    describeTimeLeft,
  };
}
