import { addMonths, calendarDate, type IsoDate } from "./calendar-date";
import type { PlanStatus } from "./plan-status";
import { isReviewOverdue } from "./reviews";

/** Just what the coordinator's list needs, so the list can be built from one query. */
export interface PlanSummary {
  status: PlanStatus;
  startedOn: IsoDate;
  hasLeadProfessional: boolean;
  nextReviewDue: IsoDate;
}

export interface CoordinatorPolicy {
  openLongerThanMonths: number;
}

export const defaultCoordinatorPolicy: CoordinatorPolicy = { openLongerThanMonths: 12 };

export type CoordinatorFlag = "no_lead_professional" | "review_overdue" | "open_too_long";

/**
 * Only plans where the team should be meeting can have an overdue review: a
 * paused plan has no consent to meet and an unallocated one has nobody to call
 * the meeting, which its own flag already shows.
 */
const meetingStatuses: readonly PlanStatus[] = ["active", "stepped_up_pending"];

/**
 * "No lead professional" looks at the person, not the status, so a plan whose
 * lead has left is caught as well as one never allocated.
 */
export function planFlags(plan: PlanSummary, now: Date, policy: CoordinatorPolicy): CoordinatorFlag[] {
  if (plan.status === "closed") return [];
  const flags: CoordinatorFlag[] = [];
  if (!plan.hasLeadProfessional) flags.push("no_lead_professional");
  if (meetingStatuses.includes(plan.status) && isReviewOverdue(plan.nextReviewDue, now)) flags.push("review_overdue");
  if (calendarDate(now) > addMonths(plan.startedOn, policy.openLongerThanMonths)) flags.push("open_too_long");
  return flags;
}

/** Most flags first, then the longest open, so the plans that need a coordinator most are at the top. */
export function flaggedPlans<Plan extends PlanSummary>(
  plans: readonly Plan[],
  now: Date,
  policy: CoordinatorPolicy,
): { plan: Plan; flags: CoordinatorFlag[] }[] {
  return plans
    .map((plan) => ({ plan, flags: planFlags(plan, now, policy) }))
    .filter(({ flags }) => flags.length > 0)
    .sort((a, b) => b.flags.length - a.flags.length || a.plan.startedOn.localeCompare(b.plan.startedOn));
}
