import { and, eq, inArray, isNull, ne, sql } from "drizzle-orm";
import type { Queryable, Transaction } from "#db/connection";
import {
  contactChildren,
  contacts,
  earlyHelpActions,
  earlyHelpGoalScores,
  earlyHelpGoals,
  earlyHelpNetworkMembers,
  earlyHelpPlanChildren,
  earlyHelpPlans,
  earlyHelpReviews,
  earlyHelpTeamMembers,
  organisations,
  users,
} from "#db/schema";
import type { CurrentUser } from "~/auth/session.server";
import { db } from "~/db.server";
import { validateAllocation } from "~/domain/early-help/allocation";
import { validateAssessmentComplete, type PlanAssessment } from "~/domain/early-help/assessment";
import { calendarDate, isIsoDate, type IsoDate } from "~/domain/early-help/calendar-date";
import { validateClosure, type Closure } from "~/domain/early-help/closure";
import {
  onConsentWithdrawn,
  validateConsentForPlan,
  validateConsentWithdrawal,
  type ConsentRecord,
  type ConsentWithdrawal,
  type ConsentWithdrawalChoice,
} from "~/domain/early-help/consent";
import { validateNetworkMeeting, type NetworkMeeting } from "~/domain/early-help/family-network";
import type { OutcomeArea } from "~/domain/early-help/outcome-areas";
import { initialStatus, transition, type PlanStatus } from "~/domain/early-help/plan-status";
import { validateReview } from "~/domain/early-help/reviews";
import { availablePlanKinds, type PlanKind } from "~/domain/early-help/terminology";
import type { Role } from "~/domain/roles";
import type { AuditActor } from "./audit.server";
import {
  auditPlanEvent,
  domainPlan,
  lockEditablePlan,
  refused,
  type FormError,
  type PlanChild,
  type PlanDetail,
  type UseCaseResult,
} from "./early-help-plan-records.server";
import { defaultPlanKind, earlyHelpSettings } from "./early-help-settings.server";
import { syncStepUpDecision } from "./early-help-step-ups.server";

type Editor = Pick<CurrentUser, "id" | "role" | "organisationId">;

const notFound = refused([{ field: "", key: "plans.error.notFound" }]);
const touch = { updatedAt: sql`now()` };

/** EH-000123: the sequence never repeats a number, even when a transaction that took one rolls back. */
async function nextPlanReference(queryable: Queryable): Promise<string> {
  const [row] = await queryable.execute<{ next: string }>(
    sql`select nextval('early_help_plan_reference_seq')::text as next`,
  );
  return `EH-${String(row!.next).padStart(6, "0")}`;
}

export type NewPlanChild = Omit<PlanChild, "id">;

/** Creates a plan with its children; the caller audits, because it knows why the plan began. */
export async function insertPlan(
  tx: Transaction,
  plan: Omit<typeof earlyHelpPlans.$inferInsert, "reference">,
  children: readonly NewPlanChild[],
): Promise<{ id: string; reference: string }> {
  const reference = await nextPlanReference(tx);
  const [row] = await tx
    .insert(earlyHelpPlans)
    .values({ ...plan, reference })
    .returning({ id: earlyHelpPlans.id });
  const planId = row!.id;
  if (children.length > 0) {
    await tx.insert(earlyHelpPlanChildren).values(children.map((child, position) => ({ ...child, planId, position })));
  }
  return { id: planId, reference };
}

async function addMissingChildren(tx: Transaction, planId: string, children: readonly NewPlanChild[]) {
  const existing = await tx.select().from(earlyHelpPlanChildren).where(eq(earlyHelpPlanChildren.planId, planId));
  const known = (child: NewPlanChild) =>
    existing.some(
      (row) =>
        (child.personId !== null && row.personId === child.personId) ||
        (child.contactChildId !== null && row.contactChildId === child.contactChildId),
    );
  const missing = children.filter((child) => !known(child));
  if (missing.length === 0) return;
  const start = Math.max(-1, ...existing.map((row) => row.position)) + 1;
  await tx
    .insert(earlyHelpPlanChildren)
    .values(missing.map((child, index) => ({ ...child, planId, position: start + index })));
}

export interface PlanFromDecision {
  contactId: string;
  /** The children the decision gave early help, by the person records the MASH linked them to. */
  childPersonIds: readonly string[];
  /** Children in the contact who are not linked to a person record, by their contact child row. */
  contactChildIds?: readonly string[];
  decisionId: string;
  concernSummary: string;
  actor: AuditActor;
}

