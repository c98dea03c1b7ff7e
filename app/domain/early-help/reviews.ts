import {
  addDays,
  addWorkingDaysToDate,
  calendarDate,
  isIsoDate,
  type AddWorkingDays,
  type IsoDate,
} from "./calendar-date";
import { validateGoalScores } from "./goal-scores";
import { latestReview, type EarlyHelpPlan, type Review } from "./plan";
import type { PlanStatus } from "./plan-status";
import { isBlank, type EarlyHelpMessageKey, type FieldError } from "./validation";

/** Councils set their own rhythm of reviews; these are the common defaults. */
export interface ReviewPolicy {
  intervalWeeks: number;
  dueSoonWorkingDays: number;
}

export const defaultReviewPolicy: ReviewPolicy = { intervalWeeks: 6, dueSoonWorkingDays: 5 };

export type ReviewStatus = "on_track" | "due_soon" | "overdue";

export const reviewStatusLabels = {
  on_track: "earlyHelp.review.status.onTrack",
  due_soon: "earlyHelp.review.status.dueSoon",
  overdue: "earlyHelp.review.status.overdue",
} as const satisfies Record<ReviewStatus, EarlyHelpMessageKey>;

/**
 * Whole weeks keep a team around the family on the same weekday, so a date
 * that suited everyone keeps suiting them.
 */
export function nextReviewDate(lastReviewOrStart: IsoDate, policy: Pick<ReviewPolicy, "intervalWeeks">): IsoDate {
  return addDays(lastReviewOrStart, policy.intervalWeeks * 7);
}

/** A plan with no review yet is first due one interval after it started. */
export function nextReviewDue(
  plan: Pick<EarlyHelpPlan, "startedOn" | "reviews">,
  policy: Pick<ReviewPolicy, "intervalWeeks">,
): IsoDate {
  return latestReview(plan.reviews)?.nextReviewOn ?? nextReviewDate(plan.startedOn, policy);
}

export function isReviewOverdue(nextReviewDue: IsoDate, now: Date): boolean {
  return calendarDate(now) > nextReviewDue;
}

/**
 * A review on its due date is not late. "Due soon" counts working days
 * because a team around the family cannot meet at a weekend or on a bank
 * holiday, so a warning in calendar days would come too late before holidays.
 */
export function reviewStatus(
  nextReviewDue: IsoDate,
  now: Date,
  policy: Pick<ReviewPolicy, "dueSoonWorkingDays">,
  addWorkingDays: AddWorkingDays,
): ReviewStatus {
  if (isReviewOverdue(nextReviewDue, now)) return "overdue";
  const dueSoonFrom = addWorkingDaysToDate(calendarDate(now), policy.dueSoonWorkingDays, addWorkingDays);
  return nextReviewDue <= dueSoonFrom ? "due_soon" : "on_track";
}

/**
 * The plans whose team around the family meets, and so whose reviews can be
 * recorded or fall overdue. The team keeps meeting while the MASH considers a
 * step-up, so the family is not left waiting; a paused plan has no consent to
 * meet, and one waiting for a lead professional has nobody to call the meeting.
 */
export const reviewableStatuses: readonly PlanStatus[] = ["active", "stepped_up_pending"];

function heldOnErrors(plan: Pick<EarlyHelpPlan, "startedOn" | "reviews">, heldOn: IsoDate, now: Date): FieldError[] {
  const field = "heldOn";
  if (!isIsoDate(heldOn)) return [{ field, key: "earlyHelp.review.error.dateInvalid" }];
  if (heldOn > calendarDate(now)) return [{ field, key: "earlyHelp.review.error.dateInFuture" }];
  if (heldOn < plan.startedOn) return [{ field, key: "earlyHelp.review.error.beforePlanStart" }];
  const previous = latestReview(plan.reviews);
  if (previous !== undefined && heldOn < previous.heldOn) {
    return [{ field, key: "earlyHelp.review.error.beforePreviousReview" }];
  }
  return [];
}

function nextReviewOnErrors(review: Review): FieldError[] {
  const field = "nextReviewOn";
  if (!isIsoDate(review.nextReviewOn)) return [{ field, key: "earlyHelp.review.error.nextReviewDateInvalid" }];
  if (isIsoDate(review.heldOn) && review.nextReviewOn <= review.heldOn) {
    return [{ field, key: "earlyHelp.review.error.nextReviewNotAfterReview" }];
  }
  return [];
}

function attendeeErrors(review: Review): FieldError[] {
  if (review.attendees.length === 0) return [{ field: "attendees", key: "earlyHelp.review.error.attendeesRequired" }];
  return review.attendees.flatMap((attendee, index) => [
    ...(isBlank(attendee.name)
      ? [{ field: `attendees.${index}.name`, key: "earlyHelp.review.error.attendeeNameRequired" } as const]
      : []),
    ...(isBlank(attendee.role)
      ? [{ field: `attendees.${index}.role`, key: "earlyHelp.review.error.attendeeRoleRequired" } as const]
      : []),
  ]);
}

/**
 * Reviews are recorded in order: one dated before the previous review would
 * put the outcome chart out of order. Same-day reviews are allowed, because a
 * team sometimes meets again that day when something changes.
 */
export function validateReview(
  plan: Pick<EarlyHelpPlan, "status" | "startedOn" | "goals" | "reviews">,
  review: Review,
  now: Date,
): FieldError[] {
  if (!reviewableStatuses.includes(plan.status)) {
    return [{ field: "status", key: "earlyHelp.review.error.planNotOpen" }];
  }
  const dateErrors = heldOnErrors(plan, review.heldOn, now);
  const scoredOn = dateErrors.length === 0 ? review.heldOn : calendarDate(now);
  return [
    ...dateErrors,
    ...attendeeErrors(review),
    ...validateGoalScores(plan.goals, review.scores, scoredOn, "scores"),
    ...(isBlank(review.whatChanged)
      ? [{ field: "whatChanged", key: "earlyHelp.review.error.whatChangedRequired" } as const]
      : []),
    ...nextReviewOnErrors(review),
  ];
}
