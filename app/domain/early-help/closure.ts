import { calendarDate, isIsoDate, type IsoDate } from "./calendar-date";
import { validateGoalScores } from "./goal-scores";
import { latestReview, type EarlyHelpPlan, type GoalScore } from "./plan";
import { transition } from "./plan-status";
import { isBlank, type EarlyHelpMessageKey, type FieldError } from "./validation";

export const closureReasons = [
  "outcomes_achieved",
  "stepped_down_to_universal_services",
  "stepped_up_to_social_care",
  "consent_withdrawn",
  "family_declined",
  "family_did_not_engage",
  "moved_out_of_area",
  "other",
] as const;
export type ClosureReason = (typeof closureReasons)[number];

export const closureReasonLabels = {
  outcomes_achieved: "earlyHelp.closure.reason.outcomesAchieved",
  stepped_down_to_universal_services: "earlyHelp.closure.reason.steppedDownToUniversalServices",
  stepped_up_to_social_care: "earlyHelp.closure.reason.steppedUpToSocialCare",
  consent_withdrawn: "earlyHelp.closure.reason.consentWithdrawn",
  family_declined: "earlyHelp.closure.reason.familyDeclined",
  family_did_not_engage: "earlyHelp.closure.reason.familyDidNotEngage",
  moved_out_of_area: "earlyHelp.closure.reason.movedOutOfArea",
  other: "earlyHelp.closure.reason.other",
} as const satisfies Record<ClosureReason, EarlyHelpMessageKey>;

export interface Closure {
  reason: ClosureReason;
  /** Required when the reason is "other", ignored otherwise. */
  otherReason: string;
  closedOn: IsoDate;
  finalScores: GoalScore[];
}

type ClosingPlan = Pick<EarlyHelpPlan, "status" | "startedOn" | "goals" | "reviews" | "consent" | "stepUpDecision">;

/**
 * Closure reasons are reported, so each must match what happened. Once social
 * care has accepted a step-up that is the only true reason; "stepped up" needs
 * the MASH to have accepted, and "consent withdrawn" needs the withdrawal
 * recorded (who and when), not just claimed. A family that turned early help
 * down ("family declined") or agreed but did not take part ("family did not
 * engage") is reported apart from one that withdrew consent it had given.
 */
export function allowedClosureReasons(plan: Pick<EarlyHelpPlan, "consent" | "stepUpDecision">): ClosureReason[] {
  if (plan.stepUpDecision === "accepted") return ["stepped_up_to_social_care"];
  return closureReasons.filter(
    (reason) =>
      reason !== "stepped_up_to_social_care" && (reason !== "consent_withdrawn" || plan.consent.withdrawal !== null),
  );
}

function reasonError(plan: ClosingPlan, reason: ClosureReason): EarlyHelpMessageKey | null {
  if (allowedClosureReasons(plan).includes(reason)) return null;
  if (plan.stepUpDecision === "accepted") return "earlyHelp.closure.error.steppedUpOnly";
  if (reason === "stepped_up_to_social_care") return "earlyHelp.closure.error.stepUpNotAccepted";
  return "earlyHelp.closure.error.consentNotWithdrawn";
}

function closedOnErrors(plan: ClosingPlan, closedOn: IsoDate, now: Date): FieldError[] {
  const field = "closedOn";
  if (!isIsoDate(closedOn)) return [{ field, key: "earlyHelp.closure.error.dateInvalid" }];
  if (closedOn > calendarDate(now)) return [{ field, key: "earlyHelp.closure.error.dateInFuture" }];
  if (closedOn < plan.startedOn) return [{ field, key: "earlyHelp.closure.error.beforePlanStart" }];
  const last = latestReview(plan.reviews);
  if (last !== undefined && closedOn < last.heldOn) return [{ field, key: "earlyHelp.closure.error.beforeLastReview" }];
  return [];
}

/**
 * Final scores are asked for every goal still open on the closing date, so
 * the plan's record ends with where the family got to, whatever the reason.
 * While the date is wrong, scores are checked against today so that every
 * problem shows at once.
 */
export function validateClosure(plan: ClosingPlan, closure: Closure, now: Date): FieldError[] {
  const allowed = transition(plan.status, { type: "close" });
  if (!allowed.ok) return [{ field: "status", key: allowed.error }];
  const errors: FieldError[] = [];
  const reason = reasonError(plan, closure.reason);
  if (reason !== null) errors.push({ field: "reason", key: reason });
  if (closure.reason === "other" && isBlank(closure.otherReason)) {
    errors.push({ field: "otherReason", key: "earlyHelp.closure.error.otherReasonRequired" });
  }
  const dateErrors = closedOnErrors(plan, closure.closedOn, now);
  errors.push(...dateErrors);
  const scoredOn = dateErrors.length === 0 ? closure.closedOn : calendarDate(now);
  errors.push(...validateGoalScores(plan.goals, closure.finalScores, scoredOn, "finalScores"));
  return errors;
}
