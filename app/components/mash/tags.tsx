import { Tag, type TagColour } from "~/components/govuk/tag";
import type { ContactStatus } from "~/domain/mash/contact-status";
import type { RagRating } from "~/domain/mash/rag";
import type { TimeLeft } from "~/domain/working-days";
import type { MessageKey, Translate } from "~/i18n/messages";
import { formatDeadline, formatTimeLeft } from "~/i18n/time-left";
import { useT } from "~/i18n/use-t";
import { formatDateTime } from "~/domain/date-format";

const ragColours: Record<RagRating | "unrated", TagColour> = {
  unrated: "purple",
  red: "red",
  amber: "orange",
  green: "green",
};

/** Red, Amber or Green; a contact nobody has rated yet stands out as such, because it counts as urgent. */
export function RagTag({ rag }: { rag: RagRating | null }) {
  return ragTag(useT(), rag);
}

/**
 * The tags as plain functions of the translator, for long lists (the MASH
 * queue) whose rows call no hooks of their own.
 */
export function ragTag(t: Translate, rag: RagRating | null) {
  const rating = rag ?? "unrated";
  return <Tag colour={ragColours[rating]}>{t(`mash.rag.${rating}` as MessageKey)}</Tag>;
}

const statusColours: Record<ContactStatus, TagColour> = {
  submitted: "grey",
  in_screening: "blue",
  awaiting_checks: "yellow",
  awaiting_sign_off: "pink",
  decided: "green",
};

export function StatusTag({ status }: { status: ContactStatus }) {
  return statusTag(useT(), status);
}

export function statusTag(t: Translate, status: ContactStatus) {
  return <Tag colour={statusColours[status]}>{t(`mash.status.${status}` as MessageKey)}</Tag>;
}

/**
 * The working-day clock at a glance: overdue in a red tag, under an hour left
 * in an orange one, otherwise plain words. Given the due time, it says when
 * that is too ("4 hours left, due 1pm Monday 15 June").
 */
export function TimeLeftTag({ timeLeft, dueAt }: { timeLeft: TimeLeft; dueAt?: Date | string }) {
  return timeLeftTag(useT(), { timeLeft, dueAt });
}

export function timeLeftTag(t: Translate, { timeLeft, dueAt }: { timeLeft: TimeLeft; dueAt?: Date | string }) {
  const text =
    dueAt === undefined ? formatTimeLeft(t, timeLeft) : formatDeadline(t, { timeLeft, dueAt: new Date(dueAt) });
  if (timeLeft.state === "overdue") return <Tag colour="red">{text}</Tag>;
  if (timeLeft.workingDays === 0 && timeLeft.hours === 0) return <Tag colour="orange">{text}</Tag>;
  return <>{text}</>;
}

/** A phoned report's written confirmation in a queue row: awaited (or overdue), and by when. */
export function confirmationDueTag(t: Translate, dueAt: Date | string, overdue: boolean) {
  return (
    <>
      <br />
      {overdue ? (
        <Tag colour="red">{t("mash.queue.confirmationOverdue")}</Tag>
      ) : (
        <Tag colour="yellow">{t("mash.queue.awaitingConfirmation")}</Tag>
      )}
      <br />
      <span className="govuk-body-s">{t("mash.queue.confirmationDue", { time: formatDateTime(new Date(dueAt)) })}</span>
    </>
  );
}
