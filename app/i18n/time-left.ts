import type { TimeLeft } from "~/domain/working-days";
import { formatDueTime } from "~/domain/date-format";
import type { MessageKey, Translate } from "./messages";

type Unit = "workingDays" | "hours" | "minutes";

function part(t: Translate, unit: Unit, count: number): string {
  return t(`clock.${unit}.${count === 1 ? "one" : "other"}` as MessageKey, { count });
}

/**
 * The working-day clock in words read at a glance: "45 minutes left",
 * "2 hours 15 minutes left", "Overdue by 1 working day 3 hours", or just
 * "Overdue" when the deadline passed while the office was closed.
 */
export function formatTimeLeft(t: Translate, timeLeft: TimeLeft): string {
  const duration = formatDuration(t, timeLeft);
  if (timeLeft.state === "overdue") return duration ? t("clock.overdueBy", { duration }) : t("clock.overdue");
  return t("clock.left", { duration: duration || part(t, "minutes", 0) });
}

/** "Answered late by 2 hours": the duration alone, for sentences of their own. */
export function formatDuration(t: Translate, timeLeft: TimeLeft): string {
  return (
    [
      ["workingDays", timeLeft.workingDays],
      ["hours", timeLeft.hours],
      ["minutes", timeLeft.minutes],
    ] as const
  )
    .filter(([, count]) => count > 0)
    .map(([unit, count]) => part(t, unit, count))
    .join(" ");
}

/**
 * A deadline as both the working time left and the time of day it falls:
 * "4 hours left, due 1pm Monday 15 June". Working time alone misleads out of
 * hours: on a Saturday "4 hours left" means Monday lunchtime.
 */
export function formatDeadline(t: Translate, deadline: { dueAt: Date; timeLeft: TimeLeft }): string {
  return t(deadline.timeLeft.state === "overdue" ? "clock.wasDue" : "clock.due", {
    timeLeft: formatTimeLeft(t, deadline.timeLeft),
    dueAt: formatDueTime(deadline.dueAt),
  });
}
