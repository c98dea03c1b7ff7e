import type { AppLoadContext } from "@remix-run/node";
import { and, asc, desc, eq, gte, or, sql } from "drizzle-orm";
import type { Queryable, Transaction } from "#db/connection";
import { stepDownRequests, type StepDownChild, type StepDownEvent, type StepDownRow } from "#db/schema";
import type { CurrentUser } from "~/auth/session.server";
import { db } from "~/db.server";
import { addDays, calendarDate } from "~/domain/early-help/calendar-date";
import type { ConsentRecord } from "~/domain/early-help/consent";
import { initialStatus } from "~/domain/early-help/plan-status";
import {
  stepDownDueAt,
  stepDownTransition,
  validateStepDownDecision,
  validateStepDownRequest,
  type ProposedLead,
} from "~/domain/early-help/step-down";
import { availablePlanKinds, type PlanKind } from "~/domain/early-help/terminology";
import { mailStepDownAwaitingAcceptance, mailStepDownDecided } from "~/notifications/step-down-mail.server";
import type { TimeLeft } from "~/domain/working-days";
import { auditActor, recordAudit, type AuditActor } from "./audit.server";
import { refused, type UseCaseResult } from "./use-case.server";
import { insertPlan } from "./early-help-plans.server";
import { defaultPlanKind, earlyHelpSettings } from "./early-help-settings.server";
import { isUuid } from "~/domain/uuid";
import type { AuditAction } from "~/domain/audit/actions";

export interface StepDownInput {
  children: Omit<StepDownChild, "personId">[];
  handoverSummary: string;
  currentRisks: string;
  mustContinue: string;
  consent: ConsentRecord;
  proposedLead: ProposedLead;
  kind?: PlanKind;
}

type Requester = Pick<CurrentUser, "id" | "name" | "organisationId">;

/** SD-000045: its own numbering, so early help can tell a handover from a plan on the phone. */
async function nextStepDownReference(queryable: Queryable): Promise<string> {
  const [row] = await queryable.execute<{ next: string }>(sql`select nextval('step_down_reference_seq')::text as next`);
  return `SD-${String(row!.next).padStart(6, "0")}`;
}

function event(type: StepDownEvent["type"], by: { name: string }, now: Date, reasons?: string): StepDownEvent {
  return { type, at: now.toISOString(), byName: by.name, ...(reasons ? { reasons } : {}) };
}

function dueAt(now: Date): Date {
  const { stepDownPolicy, clock } = earlyHelpSettings();
  return stepDownDueAt(now, stepDownPolicy, (from, days) => clock.addWorkingDays(from, days));
}

function planKindFor(kind: PlanKind | undefined): PlanKind {
  return kind && availablePlanKinds(earlyHelpSettings().model).includes(kind) ? kind : defaultPlanKind();
}

async function auditStepDown(
  queryable: Queryable,
  actor: AuditActor,
  request: Pick<StepDownRow, "id" | "reference" | "children">,
  action: AuditAction,
  details: Record<string, unknown> = {},
) {
  const personIds = request.children.flatMap((child) => (child.personId ? [child.personId] : []));
  for (const personId of personIds.length > 0 ? personIds : [null]) {
    await recordAudit(queryable, actor, {
      action,
      subjectType: "step_down_request",
      subjectId: request.id,
      personId,
      details: { reference: request.reference, ...details },
    });
  }
}

/**
 * Writes a step-down request, waiting for the early help manager on the
 * working-day clock. For a social worker's request and for a MASH decision
 * whose outcome hands the family to early help (pass the contact and decision).
 */
async function insertStepDownRequest(
  tx: Transaction,
  actor: AuditActor,
  requester: Requester,
  input: StepDownInput,
  source: { contactId: string; decisionId: string } | null,
  now: Date = new Date(),
): Promise<UseCaseResult<{ id: string; reference: string }>> {
  const errors = validateStepDownRequest(input, now);
  if (errors.length > 0) return refused(errors);
  const reference = await nextStepDownReference(tx);
  const children = input.children.map((child) => ({ ...child, personId: null }));
  const [row] = await tx
    .insert(stepDownRequests)
    .values({
      reference,
      kind: planKindFor(input.kind),
      children,
      handoverSummary: input.handoverSummary,
      currentRisks: input.currentRisks,
      mustContinue: input.mustContinue,
      consent: input.consent,
      proposedLead: input.proposedLead,
      requestedBy: requester.id,
      organisationId: requester.organisationId,
      contactId: source?.contactId ?? null,
      decisionId: source?.decisionId ?? null,
      submittedAt: now,
      dueAt: dueAt(now),
      history: [event("sent", requester, now)],
    })
    .returning({ id: stepDownRequests.id });
  await auditStepDown(tx, actor, { id: row!.id, reference, children }, "earlyHelp.stepDown.sent");
  await mailStepDownAwaitingAcceptance(tx, { id: row!.id, reference });
  return { ok: true as const, id: row!.id, reference };
}