/**
 * Called by the MASH's decision service, in its transaction, when an outcome
 * whose follow-on is "early_help_plan" stands. The plan starts waiting for a
 * lead professional, prefilled with the contact, its children and the concern.
 *
 * - A step-up contact already has its plan: the decision is the MASH's answer
 *   to the step-up, and the family stays on that plan.
 * - A family with an open plan keeps it ("create or update"): the children
 *   not yet on it are added, rather than a second plan being started.
 * - With no children named, every child in the contact is on the plan.
 */
export async function createPlanFromDecision(
  tx: Transaction,
  input: PlanFromDecision,
  now: Date = new Date(),
): Promise<{ planId: string; created: boolean }> {
  const [contact] = await tx
    .select({ id: contacts.id, stepUpPlanId: contacts.stepUpPlanId })
    .from(contacts)
    .where(eq(contacts.id, input.contactId));
  if (!contact) throw new Error(`No contact ${input.contactId} to start an early help plan from`);
  if (contact.stepUpPlanId) {
    await syncStepUpDecision(tx, input.actor, contact.id, now);
    return { planId: contact.stepUpPlanId, created: false };
  }

  const rows = await tx
    .select()
    .from(contactChildren)
    .where(eq(contactChildren.contactId, input.contactId))
    .orderBy(contactChildren.position);
  const chosen = rows.filter(
    (row) =>
      (row.personId !== null && input.childPersonIds.includes(row.personId)) ||
      (input.contactChildIds ?? []).includes(row.id),
  );
  const children: NewPlanChild[] = (chosen.length > 0 ? chosen : rows).map((row) => ({
    personId: row.personId,
    contactChildId: row.id,
    firstName: row.firstName,
    lastName: row.lastName,
    dateOfBirth: row.dateOfBirth,
    dueDate: row.dueDate,
    sex: row.sex,
  }));

  const personIds = children.flatMap((child) => (child.personId ? [child.personId] : []));
  const [openPlan] =
    personIds.length === 0
      ? []
      : await tx
          .select({ id: earlyHelpPlans.id, reference: earlyHelpPlans.reference })
          .from(earlyHelpPlans)
          .innerJoin(earlyHelpPlanChildren, eq(earlyHelpPlanChildren.planId, earlyHelpPlans.id))
          .where(and(ne(earlyHelpPlans.status, "closed"), inArray(earlyHelpPlanChildren.personId, personIds)))
          .limit(1);
  if (openPlan) {
    await addMissingChildren(tx, openPlan.id, children);
    await auditPlanEvent(tx, input.actor, { plan: openPlan, children }, "earlyHelp.plan.linkedToDecision", {
      contactId: input.contactId,
      decisionId: input.decisionId,
    });
    return { planId: openPlan.id, created: false };
  }

  const createdBy = input.actor.user?.id;
  if (!createdBy) throw new Error("A plan from a MASH decision needs the screener who decided");
  const plan = await insertPlan(
    tx,
    {
      kind: defaultPlanKind(),
      status: initialStatus({ type: "mash_decision", decisionId: input.decisionId }),
      origin: "mash_decision",
      contactId: input.contactId,
      decisionId: input.decisionId,
      concernSummary: input.concernSummary,
      startedOn: calendarDate(now),
      createdBy,
    },
    children,
  );
  await auditPlanEvent(tx, input.actor, { plan, children }, "earlyHelp.plan.created", {
    origin: "mash_decision",
    contactId: input.contactId,
    decisionId: input.decisionId,
  });
  return { planId: plan.id, created: true };
}

export interface NewChild {
  firstName: string;
  lastName: string;
  dateOfBirth: IsoDate;
}

/**
 * A partner (or an early help practitioner) starts a plan with a family they
 * already work with, and leads it. The family's consent to the plan is the
 * condition of starting.
 */
export async function startPlan(
  actor: AuditActor,
  user: Editor,
  input: { child: NewChild; consent: ConsentRecord },
  now: Date = new Date(),
): Promise<UseCaseResult<{ planId: string }>> {
  const errors = validateConsentForPlan(input.consent, now);
  if (errors.length > 0) return refused(errors);
  return db().transaction(async (tx) => {
    const children = [{ ...input.child, personId: null, contactChildId: null, dueDate: null, sex: null }];
    const plan = await insertPlan(
      tx,
      {
        kind: defaultPlanKind(),
        status: initialStatus({ type: "partner", leadProfessionalId: user.id }),
        origin: "partner",
        startedOn: calendarDate(now),
        leadProfessionalId: user.id,
        consent: input.consent,
        createdBy: user.id,
      },
      children,
    );
    await auditPlanEvent(tx, actor, { plan, children }, "earlyHelp.plan.created", { origin: "partner" });
    return { ok: true as const, planId: plan.id };
  });
}

