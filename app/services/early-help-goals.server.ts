/** The work with the family: goals, the actions towards them, and the reviews that score them. */
import { eq, sql } from "drizzle-orm";
import { earlyHelpActions, earlyHelpGoalScores, earlyHelpGoals, earlyHelpPlans, earlyHelpReviews } from "#db/schema";
import type { CurrentUser } from "~/auth/session.server";
import { calendarDate, isIsoDate, type IsoDate } from "~/domain/early-help/calendar-date";
import { consentStands } from "~/domain/early-help/consent";
import type { OutcomeArea } from "~/domain/early-help/outcome-areas";
import { validateReview } from "~/domain/early-help/reviews";
import type { AuditActor } from "./audit.server";
import {
  auditPlanEvent,
  domainPlan,
  planNotFound,
  withEditablePlan,
  type PlanDetail,
} from "./early-help-plan-records.server";
import { refused, type FormError, type UseCaseResult } from "./use-case.server";

type Editor = Pick<CurrentUser, "id" | "role">;

/** Work with the family needs their consent (a closed plan is refused before this is asked). */
function consentErrors(detail: PlanDetail): FormError[] {
  return consentStands(detail.plan.consent) ? [] : [{ field: "", key: "earlyHelp.consent.error.required" }];
}

export interface NewGoal {
  outcomeArea: OutcomeArea;
  need: string;
  description: string;
  setOn: IsoDate;
  baselineScore: number;
  targetScore: number;
}

export function addGoal(
  actor: AuditActor,
  user: Editor,
  planId: string,
  goal: NewGoal,
  now: Date = new Date(),
): Promise<UseCaseResult<{ goalId: string }>> {
  return withEditablePlan(user, planId, { whenClosed: "refuse" }, async (tx, detail) => {
    const errors = consentErrors(detail);
    if (!isIsoDate(goal.setOn) || goal.setOn > calendarDate(now)) {
      errors.push({ field: "setOn", key: "plans.goal.setOn.inFuture" });
    } else if (goal.setOn < detail.plan.startedOn) {
      errors.push({ field: "setOn", key: "plans.goal.setOn.beforePlanStart" });
    }
    if (errors.length > 0) return refused(errors);
    const [row] = await tx
      .insert(earlyHelpGoals)
      .values({ planId, position: detail.goals.length, ...goal })
      .returning({ id: earlyHelpGoals.id });
    await auditPlanEvent(tx, actor, detail, "earlyHelp.goal.added", { goalId: row!.id, outcomeArea: goal.outcomeArea });
    return { ok: true as const, goalId: row!.id };
  });
}

export function addAction(
  actor: AuditActor,
  user: Editor,
  planId: string,
  action: { goalId: string; what: string; who: string; byWhen: IsoDate },
): Promise<UseCaseResult> {
  return withEditablePlan(user, planId, { whenClosed: "refuse" }, async (tx, detail) => {
    if (!detail.goals.some((goal) => goal.id === action.goalId)) return planNotFound;
    const errors = consentErrors(detail);
    if (errors.length > 0) return refused(errors);
    await tx.insert(earlyHelpActions).values({ planId, ...action });
    await auditPlanEvent(tx, actor, detail, "earlyHelp.action.added", { goalId: action.goalId });
    return { ok: true as const };
  });
}

/** Marking an action done twice is harmless, so the second time changes nothing and audits nothing. */
export function completeAction(
  actor: AuditActor,
  user: Editor,
  planId: string,
  actionId: string,
  now: Date = new Date(),
): Promise<UseCaseResult> {
  return withEditablePlan(user, planId, { whenClosed: "refuse" }, async (tx, detail) => {
    const action = detail.actions.find((candidate) => candidate.id === actionId);
    if (!action) return planNotFound;
    if (action.doneOn === null) {
      await tx
        .update(earlyHelpActions)
        .set({ doneOn: calendarDate(now) })
        .where(eq(earlyHelpActions.id, actionId));
      await auditPlanEvent(tx, actor, detail, "earlyHelp.action.done", { actionId });
    }
    return { ok: true as const };
  });
}

export interface NewReview {
  heldOn: IsoDate;
  attendees: { name: string; role: string }[];
  scores: { goalId: string; score: number }[];
  whatChanged: string;
  /** Left out for the council's usual interval after the review. */
  nextReviewOn: IsoDate;
}

/** Which plans take a review is the review rule's to say (`validateReview`), so a closed plan is not refused here. */
export function recordReview(
  actor: AuditActor,
  user: Editor,
  planId: string,
  review: NewReview,
  now: Date = new Date(),
): Promise<UseCaseResult<{ reviewId: string }>> {
  return withEditablePlan(user, planId, { whenClosed: "allow" }, async (tx, detail) => {
    const errors = [...consentErrors(detail), ...validateReview(domainPlan(detail), review, now)];
    if (errors.length > 0) return refused(errors);
    const [row] = await tx
      .insert(earlyHelpReviews)
      .values({
        planId,
        heldOn: review.heldOn,
        attendees: review.attendees,
        whatChanged: review.whatChanged,
        nextReviewOn: review.nextReviewOn,
        recordedBy: user.id,
      })
      .returning({ id: earlyHelpReviews.id });
    const reviewId = row!.id;
    if (review.scores.length > 0) {
      await tx
        .insert(earlyHelpGoalScores)
        .values(review.scores.map((score) => ({ ...score, reviewId, scoredOn: review.heldOn })));
    }
    await tx
      .update(earlyHelpPlans)
      .set({ updatedAt: sql`now()` })
      .where(eq(earlyHelpPlans.id, planId));
    await auditPlanEvent(tx, actor, detail, "earlyHelp.review.recorded", { reviewId, heldOn: review.heldOn });
    return { ok: true as const, reviewId };
  });
}
