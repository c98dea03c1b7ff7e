import type { AppLoadContext } from "@remix-run/node";
import { and, asc, desc, eq, inArray, isNull } from "drizzle-orm";
import type { Queryable, Transaction } from "#db/connection";
import {
  earlyHelpActions,
  earlyHelpGoalScores,
  earlyHelpGoals,
  earlyHelpNetworkMembers,
  earlyHelpPlanChildren,
  earlyHelpPlans,
  earlyHelpReviews,
  earlyHelpStepUps,
  earlyHelpTeamMembers,
  organisations,
  stepDownRequests,
  users,
  type PlanRow,
  type StepDownRow,
} from "#db/schema";
import type { CurrentUser } from "~/auth/session.server";
import { db } from "~/db.server";
import { planAccess, type PlanAccess, type PlanPeople } from "~/domain/early-help/access";
import type { ConsentRecord } from "~/domain/early-help/consent";
import { isOpen } from "~/domain/early-help/plan-status";
import type { Action, EarlyHelpPlan, Goal, GoalScore, PlanOrigin, Review } from "~/domain/early-help/plan";
import { auditActor, recordAudit, type AuditActor } from "./audit.server";
import { refused, type UseCaseResult } from "./use-case.server";
import { isUuid } from "~/domain/uuid";
import type { AuditAction } from "~/domain/audit/actions";

export interface PersonSummary {
  id: string;
  name: string;
  email: string;
  phone: string | null;
  jobTitle: string | null;
  organisationName: string;
}

export interface PlanChild {
  id: string;
  personId: string | null;
  contactChildId: string | null;
  firstName: string | null;
  lastName: string;
  dateOfBirth: string | null;
  dueDate: string | null;
  sex: string | null;
}

interface TeamMember {
  id: string;
  userId: string | null;
  name: string;
  agency: string;
  role: string | null;
  email: string | null;
  phone: string | null;
}

interface NetworkMember {
  id: string;
  name: string;
  relationship: string;
  phone: string | null;
  contribution: string | null;
}

type StoredReview = Review & { id: string };
type StepUpRow = typeof earlyHelpStepUps.$inferSelect;

/** Everything about one plan that its pages show and its rules need. */
export interface PlanDetail {
  plan: PlanRow;
  children: PlanChild[];
  team: TeamMember[];
  network: NetworkMember[];
  goals: Goal[];
  actions: Action[];
  reviews: StoredReview[];
  /** Scores recorded at closure. */
  finalScores: GoalScore[];
  /** Latest first. */
  stepUps: StepUpRow[];
  stepDown: StepDownRow | null;
  leadProfessional: PersonSummary | null;
  socialWorker: PersonSummary | null;
}

async function peopleByIds(queryable: Queryable, ids: readonly string[]): Promise<Map<string, PersonSummary>> {
  if (ids.length === 0) return new Map();
  const rows = await queryable
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      phone: users.phone,
      jobTitle: users.jobTitle,
      organisationName: organisations.name,
    })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(inArray(users.id, [...new Set(ids)]));
  return new Map(rows.map((row) => [row.id, row]));
}

/** Locks the plan's row for the rest of the transaction, so two changes to one plan take turns. */
async function lockPlan(tx: Transaction, planId: string): Promise<PlanDetail | undefined> {
  if (!isUuid(planId)) return undefined;
  const [row] = await tx
    .select({ id: earlyHelpPlans.id })
    .from(earlyHelpPlans)
    .where(eq(earlyHelpPlans.id, planId))
    .for("update");
  return row ? loadPlan(tx, planId) : undefined;
}