/** Who may lead a plan: a partner, or someone in the early help team (or a social worker, under Family Help). */
export function leadProfessionalRoles(): Role[] {
  const roles: Role[] = ["partner", "early_help_practitioner", "early_help_manager"];
  return earlyHelpSettings().model.vocabulary === "family_help" ? [...roles, "social_worker"] : roles;
}

export interface Candidate {
  id: string;
  name: string;
  jobTitle: string | null;
  organisationName: string;
}

/** Active users with one of `roles`, for the allocation and team pages' lists. */
export async function candidates(roles: readonly Role[]): Promise<Candidate[]> {
  return db()
    .select({ id: users.id, name: users.name, jobTitle: users.jobTitle, organisationName: organisations.name })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(and(eq(users.active, true), inArray(users.role, [...roles])))
    .orderBy(organisations.name, users.name);
}

async function activeUserWithRole(tx: Transaction, id: string | null, roles: readonly Role[]) {
  if (id === null) return false;
  const [row] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, id), eq(users.active, true), inArray(users.role, [...roles])));
  return row !== undefined;
}

/** The early help manager names the lead professional (and, for child in need plans, the social worker). */
export async function allocatePlan(
  actor: AuditActor,
  user: Editor,
  planId: string,
  input: { leadProfessionalId: string | null; socialWorkerId: string | null; kind: PlanKind },
): Promise<UseCaseResult> {
  return db().transaction(async (tx) => {
    const detail = await lockEditablePlan(tx, user, planId);
    if (!detail) return notFound;
    const kind = availablePlanKinds(earlyHelpSettings().model).includes(input.kind) ? input.kind : detail.plan.kind;
    const socialWorkerId = kind === "child_in_need" ? input.socialWorkerId : null;
    const errors: FormError[] = validateAllocation(
      { kind },
      { leadProfessionalId: input.leadProfessionalId, socialWorkerId },
    );
    if (
      input.leadProfessionalId &&
      !(await activeUserWithRole(tx, input.leadProfessionalId, leadProfessionalRoles()))
    ) {
      errors.push({ field: "leadProfessionalId", key: "earlyHelp.allocation.error.leadProfessionalRequired" });
    }
    if (socialWorkerId && !(await activeUserWithRole(tx, socialWorkerId, ["social_worker"]))) {
      errors.push({ field: "socialWorkerId", key: "earlyHelp.allocation.error.socialWorkerRequired" });
    }
    if (errors.length > 0) return refused(errors);
    const moved = transition(detail.plan.status, { type: "allocate_lead" });
    if (!moved.ok) return refused([{ field: "leadProfessionalId", key: moved.error }]);
    await tx
      .update(earlyHelpPlans)
      .set({ leadProfessionalId: input.leadProfessionalId, socialWorkerId, kind, status: moved.status, ...touch })
      .where(eq(earlyHelpPlans.id, planId));
    // The lead is named on the plan itself, so they leave the team list rather than appearing twice.
    await tx
      .update(earlyHelpTeamMembers)
      .set({ removedAt: sql`now()`, removedBy: user.id })
      .where(
        and(
          eq(earlyHelpTeamMembers.planId, planId),
          eq(earlyHelpTeamMembers.userId, input.leadProfessionalId!),
          isNull(earlyHelpTeamMembers.removedAt),
        ),
      );
    await auditPlanEvent(tx, actor, detail, "earlyHelp.plan.allocated", {
      leadProfessionalId: input.leadProfessionalId,
      previousLeadProfessionalId: detail.plan.leadProfessionalId,
      socialWorkerId,
      kind,
    });
    return { ok: true as const };
  });
}

/**
 * Consent to a contact is not consent to a plan, so a plan from the MASH asks
 * for it; a family that withdrew consent and agrees again gives it afresh,
 * which lets a paused plan resume.
 */
