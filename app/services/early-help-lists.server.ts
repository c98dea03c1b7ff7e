import { and, asc, eq, inArray, isNull, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { union } from "drizzle-orm/pg-core";
import {
  earlyHelpGoalScores,
  earlyHelpGoals,
  earlyHelpPlanChildren,
  earlyHelpPlans,
  earlyHelpReviews,
  earlyHelpTeamMembers,
  users,
} from "#db/schema";
import type { CurrentUser } from "~/auth/session.server";
import { db } from "~/db.server";
import type { IsoDate } from "~/domain/early-help/calendar-date";
import type { Goal, Review } from "~/domain/early-help/plan";
import type { PlanStatus } from "~/domain/early-help/plan-status";
import { nextReviewDue, reviewableStatuses, reviewStatus, type ReviewStatus } from "~/domain/early-help/reviews";
import { planTrend, type Trend } from "~/domain/early-help/score-trend";

import { childName } from "~/domain/early-help/child-name";
import { groupBy } from "~/lists/group-by";
import { clampPage, pageCount, type PageRequest, type Paged } from "~/lists/pages";
import { earlyHelpSettings } from "./early-help-settings.server";

export interface PlanListItem {
  id: string;
  reference: string;
  status: PlanStatus;
  childNames: string[];
  startedOn: IsoDate;
  leadProfessionalName: string | null;
  /** Null for a closed plan, which has no more reviews. */
  nextReviewDue: IsoDate | null;
  reviewStatus: ReviewStatus | null;
  trend: Trend;
}

/** Lists need the next review and trend of many plans at once: three queries, whatever the number of plans. */
async function summarise(plans: (typeof earlyHelpPlans.$inferSelect)[], now: Date): Promise<PlanListItem[]> {
  if (plans.length === 0) return [];
  const planIds = plans.map((plan) => plan.id);
  const leadIds = plans.flatMap((plan) => (plan.leadProfessionalId ? [plan.leadProfessionalId] : []));
  const [children, goals, reviews, scores, leads] = await Promise.all([
    db()
      .select()
      .from(earlyHelpPlanChildren)
      .where(inArray(earlyHelpPlanChildren.planId, planIds))
      .orderBy(earlyHelpPlanChildren.position),
    db().select().from(earlyHelpGoals).where(inArray(earlyHelpGoals.planId, planIds)),
    db()
      .select()
      .from(earlyHelpReviews)
      .where(inArray(earlyHelpReviews.planId, planIds))
      .orderBy(asc(earlyHelpReviews.heldOn), asc(earlyHelpReviews.recordedAt)),
    db()
      .select({
        goalId: earlyHelpGoalScores.goalId,
        reviewId: earlyHelpGoalScores.reviewId,
        score: earlyHelpGoalScores.score,
      })
      .from(earlyHelpGoalScores)
      .innerJoin(earlyHelpGoals, eq(earlyHelpGoals.id, earlyHelpGoalScores.goalId))
      .where(inArray(earlyHelpGoals.planId, planIds)),
    leadIds.length === 0
      ? []
      : db().select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, leadIds)),
  ]);
  const { reviewPolicy, clock } = earlyHelpSettings();
  const addWorkingDays = (from: Date, days: number) => clock.addWorkingDays(from, days);
  const childrenOf = groupBy(children, (child) => child.planId);
  const goalsOf = groupBy(goals, (goal) => goal.planId);
  const reviewsOf = groupBy(reviews, (review) => review.planId);
  const scoresOf = groupBy(scores, (score) => score.reviewId);
  const leadNames = new Map(leads.map((lead) => [lead.id, lead.name]));
  return plans.map((plan) => {
    const planGoals: Goal[] = goalsOf.get(plan.id) ?? [];
    const planReviews: Review[] = (reviewsOf.get(plan.id) ?? []).map((review) => ({
      ...review,
      scores: scoresOf.get(review.id) ?? [],
    }));
    const due =
      plan.status === "closed"
        ? null
        : nextReviewDue({ startedOn: plan.startedOn, reviews: planReviews }, reviewPolicy);
    return {
      id: plan.id,
      reference: plan.reference,
      status: plan.status,
      childNames: (childrenOf.get(plan.id) ?? []).map(childName),
      startedOn: plan.startedOn,
      leadProfessionalName: (plan.leadProfessionalId && leadNames.get(plan.leadProfessionalId)) ?? null,
      nextReviewDue: due,
      reviewStatus:
        due && reviewableStatuses.includes(plan.status) ? reviewStatus(due, now, reviewPolicy, addWorkingDays) : null,
      trend: planTrend(planGoals, planReviews),
    };
  });
}

