import { and, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Queryable, Transaction } from "#db/connection";
import {
  childDecisions,
  contactChildren,
  contacts,
  decisions,
  earlyHelpPlanChildren,
  earlyHelpPlans,
  earlyHelpStepUps,
  organisations,
  thresholdDocuments,
  users,
} from "#db/schema";
import type { CurrentUser } from "~/auth/session.server";
import type { ContactDraftAnswers } from "~/domain/contact/journey";
import { deriveReferralSource } from "~/domain/contact/referral-source";
import { db } from "~/db.server";
import { insertContact } from "~/models/contact.server";
import { canRequestStepUp } from "~/domain/early-help/access";
import { transition } from "~/domain/early-help/plan-status";
import { buildStepUpHandover, stepUpDecision, type StepUpHandover } from "~/domain/early-help/step-up";
import type { AuditActor } from "./audit.server";
import { deadlinesOnArrival } from "./mash-settings.server";
import {
  auditPlanEvent,
  planNotFound,
  planPeople,
  withEditablePlan,
  type PlanDetail,
} from "./early-help-plan-records.server";
import { refused, type UseCaseResult } from "./use-case.server";
import { childName } from "~/domain/early-help/child-name";

export interface StepUpRequest {
  /** What the lead professional is worried about now: the reason for escalation. */
  worry: string;
  workingWell: string;
  needsToHappen: string;
  familyAware: { aware: true } | { aware: false; reason: string };
  /** Whether a child is in immediate danger; if so, when the lead professional phoned 999 and the MASH ("14:30"). */
  immediateDanger: { inDanger: false } | { inDanger: true; calledAt: string };
}

function handoverFor(detail: PlanDetail, request: StepUpRequest, user: CurrentUser, now: Date): StepUpHandover {
  const lead = detail.leadProfessional;
  return buildStepUpHandover(
    {
      reason: request.worry,
      familyAware: request.familyAware,
      plan: {
        reference: detail.plan.reference,
        kind: detail.plan.kind,
        startedOn: detail.plan.startedOn,
        concernSummary: detail.plan.concernSummary,
      },
      leadProfessional: lead
        ? {
            name: lead.name,
            role: lead.jobTitle ?? "",
            organisation: lead.organisationName,
            email: lead.email,
            phone: lead.phone,
          }
        : {
            name: user.name,
            role: user.jobTitle ?? "",
            organisation: user.organisationName,
            email: user.email,
            phone: user.phone,
          },
      children: detail.children.map((child) => ({ name: childName(child), dateOfBirth: child.dateOfBirth })),
      consent: detail.plan.consent,
      assessment: detail.plan.assessment,
      team: detail.team.map((member) => ({ name: member.name, agency: member.agency, role: member.role ?? "" })),
      goals: detail.goals,
      actions: detail.actions,
      reviews: detail.reviews,
    },
    now,
  );
}

/**
 * The level a step-up asks for: the first level at which the threshold
 * document says consent is not needed, which is where statutory work starts.
 */
function statutoryLevel(levels: readonly { level: number; consentRequired: boolean }[]): number {
  const sorted = [...levels].sort((a, b) => a.level - b.level);
  return (sorted.find((level) => !level.consentRequired) ?? sorted.at(-1))?.level ?? 4;
}

/**
 * The lead professional asks for social care involvement. The request becomes
 * a contact in the MASH queue, marked as a step-up and carrying the plan
 * (assessment, goals with their score history, reviews and the reason), so
 * the screener decides on the whole story. The plan stays open meanwhile.
 */