export async function loadPlan(queryable: Queryable, planId: string): Promise<PlanDetail | undefined> {
  if (!isUuid(planId)) return undefined;
  const [plan] = await queryable.select().from(earlyHelpPlans).where(eq(earlyHelpPlans.id, planId));
  if (!plan) return undefined;
  const [children, teamRows, network, goalRows, actions, reviewRows, scoreRows, stepUps, stepDowns] = await Promise.all(
    [
      queryable
        .select()
        .from(earlyHelpPlanChildren)
        .where(eq(earlyHelpPlanChildren.planId, planId))
        .orderBy(asc(earlyHelpPlanChildren.position)),
      queryable
        .select()
        .from(earlyHelpTeamMembers)
        .where(and(eq(earlyHelpTeamMembers.planId, planId), isNull(earlyHelpTeamMembers.removedAt)))
        .orderBy(asc(earlyHelpTeamMembers.addedAt)),
      queryable
        .select({
          id: earlyHelpNetworkMembers.id,
          name: earlyHelpNetworkMembers.name,
          relationship: earlyHelpNetworkMembers.relationship,
          phone: earlyHelpNetworkMembers.phone,
          contribution: earlyHelpNetworkMembers.contribution,
        })
        .from(earlyHelpNetworkMembers)
        .where(and(eq(earlyHelpNetworkMembers.planId, planId), isNull(earlyHelpNetworkMembers.removedAt)))
        .orderBy(asc(earlyHelpNetworkMembers.addedAt)),
      queryable
        .select()
        .from(earlyHelpGoals)
        .where(eq(earlyHelpGoals.planId, planId))
        .orderBy(asc(earlyHelpGoals.position)),
      queryable
        .select({
          id: earlyHelpActions.id,
          goalId: earlyHelpActions.goalId,
          what: earlyHelpActions.what,
          who: earlyHelpActions.who,
          byWhen: earlyHelpActions.byWhen,
          doneOn: earlyHelpActions.doneOn,
        })
        .from(earlyHelpActions)
        .where(eq(earlyHelpActions.planId, planId))
        .orderBy(asc(earlyHelpActions.byWhen), asc(earlyHelpActions.createdAt)),
      queryable
        .select()
        .from(earlyHelpReviews)
        .where(eq(earlyHelpReviews.planId, planId))
        .orderBy(asc(earlyHelpReviews.heldOn), asc(earlyHelpReviews.recordedAt)),
      queryable
        .select({
          goalId: earlyHelpGoalScores.goalId,
          reviewId: earlyHelpGoalScores.reviewId,
          score: earlyHelpGoalScores.score,
        })
        .from(earlyHelpGoalScores)
        .innerJoin(earlyHelpGoals, eq(earlyHelpGoals.id, earlyHelpGoalScores.goalId))
        .where(eq(earlyHelpGoals.planId, planId)),
      queryable
        .select()
        .from(earlyHelpStepUps)
        .where(eq(earlyHelpStepUps.planId, planId))
        .orderBy(desc(earlyHelpStepUps.requestedAt)),
      queryable.select().from(stepDownRequests).where(eq(stepDownRequests.planId, planId)),
    ],
  );

  const people = await peopleByIds(
    queryable,
    [plan.leadProfessionalId, plan.socialWorkerId, ...teamRows.map((row) => row.userId)].filter(
      (id): id is string => id !== null,
    ),
  );
  const team = teamRows.map((row): TeamMember => {
    const user = row.userId ? people.get(row.userId) : undefined;
    return {
      id: row.id,
      userId: row.userId,
      name: user?.name ?? row.name ?? "",
      agency: user?.organisationName ?? row.agency ?? "",
      role: user?.jobTitle ?? row.role,
      email: user?.email ?? row.email,
      phone: user?.phone ?? row.phone,
    };
  });
  const reviews = reviewRows.map((row): StoredReview => ({
    id: row.id,
    heldOn: row.heldOn,
    attendees: row.attendees,
    whatChanged: row.whatChanged,
    nextReviewOn: row.nextReviewOn,
    scores: scoreRows.filter((score) => score.reviewId === row.id).map(({ goalId, score }) => ({ goalId, score })),
  }));
  return {
    plan,
    children: children.map(({ planId: _planId, position: _position, ...child }) => child),
    team,
    network,
    goals: goalRows.map((row) => ({
      id: row.id,
      outcomeArea: row.outcomeArea,
      need: row.need,
      description: row.description,
      setOn: row.setOn,
      baselineScore: row.baselineScore,
      targetScore: row.targetScore,
      endedOn: row.endedOn,
    })),
    actions,
    reviews,
    finalScores: scoreRows.filter((score) => score.reviewId === null).map(({ goalId, score }) => ({ goalId, score })),
    stepUps,
    stepDown: stepDowns[0] ?? null,
    leadProfessional: plan.leadProfessionalId ? (people.get(plan.leadProfessionalId) ?? null) : null,
    socialWorker: plan.socialWorkerId ? (people.get(plan.socialWorkerId) ?? null) : null,
  };
}

/**
 * A plan from the MASH has no consent to the plan until the lead professional
 * records it. The domain's rules only ask whether consent was withdrawn, so a
 * plan without consent is one where nothing has been withdrawn.
 */
function consentForRules(plan: PlanRow): ConsentRecord {
  return (
    plan.consent ?? {
      givenBy: { name: "", relationship: "" },
      givenOn: plan.startedOn,
      purposes: [],
      withdrawal: null,
    }
  );
}

function originOf(detail: PlanDetail): PlanOrigin {
  const { plan } = detail;
  if (plan.origin === "mash_decision") return { type: "mash_decision", decisionId: plan.decisionId ?? "" };
  if (plan.origin === "step_down") return { type: "step_down", stepDownRequestId: detail.stepDown?.id ?? "" };
  return { type: "partner", leadProfessionalId: plan.createdBy };
}

