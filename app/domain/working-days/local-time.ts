/**
 * Calendar dates and wall-clock times in a named time zone, worked out with
 * Intl so that results never depend on the time zone of the server process.
 */

/** A calendar date as "YYYY-MM-DD". */
export type IsoDate = string;

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const QUARTER_HOUR_MS = 15 * MINUTE_MS;
/** About a year of quarter hours: a long-running server's memory stays flat. */
const maxRememberedOffsets = 35_000;
const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Milliseconds from 1970-01-01 to midnight at the start of `date`, as if the date were in UTC. */
function epochMsOf(date: IsoDate): number {
  const match = isoDatePattern.exec(date);
  if (!match) throw new Error(`Not a calendar date in the form YYYY-MM-DD: "${date}"`);
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const ms = Date.UTC(year, month - 1, day);
  if (isoDateOf(ms) !== date) throw new Error(`No such calendar date: "${date}"`);
  return ms;
}

function isoDateOf(epochMs: number): IsoDate {
  return new Date(epochMs).toISOString().slice(0, 10);
}

/** Returns `date` unchanged, or throws if it is not a real calendar date: holiday lists are edited by hand. */
export function assertIsoDate(date: string): IsoDate {
  epochMsOf(date);
  return date;
}

/**
 * A calendar date as a whole number of days since 1970-01-01. Loops over
 * many days (how much working time lies between two instants) step through
 * these rather than through date strings, which cost a parse and a format each.
 */
export type DayNumber = number;

export function dayNumberOf(date: IsoDate): DayNumber {
  return epochMsOf(date) / DAY_MS;
}

export function isoDateOfDay(day: DayNumber): IsoDate {
  return isoDateOf(day * DAY_MS);
}

/** 1970-01-01 was a Thursday. */
export function isWeekendDay(day: DayNumber): boolean {
  const dayOfWeek = (((day + 4) % 7) + 7) % 7;
  return dayOfWeek === 0 || dayOfWeek === 6;
}

export interface ZonedTime {
  /** The calendar date the zone's clocks show at `instant`. */
  dateOf(instant: Date): IsoDate;
  /** The same, as a day number: for loops, where formatting a date each time would cost more than the loop. */
  dayOf(instant: Date): DayNumber;
  /** The instant at which the zone's clocks show `minuteOfDay` minutes past midnight on `date`. */
  instantAt(date: IsoDate, minuteOfDay: number): Date;
}

export function zonedTime(timeZone: string): ZonedTime {
  const format = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  });

  /**
   * Clocks change on a quarter hour of UTC in every zone in use (Britain's at
   * 01:00 UTC), so the offset is the same throughout each quarter hour and is
   * worked out once per quarter: Intl is slow, and a queue asks thousands of
   * times about the same few days.
   */
  const offsets = new Map<number, number>();
  function offsetMs(instant: number): number {
    const quarter = Math.floor(instant / QUARTER_HOUR_MS);
    let offset = offsets.get(quarter);
    if (offset === undefined) {
      offset = intlOffsetMs(quarter * QUARTER_HOUR_MS);
      if (offsets.size >= maxRememberedOffsets) offsets.clear();
      offsets.set(quarter, offset);
    }
    return offset;
  }

  /** How far the zone's clocks are ahead of UTC at `instant` (one hour in British Summer Time). */
  function intlOffsetMs(instant: number): number {
    const fields: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
    for (const { type, value } of format.formatToParts(instant)) fields[type] = Number(value);
    const { year = NaN, month = NaN, day = NaN, hour = NaN, minute = NaN, second = NaN } = fields;
    const wholeSecond = instant - (((instant % 1000) + 1000) % 1000);
    return Date.UTC(year, month - 1, day, hour, minute, second) - wholeSecond;
  }

  return {
    dateOf(instant) {
      const ms = instant.getTime();
      return isoDateOf(ms + offsetMs(ms));
    },
    dayOf(instant) {
      const ms = instant.getTime();
      return Math.floor((ms + offsetMs(ms)) / DAY_MS);
    },
    instantAt(date, minuteOfDay) {
      const wallClock = epochMsOf(date) + minuteOfDay * MINUTE_MS;
      // The offset at a first guess can be wrong within an hour of a clock
      // change; the offset at the guess itself is the right one.
      const guess = wallClock - offsetMs(wallClock);
      return new Date(wallClock - offsetMs(guess));
    },
  };
}