/**
 * A plan's next review worked out in PostgreSQL, as `nextReviewDue` does: the
 * next date its latest review set (the last recorded, of two held the same
 * day; the plan keeps it, see `earlyHelpPlans.nextReviewOn`), or one interval
 * after the plan started.
 */
export function nextReviewDueSql(plan: { nextReviewOn: SQLWrapper; startedOn: SQLWrapper }): SQL {
  const intervalDays = earlyHelpSettings().reviewPolicy.intervalWeeks * 7;
  return sql`coalesce(${plan.nextReviewOn}, ${plan.startedOn} + ${intervalDays}::int)`;
}

export type PlanRole = "lead" | "socialWorker" | "team";

/**
 * The ids of the plans someone leads, is the social worker on, or is in the
 * team of. Each way of belonging is found by its own index and the three
 * joined: written as one OR, PostgreSQL read every plan in the council.
 */
function theirPlanIds(userId: string) {
  return union(
    db().select({ id: earlyHelpPlans.id }).from(earlyHelpPlans).where(eq(earlyHelpPlans.leadProfessionalId, userId)),
    db().select({ id: earlyHelpPlans.id }).from(earlyHelpPlans).where(eq(earlyHelpPlans.socialWorkerId, userId)),
    db()
      .select({ id: earlyHelpTeamMembers.planId })
      .from(earlyHelpTeamMembers)
      .where(and(eq(earlyHelpTeamMembers.userId, userId), isNull(earlyHelpTeamMembers.removedAt))),
  );
}

/** The ids of someone's plans (see `theirPlanIds`): open plans first, the most pressing review first, then closed. */
export function theirPlansInOrder(userId: string) {
  const closed = sql`${earlyHelpPlans.status} = 'closed'`;
  return db()
    .select({ id: earlyHelpPlans.id })
    .from(earlyHelpPlans)
    .where(inArray(earlyHelpPlans.id, theirPlanIds(userId)))
    .orderBy(
      closed,
      sql`case when not ${closed} then ${nextReviewDueSql(earlyHelpPlans)} end nulls last`,
      earlyHelpPlans.reference,
    );
}

/** A page of someone's plans: this many keeps the list quick for a lead professional with years of closed plans. */
export const plansPageSize = 50;

/**
 * The plans someone belongs to, a page at a time: open plans first, the most
 * pressing review first, then closed plans. PostgreSQL orders them, so only
 * the page shown has its goals, reviews and scores read.
 */
export async function plansFor(
  user: Pick<CurrentUser, "id">,
  request: PageRequest = { page: 1, pageSize: plansPageSize },
  now: Date = new Date(),
): Promise<Paged<PlanListItem & { role: PlanRole }>> {
  const ordered = await theirPlansInOrder(user.id);
  const { page, pageSize, offset } = clampPage(request, ordered.length);
  const pageIds = ordered.slice(offset, offset + pageSize).map(({ id }) => id);
  const plans =
    pageIds.length === 0 ? [] : await db().select().from(earlyHelpPlans).where(inArray(earlyHelpPlans.id, pageIds));
  const items = await summarise(plans, now);
  const byId = new Map(
    items.map((item, index) => {
      const plan = plans[index]!;
      const role: PlanRole =
        plan.leadProfessionalId === user.id ? "lead" : plan.socialWorkerId === user.id ? "socialWorker" : "team";
      return [item.id, { ...item, role }];
    }),
  );
  return {
    items: pageIds.map((id) => byId.get(id)!),
    page,
    pageCount: pageCount(ordered.length, pageSize),
    total: ordered.length,
    more: false,
  };
}