export async function recordConsent(
  actor: AuditActor,
  user: Editor,
  planId: string,
  consent: ConsentRecord,
  now: Date = new Date(),
): Promise<UseCaseResult> {
  return db().transaction(async (tx) => {
    const detail = await lockEditablePlan(tx, user, planId);
    if (!detail) return notFound;
    const { plan } = detail;
    if (plan.status === "closed") return refused([{ field: "", key: "earlyHelp.status.error.closed" }]);
    if (plan.consent !== null && plan.consent.withdrawal === null) {
      return refused([{ field: "", key: "plans.consent.error.alreadyRecorded" }]);
    }
    const errors = validateConsentForPlan(consent, now);
    if (errors.length > 0) return refused(errors);
    let status: PlanStatus = plan.status;
    if (plan.status === "paused") {
      const resumed = transition(plan.status, { type: "resume" });
      if (!resumed.ok) return refused([{ field: "", key: resumed.error }]);
      status = resumed.status;
    }
    await tx
      .update(earlyHelpPlans)
      .set({ consent, status, ...touch })
      .where(eq(earlyHelpPlans.id, planId));
    await auditPlanEvent(tx, actor, detail, "earlyHelp.consent.recorded", {
      purposes: consent.purposes,
      resumed: status !== plan.status,
    });
    return { ok: true as const };
  });
}

/**
 * Records who withdrew consent and when. Pausing happens here; closing is
 * answered with `close`, because closure still asks for the final scores.
 */
export async function withdrawConsent(
  actor: AuditActor,
  user: Editor,
  planId: string,
  input: { withdrawal: ConsentWithdrawal; choice: ConsentWithdrawalChoice },
  now: Date = new Date(),
): Promise<UseCaseResult<{ next: "paused" | "close" }>> {
  return db().transaction(async (tx) => {
    const detail = await lockEditablePlan(tx, user, planId);
    if (!detail) return notFound;
    const { plan } = detail;
    if (plan.consent === null) return refused([{ field: "", key: "earlyHelp.consent.error.required" }]);
    const errors = validateConsentWithdrawal(plan.consent, input.withdrawal, now);
    if (errors.length > 0) return refused(errors);
    const decided = onConsentWithdrawn(plan, input.choice);
    if (!decided.ok) return refused([{ field: "choice", key: decided.error }]);
    const consent = { ...plan.consent, withdrawal: input.withdrawal };
    const status = decided.decision.action === "pause" ? "paused" : plan.status;
    await tx
      .update(earlyHelpPlans)
      .set({ consent, status, ...touch })
      .where(eq(earlyHelpPlans.id, planId));
    await auditPlanEvent(tx, actor, detail, "earlyHelp.consent.withdrawn", { action: decided.decision.action });
    return { ok: true as const, next: decided.decision.action === "pause" ? ("paused" as const) : ("close" as const) };
  });
}

export async function saveAssessment(
  actor: AuditActor,
  user: Editor,
  planId: string,
  input: { assessment: PlanAssessment; complete: boolean },
  now: Date = new Date(),
): Promise<UseCaseResult> {
  return db().transaction(async (tx) => {
    const detail = await lockEditablePlan(tx, user, planId);
    if (!detail) return notFound;
    const { plan } = detail;
    if (plan.status === "closed") return refused([{ field: "", key: "earlyHelp.status.error.closed" }]);
    if (input.complete) {
      const errors = validateAssessmentComplete(input.assessment);
      if (errors.length > 0) return refused(errors);
    }
    const today = calendarDate(now);
    await tx
      .update(earlyHelpPlans)
      .set({
        assessment: input.assessment,
        assessmentStartedOn: plan.assessmentStartedOn ?? today,
        assessmentCompletedOn: input.complete ? (plan.assessmentCompletedOn ?? today) : null,
        assessmentOrganisationId: plan.assessmentOrganisationId ?? user.organisationId,
        ...touch,
      })
      .where(eq(earlyHelpPlans.id, planId));
    await auditPlanEvent(tx, actor, detail, "earlyHelp.assessment.saved", { complete: input.complete });
    return { ok: true as const };
  });
}

export async function addChild(
  actor: AuditActor,
  user: Editor,
  planId: string,
  child: NewChild,
): Promise<UseCaseResult> {
  return db().transaction(async (tx) => {
    const detail = await lockEditablePlan(tx, user, planId);
    if (!detail) return notFound;
    if (detail.plan.status === "closed") return refused([{ field: "", key: "earlyHelp.status.error.closed" }]);
    const row = { ...child, personId: null, contactChildId: null, dueDate: null, sex: null };
    await addMissingChildren(tx, planId, [row]);
    await auditPlanEvent(tx, actor, detail, "earlyHelp.child.added");
    return { ok: true as const };
  });
}