export async function requestStepUp(
  actor: AuditActor,
  user: CurrentUser,
  planId: string,
  request: StepUpRequest,
  now: Date = new Date(),
): Promise<UseCaseResult<{ contactReference: string }>> {
  // A closed plan is the status machine's to refuse.
  return withEditablePlan(user, planId, { whenClosed: "allow" }, async (tx, detail) => {
    if (!canRequestStepUp(user, planPeople(detail))) return planNotFound;
    const moved = transition(detail.plan.status, { type: "request_step_up" });
    if (!moved.ok) return refused([{ field: "", key: moved.error }]);

    const [document] = await tx
      .select({ id: thresholdDocuments.id, document: thresholdDocuments.document })
      .from(thresholdDocuments)
      .where(eq(thresholdDocuments.status, "published"));
    if (!document) throw new Error("No threshold document is published, so a step-up contact cannot be made");
    const level = statutoryLevel(document.document.levels);
    const [organisation] = await tx
      .select({ phone: organisations.phone })
      .from(organisations)
      .where(eq(organisations.id, user.organisationId));
    // The census source is the lead professional's: a school's lead professional's step-up is a school's (2A), not early help's (5D).
    const [leadProfessional] = detail.plan.leadProfessionalId
      ? await tx
          .select({ organisationType: organisations.type })
          .from(users)
          .innerJoin(organisations, eq(organisations.id, users.organisationId))
          .where(eq(users.id, detail.plan.leadProfessionalId))
      : [];

    const handover = handoverFor(detail, request, user, now);
    const answers: ContactDraftAnswers = {
      immediateDanger: { immediateDanger: request.immediateDanger.inDanger ? "yes" : "no" },
      ...(request.immediateDanger.inDanger
        ? { emergencyCalls: { phonedPolice: "yes", phonedMash: "yes", calledAt: request.immediateDanger.calledAt } }
        : {}),
      referrer: {
        name: user.name,
        role: user.jobTitle ?? "",
        organisation: user.organisationName,
        phone: user.phone ?? organisation?.phone ?? "",
        email: user.email,
      },
      // The children are the contact's child rows below; the plan has no addresses or languages to copy.
      children: [],
      adults: [],
      concern: { worry: request.worry, workingWell: request.workingWell, needsToHappen: request.needsToHappen },
      consent: request.familyAware.aware
        ? { familyAware: "yes" }
        : { familyAware: "no", familyUnawareReason: request.familyAware.reason },
    };
    const { id: contactId, reference } = await insertContact(
      tx,
      {
        organisationId: user.organisationId,
        submittedBy: user.id,
        submittedAt: now,
        receivedAt: now,
        thresholdDocumentId: document.id,
        referralSource: deriveReferralSource({
          channel: "portal",
          referrerKind: "professional",
          organisationType: user.organisationType,
          leadProfessionalOrganisationType: leadProfessional?.organisationType ?? null,
        }),
        immediateDanger: request.immediateDanger.inDanger,
        answers,
        descriptorIds: [],
        suggestedLevel: level,
        referrerLevel: level,
        familyAware: request.familyAware.aware ? "yes" : "no",
        consentGiven: null,
        ...deadlinesOnArrival(now),
        stepUpPlanId: planId,
      },
      detail.children.map((child) => ({
        firstName: child.firstName,
        lastName: child.lastName,
        dateOfBirth: child.dateOfBirth,
        dueDate: child.dueDate,
        sex: child.sex ?? "notKnown",
        nhsNumber: null,
        postcode: null,
        ethnicity: null,
        personId: child.personId,
      })),
    );
    await tx.insert(earlyHelpStepUps).values({ planId, contactId, handover, requestedBy: user.id, requestedAt: now });
    await tx
      .update(earlyHelpPlans)
      .set({ status: moved.status, stepUpDecision: null, updatedAt: sql`now()` })
      .where(eq(earlyHelpPlans.id, planId));
    await auditPlanEvent(tx, actor, detail, "earlyHelp.stepUp.requested", {
      contactId,
      contactReference: reference,
      immediateDanger: request.immediateDanger.inDanger,
    });
    return { ok: true as const, contactReference: reference };
  });
}

/** A decision stands once recorded without sign-off, or once a manager approves it. */
const standingStates = ["recorded", "approved"] as const;

async function standingDecision(queryable: Queryable, contactId: string) {
  const [decision] = await queryable
    .select({ id: decisions.id, recordedAt: decisions.recordedAt, referrerFeedback: decisions.referrerFeedback })
    .from(decisions)
    .where(and(eq(decisions.contactId, contactId), inArray(decisions.state, [...standingStates])))
    .orderBy(desc(decisions.recordedAt))
    .limit(1);
  if (!decision) return undefined;
  const outcomes = await queryable
    .select({
      outcome: childDecisions.outcome,
      firstName: contactChildren.firstName,
      lastName: contactChildren.lastName,
    })
    .from(childDecisions)
    .innerJoin(contactChildren, eq(contactChildren.id, childDecisions.contactChildId))
    .where(eq(childDecisions.decisionId, decision.id))
    .orderBy(contactChildren.position);
  return { ...decision, outcomes };
}