export async function createStepDownRequest(
  actor: AuditActor,
  user: Requester,
  input: StepDownInput,
  now: Date = new Date(),
): Promise<UseCaseResult<{ id: string; reference: string }>> {
  return db().transaction((tx) => insertStepDownRequest(tx, actor, user, input, null, now));
}

export interface StepDownListItem {
  id: string;
  reference: string;
  status: StepDownRow["status"];
  childNames: string[];
  submittedAt: Date;
  dueAt: Date;
  timeLeft: TimeLeft;
  decidedAt: Date | null;
  planId: string | null;
}

function listItem(row: StepDownRow, now: Date): StepDownListItem {
  return {
    id: row.id,
    reference: row.reference,
    status: row.status,
    childNames: row.children.map((child) => `${child.firstName} ${child.lastName}`),
    submittedAt: row.submittedAt,
    dueAt: row.dueAt,
    timeLeft: earlyHelpSettings().clock.describeTimeLeft(now, row.dueAt),
    decidedAt: row.decidedAt,
    planId: row.planId,
  };
}

/**
 * The early help manager's queue: pending requests, the nearest deadline
 * first, and what was decided in the last four weeks. A social worker sees
 * their own requests and what became of them.
 */
export async function listStepDowns(
  user: Pick<CurrentUser, "id" | "role">,
  now: Date = new Date(),
): Promise<{ pending: StepDownListItem[]; decided: StepDownListItem[] }> {
  const recent = new Date(`${addDays(calendarDate(now), -28)}T00:00:00Z`);
  const mine = user.role === "social_worker" ? eq(stepDownRequests.requestedBy, user.id) : undefined;
  const rows = await db()
    .select()
    .from(stepDownRequests)
    .where(
      and(
        mine,
        or(
          eq(stepDownRequests.status, "pending"),
          eq(stepDownRequests.status, "returned"),
          gte(stepDownRequests.decidedAt, recent),
        ),
      ),
    )
    .orderBy(asc(stepDownRequests.dueAt), desc(stepDownRequests.decidedAt));
  return {
    pending: rows.filter((row) => row.status === "pending").map((row) => listItem(row, now)),
    decided: rows.filter((row) => row.status !== "pending").map((row) => listItem(row, now)),
  };
}

type RequestContext = Pick<AppLoadContext, "ipAddress" | "correlationId">;

/** Early help managers see every request; a social worker sees their own. Anything else is "not found". */
export async function openStepDown(
  context: RequestContext,
  user: CurrentUser,
  id: string | undefined,
  options: { page?: string } = {},
): Promise<{ request: StepDownRow; timeLeft: TimeLeft }> {
  const [request] = isUuid(id) ? await db().select().from(stepDownRequests).where(eq(stepDownRequests.id, id)) : [];
  if (!request) throw new Response("Not found", { status: 404 });
  const actor = auditActor(context, user);
  const allowed = user.role === "early_help_manager" || request.requestedBy === user.id;
  if (!allowed) {
    await auditStepDown(db(), actor, request, "access.deniedStepDown");
    throw new Response("Not found", { status: 404 });
  }
  if (options.page) await auditStepDown(db(), actor, request, "earlyHelp.stepDown.viewed", { page: options.page });
  return { request, timeLeft: earlyHelpSettings().clock.describeTimeLeft(new Date(), request.dueAt) };
}

async function lockStepDown(tx: Transaction, id: string): Promise<StepDownRow | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await tx.select().from(stepDownRequests).where(eq(stepDownRequests.id, id)).for("update");
  return row;
}

const notFound = refused([{ field: "", key: "plans.error.notFound" }]);