export type NewTeamMember =
  | { type: "user"; userId: string }
  | { type: "outside"; name: string; agency: string; role: string; email: string | null; phone: string | null };

/** People with an account see the plan once added, so they must be someone who works with families. */
const teamRoles: Role[] = ["partner", "early_help_practitioner", "early_help_manager", "social_worker"];

export async function addTeamMember(
  actor: AuditActor,
  user: Editor,
  planId: string,
  member: NewTeamMember,
): Promise<UseCaseResult> {
  return db().transaction(async (tx) => {
    const detail = await lockEditablePlan(tx, user, planId);
    if (!detail) return notFound;
    if (detail.plan.status === "closed") return refused([{ field: "", key: "earlyHelp.status.error.closed" }]);
    if (member.type === "user") {
      if (!(await activeUserWithRole(tx, member.userId, teamRoles))) {
        return refused([{ field: "userId", key: "plans.team.error.userRequired" }]);
      }
      if (member.userId === detail.plan.leadProfessionalId) {
        return refused([{ field: "userId", key: "plans.team.error.isLead" }]);
      }
      if (detail.team.some((existing) => existing.userId === member.userId)) {
        return refused([{ field: "userId", key: "plans.team.error.alreadyOnTeam" }]);
      }
    }
    const values =
      member.type === "user"
        ? { userId: member.userId }
        : { name: member.name, agency: member.agency, role: member.role, email: member.email, phone: member.phone };
    await tx.insert(earlyHelpTeamMembers).values({ planId, addedBy: user.id, ...values });
    await auditPlanEvent(tx, actor, detail, "earlyHelp.team.memberAdded", {
      userId: member.type === "user" ? member.userId : null,
    });
    return { ok: true as const };
  });
}

export async function removeTeamMember(
  actor: AuditActor,
  user: Editor,
  planId: string,
  memberId: string,
): Promise<UseCaseResult> {
  return db().transaction(async (tx) => {
    const detail = await lockEditablePlan(tx, user, planId);
    const member = detail?.team.find((candidate) => candidate.id === memberId);
    if (!detail || !member) return notFound;
    await tx
      .update(earlyHelpTeamMembers)
      .set({ removedAt: sql`now()`, removedBy: user.id })
      .where(eq(earlyHelpTeamMembers.id, memberId));
    await auditPlanEvent(tx, actor, detail, "earlyHelp.team.memberRemoved", { userId: member.userId });
    return { ok: true as const };
  });
}

export async function saveNetworkMeeting(
  actor: AuditActor,
  user: Editor,
  planId: string,
  meeting: NetworkMeeting,
  now: Date = new Date(),
): Promise<UseCaseResult> {
  return db().transaction(async (tx) => {
    const detail = await lockEditablePlan(tx, user, planId);
    if (!detail) return notFound;
    if (detail.plan.status === "closed") return refused([{ field: "", key: "earlyHelp.status.error.closed" }]);
    const errors = validateNetworkMeeting(meeting, detail.plan, now);
    if (errors.length > 0) return refused(errors);
    await tx
      .update(earlyHelpPlans)
      .set({ networkMeeting: meeting, ...touch })
      .where(eq(earlyHelpPlans.id, planId));
    await auditPlanEvent(tx, actor, detail, "earlyHelp.familyNetwork.meetingSaved");
    return { ok: true as const };
  });
}

export async function addNetworkMember(
  actor: AuditActor,
  user: Editor,
  planId: string,
  member: { name: string; relationship: string; phone: string | null; contribution: string | null },
): Promise<UseCaseResult> {
  return db().transaction(async (tx) => {
    const detail = await lockEditablePlan(tx, user, planId);
    if (!detail) return notFound;
    if (detail.plan.status === "closed") return refused([{ field: "", key: "earlyHelp.status.error.closed" }]);
    await tx.insert(earlyHelpNetworkMembers).values({ planId, ...member });
    await auditPlanEvent(tx, actor, detail, "earlyHelp.familyNetwork.memberAdded");
    return { ok: true as const };
  });
}

export async function removeNetworkMember(
  actor: AuditActor,
  user: Editor,
  planId: string,
  memberId: string,
): Promise<UseCaseResult> {
  return db().transaction(async (tx) => {
    const detail = await lockEditablePlan(tx, user, planId);
    if (!detail || !detail.network.some((member) => member.id === memberId)) return notFound;
    await tx
      .update(earlyHelpNetworkMembers)
      .set({ removedAt: sql`now()` })
      .where(eq(earlyHelpNetworkMembers.id, memberId));
    await auditPlanEvent(tx, actor, detail, "earlyHelp.familyNetwork.memberRemoved");
    return { ok: true as const };
  });
}

