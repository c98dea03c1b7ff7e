/**
 * Dates and times as GOV.UK writes them ("7 March 2019", "9:30am", "5pm on
 * 24 November 2026"), always in UK time whatever the server's zone. The one
 * place the service turns a date into words: each formatter is made once, as
 * Intl's are slow to make.
 */
const timeZone = "Europe/London";

const instantDate = new Intl.DateTimeFormat("en-GB", { timeZone, day: "numeric", month: "long", year: "numeric" });
// A calendar date names a day, not an instant: read it at midnight UTC, in UTC, so no zone can move it.
const calendarDate = new Intl.DateTimeFormat("en-GB", {
  timeZone: "UTC",
  day: "numeric",
  month: "long",
  year: "numeric",
});
const calendarShortDate = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", day: "numeric", month: "short" });
const timeParts = new Intl.DateTimeFormat("en-GB", { timeZone, hour: "numeric", minute: "2-digit", hourCycle: "h12" });
const dayOfWeek = new Intl.DateTimeFormat("en-GB", { timeZone, weekday: "long", day: "numeric", month: "long" });

/** Loaders send instants as ISO strings; a component may hold either. */
type Instant = Date | string;

function calendarDay(isoDate: string): Date {
  const [year = 0, month = 1, day = 1] = isoDate.split("-").map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

/** A calendar date ("2019-03-07") or an instant (a `Date`), as "7 March 2019". */
export function formatDate(value: Date | string): string {
  return typeof value === "string" ? calendarDate.format(calendarDay(value)) : instantDate.format(value);
}

/** A calendar date ("2025-01-06") as "6 Jan", for a chart's axis. */
export function formatShortDate(isoDate: string): string {
  return calendarShortDate.format(calendarDay(isoDate));
}

// Pages name the same instants on every request (each of the MASH queue's contacts' two due times), and
// formatToParts is slow: each minute's words are kept, a few thousand at most.
const timesByMinute = new Map<number, string>();

/** "9:30am", "5pm", "midday", "midnight": GOV.UK's style for times. */
export function formatTime(value: Instant): string {
  const minute = Math.floor(new Date(value).getTime() / 60_000);
  let time = timesByMinute.get(minute);
  if (time === undefined) {
    if (timesByMinute.size >= 5_000) timesByMinute.clear();
    time = timeOfMinute(minute);
    timesByMinute.set(minute, time);
  }
  return time;
}

function timeOfMinute(minuteSinceEpoch: number): string {
  const parts = timeParts.formatToParts(new Date(minuteSinceEpoch * 60_000));
  const hour = parts.find((part) => part.type === "hour")?.value ?? "";
  const minute = parts.find((part) => part.type === "minute")?.value ?? "00";
  const period = (parts.find((part) => part.type === "dayPeriod")?.value ?? "").toLowerCase().replace(/\./g, "");
  if (minute === "00" && hour === "12") return period === "pm" ? "midday" : "midnight";
  return `${hour}${minute === "00" ? "" : `:${minute}`}${period}`;
}

/**
 * "1pm Monday 8 June": a deadline within the next few days, with the day of
 * the week, because "4 hours left" read on a Saturday means Monday.
 */
export function formatDueTime(value: Instant): string {
  const instant = new Date(value);
  return `${formatTime(instant)} ${dayOfWeek.format(instant).replace(",", "")}`;
}

/** "2:30pm on 6 January 2025". */
export function formatDateTime(value: Instant): string {
  const instant = new Date(value);
  return `${formatTime(instant)} on ${instantDate.format(instant)}`;
}