/** The plan as the domain's rules see it. */
export function domainPlan(detail: PlanDetail): EarlyHelpPlan {
  const { plan } = detail;
  return {
    id: plan.id,
    kind: plan.kind,
    status: plan.status,
    origin: originOf(detail),
    childIds: detail.children.map((child) => child.id) as [string, ...string[]],
    startedOn: plan.startedOn,
    leadProfessionalId: plan.leadProfessionalId,
    socialWorkerId: plan.socialWorkerId,
    consent: consentForRules(plan),
    goals: detail.goals,
    actions: detail.actions,
    reviews: detail.reviews,
    stepUpDecision: plan.stepUpDecision,
  };
}

export function planPeople(detail: PlanDetail): PlanPeople {
  return {
    leadProfessionalId: detail.plan.leadProfessionalId,
    socialWorkerId: detail.plan.socialWorkerId,
    teamUserIds: detail.team.flatMap((member) => (member.userId ? [member.userId] : [])),
    steppedDownBy: detail.stepDown?.requestedBy ?? null,
  };
}

/** The children's person records, for "who has seen this child" in the audit. */
function childPersonIds(detail: { children: readonly { personId: string | null }[] }): (string | null)[] {
  const ids = detail.children.flatMap((child) => (child.personId ? [child.personId] : []));
  return ids.length > 0 ? ids : [null];
}

/** One event per child with a person record, so each child's audit trail shows the plan. */
export async function auditPlanEvent(
  queryable: Queryable,
  actor: AuditActor,
  detail: { children: readonly { personId: string | null }[]; plan: Pick<PlanRow, "id" | "reference"> },
  action: AuditAction,
  details: Record<string, unknown> = {},
): Promise<void> {
  for (const personId of childPersonIds(detail)) {
    await recordAudit(queryable, actor, {
      action,
      subjectType: "early_help_plan",
      subjectId: detail.plan.id,
      personId,
      details: { reference: detail.plan.reference, ...details },
    });
  }
}

type RequestContext = Pick<AppLoadContext, "ipAddress" | "correlationId">;

/**
 * For a plan's pages: the plan, if this user may see it (or change it, when
 * `need` is "edit"). A plan the user is not on answers as if it did not exist,
 * so references cannot be probed, and the attempt is audited. A loader names
 * its `page`, and opening the plan to show it is audited as a view of each
 * child; an action leaves it out, because the change it makes is audited.
 */
export async function openPlan(
  context: RequestContext,
  user: CurrentUser,
  planId: string | undefined,
  options: { need: "view" | "edit"; page?: string },
): Promise<{ detail: PlanDetail; access: Exclude<PlanAccess, "none"> }> {
  const detail = planId ? await loadPlan(db(), planId) : undefined;
  if (!detail) throw new Response("Not found", { status: 404 });
  const access = planAccess(user, planPeople(detail));
  const actor = auditActor(context, user);
  if (access === "none" || (options.need === "edit" && access !== "edit")) {
    await auditPlanEvent(db(), actor, detail, "access.deniedEarlyHelpPlan", { need: options.need });
    throw new Response("Not found", { status: 404 });
  }
  if (options.page) await auditPlanEvent(db(), actor, detail, "earlyHelp.plan.viewed", { page: options.page });
  return { detail, access };
}

/** Inside a use-case's transaction: the locked plan, if this user may still change it. */
async function lockEditablePlan(
  tx: Transaction,
  user: Pick<CurrentUser, "id" | "role">,
  planId: string,
): Promise<PlanDetail | undefined> {
  const detail = await lockPlan(tx, planId);
  if (!detail || planAccess(user, planPeople(detail)) !== "edit") return undefined;
  return detail;
}

export const planNotFound = refused([{ field: "", key: "plans.error.notFound" }]);
const closed = refused([{ field: "", key: "earlyHelp.status.error.closed" }]);

/**
 * The opening every change to a plan shares: one transaction, the plan locked
 * so two changes cannot interleave, and "not found" for a plan this user may
 * not change (so references cannot be probed). `whenClosed: "refuse"` is for
 * the changes a closed plan no longer takes; closing, allocating and taking
 * people off leave the rule to the plan's status machine or allow it.
 */
export function withEditablePlan<T extends object>(
  user: Pick<CurrentUser, "id" | "role">,
  planId: string,
  options: { whenClosed: "refuse" | "allow" },
  work: (tx: Transaction, detail: PlanDetail) => Promise<UseCaseResult<T>>,
): Promise<UseCaseResult<T>> {
  return db().transaction(async (tx) => {
    const detail = await lockEditablePlan(tx, user, planId);
    if (!detail) return planNotFound;
    if (options.whenClosed === "refuse" && !isOpen(detail.plan)) return closed;
    return work(tx, detail);
  });
}

/** Names and roles of the people with these ids, for pages that show who did something. */
export function peopleNamed(ids: readonly string[]): Promise<Map<string, PersonSummary>> {
  return peopleByIds(db(), ids);
}