/**
 * Applies the MASH's standing decision on a step-up contact to its plan: the
 * plan leaves "step-up with the MASH", and an accepted step-up leaves only
 * "stepped up to social care" as the reason to close it. Does nothing if the
 * contact is not a step-up, has no standing decision yet, or was applied
 * already, so the MASH's decision service calls it whenever a decision
 * stands.
 */
export async function syncStepUpDecision(
  tx: Transaction,
  actor: AuditActor,
  contactId: string,
  now: Date = new Date(),
): Promise<void> {
  const [stepUp] = await tx
    .select({ id: earlyHelpStepUps.id, planId: earlyHelpStepUps.planId })
    .from(earlyHelpStepUps)
    .where(and(eq(earlyHelpStepUps.contactId, contactId), isNull(earlyHelpStepUps.decision)))
    .for("update");
  if (!stepUp) return;
  const decision = await standingDecision(tx, contactId);
  if (!decision) return;
  const result = stepUpDecision(decision.outcomes.map((outcome) => outcome.outcome));
  const [plan] = await tx
    .select({ id: earlyHelpPlans.id, reference: earlyHelpPlans.reference, status: earlyHelpPlans.status })
    .from(earlyHelpPlans)
    .where(eq(earlyHelpPlans.id, stepUp.planId))
    .for("update");
  if (!plan) return;
  await tx.update(earlyHelpStepUps).set({ decision: result, decidedAt: now }).where(eq(earlyHelpStepUps.id, stepUp.id));
  const moved = transition(plan.status, { type: "step_up_decided", accepted: result === "accepted" });
  await tx
    .update(earlyHelpPlans)
    .set({ stepUpDecision: result, ...(moved.ok ? { status: moved.status } : {}), updatedAt: sql`now()` })
    .where(eq(earlyHelpPlans.id, plan.id));
  const children = await tx
    .select({ personId: earlyHelpPlanChildren.personId })
    .from(earlyHelpPlanChildren)
    .where(eq(earlyHelpPlanChildren.planId, plan.id));
  await auditPlanEvent(tx, actor, { plan, children }, "earlyHelp.stepUp.decided", {
    contactId,
    decisionId: decision.id,
    result,
  });
}

export interface StepUpOutcome {
  decidedAt: Date;
  feedback: string;
  outcomes: { childName: string; outcome: string }[];
}

/** The MASH's decision and its feedback, as the lead professional (the referrer of the step-up) sees them. */
export async function stepUpOutcome(contactId: string): Promise<StepUpOutcome | undefined> {
  const decision = await standingDecision(db(), contactId);
  if (!decision) return undefined;
  return {
    decidedAt: decision.recordedAt,
    feedback: decision.referrerFeedback,
    outcomes: decision.outcomes.map((outcome) => ({ childName: childName(outcome), outcome: outcome.outcome })),
  };
}

export async function contactReferences(contactIds: readonly string[]): Promise<Map<string, string>> {
  if (contactIds.length === 0) return new Map();
  const rows = await db()
    .select({ id: contacts.id, reference: contacts.reference })
    .from(contacts)
    .where(inArray(contacts.id, [...contactIds]));
  return new Map(rows.map((row) => [row.id, row.reference]));
}

/**
 * For the MASH's screening page: what a step-up contact carries from its plan,
 * or undefined for an ordinary contact.
 */
async function stepUpHandoverForContact(
  queryable: Queryable,
  contactId: string,
): Promise<{ planId: string; handover: StepUpHandover } | undefined> {
  const [row] = await queryable
    .select({ planId: earlyHelpStepUps.planId, handover: earlyHelpStepUps.handover })
    .from(earlyHelpStepUps)
    .where(eq(earlyHelpStepUps.contactId, contactId));
  return row;
}

/** The step-up a MASH contact came from, if it did, for the screening page. */
export function stepUpHandover(contactId: string) {
  return stepUpHandoverForContact(db(), contactId);
}
