/** A plan's life: started (by a partner or from a MASH decision), allocated, assessed, and closed. */
import { and, eq, inArray, ne, sql } from "drizzle-orm";
import type { Queryable, Transaction } from "#db/connection";
import { contactChildren, contacts, earlyHelpGoalScores, earlyHelpPlanChildren, earlyHelpPlans } from "#db/schema";
import type { CurrentUser } from "~/auth/session.server";
import { db } from "~/db.server";
import { validateAllocation } from "~/domain/early-help/allocation";
import { validateAssessmentComplete, type PlanAssessment } from "~/domain/early-help/assessment";
import { calendarDate } from "~/domain/early-help/calendar-date";
import { validateClosure, type Closure } from "~/domain/early-help/closure";
import { validateConsentForPlan, type ConsentRecord } from "~/domain/early-help/consent";
import { initialStatus, transition } from "~/domain/early-help/plan-status";
import { availablePlanKinds, type PlanKind } from "~/domain/early-help/terminology";
import type { AuditActor } from "./audit.server";
import {
  activeUserWithRole,
  addMissingChildren,
  leadProfessionalRoles,
  removeFromTeam,
  type NewChild,
  type NewPlanChild,
} from "./early-help-people.server";
import { auditPlanEvent, domainPlan, withEditablePlan } from "./early-help-plan-records.server";
import { defaultPlanKind, earlyHelpSettings } from "./early-help-settings.server";
import { syncStepUpDecision } from "./early-help-step-ups.server";
import { refused, type FormError, type UseCaseResult } from "./use-case.server";

type Editor = Pick<CurrentUser, "id" | "role" | "organisationId">;

const touch = { updatedAt: sql`now()` };

/** EH-000123: the sequence never repeats a number, even when a transaction that took one rolls back. */
async function nextPlanReference(queryable: Queryable): Promise<string> {
  const [row] = await queryable.execute<{ next: string }>(
    sql`select nextval('early_help_plan_reference_seq')::text as next`,
  );
  return `EH-${String(row!.next).padStart(6, "0")}`;
}

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

/** The early help manager names the lead professional (and, for child in need plans, the social worker). */
export function allocatePlan(
  actor: AuditActor,
  user: Editor,
  planId: string,
  input: { leadProfessionalId: string | null; socialWorkerId: string | null; kind: PlanKind },
): Promise<UseCaseResult> {
  // Closed plans are the status machine's to refuse, with its own message.
  return withEditablePlan(user, planId, { whenClosed: "allow" }, async (tx, detail) => {
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
    if (input.leadProfessionalId) await removeFromTeam(tx, planId, input.leadProfessionalId, user.id);
    await auditPlanEvent(tx, actor, detail, "earlyHelp.plan.allocated", {
      leadProfessionalId: input.leadProfessionalId,
      previousLeadProfessionalId: detail.plan.leadProfessionalId,
      socialWorkerId,
      kind,
    });
    return { ok: true as const };
  });
}

export function saveAssessment(
  actor: AuditActor,
  user: Editor,
  planId: string,
  input: { assessment: PlanAssessment; complete: boolean },
  now: Date = new Date(),
): Promise<UseCaseResult> {
  return withEditablePlan(user, planId, { whenClosed: "refuse" }, async (tx, detail) => {
    const { plan } = detail;
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

export function closePlan(
  actor: AuditActor,
  user: Editor,
  planId: string,
  closure: Closure,
  now: Date = new Date(),
): Promise<UseCaseResult> {
  // Closing twice is the status machine's to refuse, after the closure's own answers are checked.
  return withEditablePlan(user, planId, { whenClosed: "allow" }, async (tx, detail) => {
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