/** Goals and reviews are work with the family, which needs their consent and an open plan. */
function workErrors(detail: PlanDetail): FormError[] {
  if (detail.plan.status === "closed") return [{ field: "", key: "earlyHelp.status.error.closed" }];
  if (detail.plan.consent === null || detail.plan.consent.withdrawal !== null) {
    return [{ field: "", key: "earlyHelp.consent.error.required" }];
  }
  return [];
}

export interface NewGoal {
  outcomeArea: OutcomeArea;
  need: string;
  description: string;
  setOn: IsoDate;
  baselineScore: number;
  targetScore: number;
}

export async function addGoal(
  actor: AuditActor,
  user: Editor,
  planId: string,
  goal: NewGoal,
  now: Date = new Date(),
): Promise<UseCaseResult<{ goalId: string }>> {
  return db().transaction(async (tx) => {
    const detail = await lockEditablePlan(tx, user, planId);
    if (!detail) return notFound;
    const errors = workErrors(detail);
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

export async function addAction(
  actor: AuditActor,
  user: Editor,
  planId: string,
  action: { goalId: string; what: string; who: string; byWhen: IsoDate },
): Promise<UseCaseResult> {
  return db().transaction(async (tx) => {
    const detail = await lockEditablePlan(tx, user, planId);
    if (!detail || !detail.goals.some((goal) => goal.id === action.goalId)) return notFound;
    const errors = workErrors(detail);
    if (errors.length > 0) return refused(errors);
    await tx.insert(earlyHelpActions).values({ planId, ...action });
    await auditPlanEvent(tx, actor, detail, "earlyHelp.action.added", { goalId: action.goalId });
    return { ok: true as const };
  });
}

export async function completeAction(
  actor: AuditActor,
  user: Editor,
  planId: string,
  actionId: string,
  now: Date = new Date(),
): Promise<UseCaseResult> {
  return db().transaction(async (tx) => {
    const detail = await lockEditablePlan(tx, user, planId);
    const action = detail?.actions.find((candidate) => candidate.id === actionId);
    if (!detail || !action) return notFound;
    if (detail.plan.status === "closed") return refused([{ field: "", key: "earlyHelp.status.error.closed" }]);
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

export async function recordReview(
  actor: AuditActor,
  user: Editor,
  planId: string,
  review: NewReview,
  now: Date = new Date(),
): Promise<UseCaseResult<{ reviewId: string }>> {
  return db().transaction(async (tx) => {
    const detail = await lockEditablePlan(tx, user, planId);
    if (!detail) return notFound;
    const consentErrors = workErrors(detail).filter((error) => error.key === "earlyHelp.consent.error.required");
    const errors = [...consentErrors, ...validateReview(domainPlan(detail), review, now)];
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
    await tx.update(earlyHelpPlans).set(touch).where(eq(earlyHelpPlans.id, planId));
    await auditPlanEvent(tx, actor, detail, "earlyHelp.review.recorded", { reviewId, heldOn: review.heldOn });
    return { ok: true as const, reviewId };
  });
}

export async function closePlan(
  actor: AuditActor,
  user: Editor,
  planId: string,
  closure: Closure,
  now: Date = new Date(),
): Promise<UseCaseResult> {
  return db().transaction(async (tx) => {
    const detail = await lockEditablePlan(tx, user, planId);
    if (!detail) return notFound;
    const errors = validateClosure(domainPlan(detail), closure, now);
    if (errors.length > 0) return refused(errors);
    const moved = transition(detail.plan.status, { type: "close" });
    if (!moved.ok) return refused([{ field: "", key: moved.error }]);
    await tx
      .update(earlyHelpPlans)
      .set({
        status: moved.status,
        closedOn: closure.closedOn,
        closureReason: closure.reason,
        closureOtherReason: closure.reason === "other" ? closure.otherReason.trim() : null,
        ...touch,
      })
      .where(eq(earlyHelpPlans.id, planId));
    if (closure.finalScores.length > 0) {
      await tx
        .insert(earlyHelpGoalScores)
        .values(closure.finalScores.map((score) => ({ ...score, reviewId: null, scoredOn: closure.closedOn })));
    }
    await auditPlanEvent(tx, actor, detail, "earlyHelp.plan.closed", { reason: closure.reason });
    return { ok: true as const };
  });
}
