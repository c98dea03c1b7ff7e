/**
 * Dates and times as GOV.UK writes them ("24 November 2026", "5pm on
 * 24 November 2026"), always in UK time, whatever the server's zone. Each
 * formatter is made once: making one costs far more than using it.
 */
const timeZone = "Europe/London";

const dateFormat = new Intl.DateTimeFormat("en-GB", { timeZone, day: "numeric", month: "long", year: "numeric" });
const calendarDateFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: "UTC",
  day: "numeric",
  month: "long",
  year: "numeric",
});
const timeParts = new Intl.DateTimeFormat("en-GB", { timeZone, hour: "numeric", minute: "2-digit", hourCycle: "h12" });

/** A calendar date ("2019-03-07") or an instant, as "7 March 2019". */
export function formatDate(value: Date | string): string {
  if (typeof value === "string") {
    const [year = 0, month = 1, day = 1] = value.split("-").map(Number);
    return calendarDateFormat.format(new Date(Date.UTC(year, month - 1, day)));
  }
  return dateFormat.format(value);
}

/** "9:30am", "5pm", "midday", "midnight": GOV.UK's style for times. */
export function formatTime(value: Date): string {
  const parts = timeParts.formatToParts(value);
  const hour = parts.find((part) => part.type === "hour")?.value ?? "";
  const minute = parts.find((part) => part.type === "minute")?.value ?? "00";
  const period = (parts.find((part) => part.type === "dayPeriod")?.value ?? "").toLowerCase().replace(/\./g, "");
  if (minute === "00" && hour === "12") return period === "pm" ? "midday" : "midnight";
  return `${hour}${minute === "00" ? "" : `:${minute}`}${period}`;
}

const dayOfWeek = new Intl.DateTimeFormat("en-GB", { timeZone, weekday: "long", day: "numeric", month: "long" });

/**
 * "1pm Monday 8 June": a deadline within the next few days, with the day of
 * the week, because "4 hours left" read on a Saturday means Monday.
 */
export function formatDueTime(value: Date): string {
  return `${formatTime(value)} ${dayOfWeek.format(value).replace(",", "")}`;
}

export function formatDateTime(value: Date): string {
  return `${formatTime(value)} on ${formatDate(value)}`;
}