/**
 * Accepting books the transition meeting and starts a plan carrying the
 * history: the children, the family's consent, and the handover (summary,
 * risks, what must continue), which the plan shows. The plan waits for a
 * lead professional, since the request only proposed one.
 */
export async function acceptStepDown(
  actor: AuditActor,
  user: CurrentUser,
  id: string,
  input: { transitionMeetingOn: string },
  now: Date = new Date(),
): Promise<UseCaseResult<{ planId: string }>> {
  return db().transaction(async (tx) => {
    const request = await lockStepDown(tx, id);
    if (!request) return notFound;
    const errors = validateStepDownDecision(request, { type: "accept", ...input });
    if (errors.length > 0) return refused(errors);
    const plan = await insertPlan(
      tx,
      {
        kind: request.kind,
        status: initialStatus({ type: "step_down", stepDownRequestId: request.id }),
        origin: "step_down",
        contactId: request.contactId,
        decisionId: request.decisionId,
        concernSummary: request.handoverSummary,
        startedOn: calendarDate(now),
        consent: request.consent,
        createdBy: user.id,
      },
      request.children.map((child) => ({
        personId: child.personId,
        contactChildId: null,
        firstName: child.firstName,
        lastName: child.lastName,
        dateOfBirth: child.dateOfBirth,
        dueDate: null,
        sex: null,
      })),
    );
    await tx
      .update(stepDownRequests)
      .set({
        status: "accepted",
        decidedBy: user.id,
        decidedAt: now,
        transitionMeetingOn: input.transitionMeetingOn,
        planId: plan.id,
        history: [...request.history, event("accepted", user, now)],
      })
      .where(eq(stepDownRequests.id, id));
    await auditStepDown(tx, actor, request, "earlyHelp.stepDown.accepted", {
      planId: plan.id,
      planReference: plan.reference,
      transitionMeetingOn: input.transitionMeetingOn,
    });
    await mailStepDownDecided(tx, request, "accepted");
    return { ok: true as const, planId: plan.id };
  });
}

export async function returnStepDown(
  actor: AuditActor,
  user: CurrentUser,
  id: string,
  input: { reasons: string },
  now: Date = new Date(),
): Promise<UseCaseResult> {
  return db().transaction(async (tx) => {
    const request = await lockStepDown(tx, id);
    if (!request) return notFound;
    const errors = validateStepDownDecision(request, { type: "return", reasons: input.reasons });
    if (errors.length > 0) return refused(errors);
    await tx
      .update(stepDownRequests)
      .set({
        status: "returned",
        decidedBy: user.id,
        decidedAt: now,
        returnReasons: input.reasons.trim(),
        history: [...request.history, event("returned", user, now, input.reasons.trim())],
      })
      .where(eq(stepDownRequests.id, id));
    await auditStepDown(tx, actor, request, "earlyHelp.stepDown.returned");
    await mailStepDownDecided(tx, request, "returned");
    return { ok: true as const };
  });
}

/** Social care puts right what was returned and sends the same request again, on a new clock. */
export async function resendStepDown(
  actor: AuditActor,
  user: CurrentUser,
  id: string,
  input: StepDownInput,
  now: Date = new Date(),
): Promise<UseCaseResult> {
  return db().transaction(async (tx) => {
    const request = await lockStepDown(tx, id);
    if (!request || request.requestedBy !== user.id) return notFound;
    const allowed = stepDownTransition(request.status, "resubmit");
    if (!allowed.ok) return refused([{ field: "", key: allowed.error }]);
    const errors = validateStepDownRequest(input, now);
    if (errors.length > 0) return refused(errors);
    await tx
      .update(stepDownRequests)
      .set({
        status: allowed.status,
        kind: planKindFor(input.kind),
        children: input.children.map((child) => ({ ...child, personId: null })),
        handoverSummary: input.handoverSummary,
        currentRisks: input.currentRisks,
        mustContinue: input.mustContinue,
        consent: input.consent,
        proposedLead: input.proposedLead,
        submittedAt: now,
        dueAt: dueAt(now),
        decidedBy: null,
        decidedAt: null,
        returnReasons: null,
        history: [...request.history, event("resent", user, now)],
      })
      .where(eq(stepDownRequests.id, id));
    await auditStepDown(tx, actor, request, "earlyHelp.stepDown.resent");
    await mailStepDownAwaitingAcceptance(tx, request);
    return { ok: true as const };
  });
}
