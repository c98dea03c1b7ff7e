/**
 * A plan's start, a review or a meeting happens on a day, not at an instant, so
 * those dates are ISO `YYYY-MM-DD` strings rather than `Date`s: a `Date` at
 * midnight is the previous day in UTC during British Summer Time, which would
 * make "not in the future" checks wrong for an hour each night. ISO strings
 * also compare correctly as text.
 */
export type IsoDate = string;

/**
 * Working days come from the council's clock (bank holidays differ between
 * nations), so callers pass the clock's function in rather than this module
 * importing one.
 */
export type AddWorkingDays = (from: Date, days: number) => Date;

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;

/** Rejects impossible dates such as 2025-02-30, which `Date` would roll over silently. */
export function isIsoDate(value: string): boolean {
  if (!isoDatePattern.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
}

const londonParts = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** Every council this service serves is in England or Wales, so "today" is today in London. */
export function calendarDate(instant: Date): IsoDate {
  const parts = Object.fromEntries(londonParts.formatToParts(instant).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const result = new Date(`${date}T00:00:00Z`);
  result.setUTCDate(result.getUTCDate() + days);
  return result.toISOString().slice(0, 10);
}

/** A month after 31 January is the last day of February, not 3 March. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/**
 * Hands the clock midday UTC, which is midday or 1pm in London, so a clock
 * working in London time sees the intended day whatever it does with the time.
 */
export function addWorkingDaysToDate(date: IsoDate, days: number, addWorkingDays: AddWorkingDays): IsoDate {
  return calendarDate(addWorkingDays(new Date(`${date}T12:00:00Z`), days));
}

/** Whole days from `from` to `to`, used to place dates along a chart's time axis. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}
