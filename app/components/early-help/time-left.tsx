import type { TimeLeft } from "~/domain/working-days";
import { Tag } from "~/components/govuk/tag";
import { usePlanT } from "./terms";

/** "2 working days 3 hours left" or "Overdue by 1 working day", from the working-day clock. */
export function TimeLeftText({ timeLeft }: { timeLeft: TimeLeft }) {
  const t = usePlanT();
  const parts = [
    timeLeft.workingDays > 0
      ? t(timeLeft.workingDays === 1 ? "stepDowns.time.day" : "stepDowns.time.days", { count: timeLeft.workingDays })
      : null,
    timeLeft.hours > 0
      ? t(timeLeft.hours === 1 ? "stepDowns.time.hour" : "stepDowns.time.hours", { count: timeLeft.hours })
      : null,
    timeLeft.workingDays === 0 && timeLeft.minutes > 0
      ? t(timeLeft.minutes === 1 ? "stepDowns.time.minute" : "stepDowns.time.minutes", { count: timeLeft.minutes })
      : null,
  ].filter(Boolean);
  if (timeLeft.state === "overdue") {
    return (
      <Tag colour="red">
        {parts.length > 0 ? t("stepDowns.time.overdueBy", { time: parts.join(" ") }) : t("stepDowns.time.overdue")}
      </Tag>
    );
  }
  return <>{t("stepDowns.time.left", { time: parts.join(" ") })}</>;
}
