import { and, asc, count, desc, eq, inArray, isNull } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Queryable } from "#db/connection";
import {
  childDecisions,
  contactChildren,
  contacts,
  decisions,
  informationChecks,
  signOffs,
  users,
  type DecisionRow,
} from "#db/schema";
import type { CurrentUser } from "~/auth/session.server";
import { db } from "~/db.server";
import type { PrimaryNeedCode } from "~/domain/contact/census";
import type { RagRating } from "~/domain/mash/rag";
import { levelAnswered, outcomeFitProblem } from "~/domain/mash/outcome-fit";
import { needsSignOff } from "~/domain/mash/sign-off";
import { recordAudit, type AuditActor } from "./audit.server";
import { findContact, lockContact, refuse, screenerTransition, touch, type Outcome } from "./mash-contacts.server";
import { mashSettings, screeningDueAtFor } from "./mash-settings.server";
import { thresholdDocumentById } from "./thresholds.server";
import { startFollowOnWork, tellManagers, tellReferrer } from "./mash-decision-follow-on.server";

export interface ChildOutcome {
  contactChildId: string;
  childName: string;
  decidedLevel: number;
  outcome: string;
}

export interface DecisionView {
  id: string;
  state: DecisionRow["state"];
  rag: RagRating;
  rationale: string;
  outcomeReason: string | null;
  internalNotes: string | null;
  referrerFeedback: string;
  recordedById: string;
  recordedByName: string;
  recordedAt: Date;
  children: ChildOutcome[];
  signOff: { result: "approved" | "returned"; comment: string | null; managerName: string; occurredAt: Date } | null;
}

const recorder = alias(users, "recorder");
const manager = alias(users, "manager");

/** Every decision on a contact, newest first: the one that stands or waits, then any a manager returned. */
export async function loadDecisions(
  queryable: Queryable,
  contactIds: string[],
): Promise<(DecisionView & { contactId: string })[]> {
  if (contactIds.length === 0) return [];
  const rows = await queryable
    .select({
      id: decisions.id,
      contactId: decisions.contactId,
      state: decisions.state,
      rag: decisions.rag,
      rationale: decisions.rationale,
      outcomeReason: decisions.outcomeReason,
      internalNotes: decisions.internalNotes,
      referrerFeedback: decisions.referrerFeedback,
      recordedById: decisions.recordedBy,
      recordedByName: recorder.name,
      recordedAt: decisions.recordedAt,
      signOffResult: signOffs.result,
      signOffComment: signOffs.comment,
      signOffManagerName: manager.name,
      signOffAt: signOffs.occurredAt,
    })
    .from(decisions)
    .innerJoin(recorder, eq(recorder.id, decisions.recordedBy))
    .leftJoin(signOffs, eq(signOffs.decisionId, decisions.id))
    .leftJoin(manager, eq(manager.id, signOffs.managerId))
    .where(inArray(decisions.contactId, contactIds))
    .orderBy(desc(decisions.recordedAt));
  const outcomes = rows.length
    ? await queryable
        .select({
          decisionId: childDecisions.decisionId,
          contactChildId: childDecisions.contactChildId,
          decidedLevel: childDecisions.decidedLevel,
          outcome: childDecisions.outcome,
          firstName: contactChildren.firstName,
          lastName: contactChildren.lastName,
        })
        .from(childDecisions)
        .innerJoin(contactChildren, eq(contactChildren.id, childDecisions.contactChildId))
        .where(
          inArray(
            childDecisions.decisionId,
            rows.map((row) => row.id),
          ),
        )
        .orderBy(asc(contactChildren.position))
    : [];
  return rows.map((row) => ({
    id: row.id,
    contactId: row.contactId,
    state: row.state,
    rag: row.rag,
    rationale: row.rationale,
    outcomeReason: row.outcomeReason,
    internalNotes: row.internalNotes,
    referrerFeedback: row.referrerFeedback,
    recordedById: row.recordedById,
    recordedByName: row.recordedByName,
    recordedAt: row.recordedAt,
    children: outcomes
      .filter((outcome) => outcome.decisionId === row.id)
      .map((outcome) => ({
        contactChildId: outcome.contactChildId,
        childName: [outcome.firstName, outcome.lastName].filter(Boolean).join(" "),
        decidedLevel: outcome.decidedLevel,
        outcome: outcome.outcome,
      })),
    signOff:
      row.signOffResult && row.signOffManagerName && row.signOffAt
        ? {
            result: row.signOffResult,
            comment: row.signOffComment,
            managerName: row.signOffManagerName,
            occurredAt: row.signOffAt,
          }
        : null,
  }));
}

export interface DecisionForm {
  reference: string;
  rag: RagRating | null;
  referrerLevel: number | null;
  children: { id: string; firstName: string | null; lastName: string }[];
  levels: { level: number; name: string }[];
  openChecks: number;
}

/** What the decision page offers: the contact's children, its threshold document's levels, and any open checks. */
export async function decisionForm(actor: AuditActor, reference: string): Promise<DecisionForm | undefined> {
  const contact = await findContact(db(), reference);
  if (!contact) return undefined;
  const children = await db()
    .select({
      id: contactChildren.id,
      firstName: contactChildren.firstName,
      lastName: contactChildren.lastName,
      personId: contactChildren.personId,
    })
    .from(contactChildren)
    .where(eq(contactChildren.contactId, contact.id))
    .orderBy(asc(contactChildren.position));
  const [{ open } = { open: 0 }] = await db()
    .select({ open: count() })
    .from(informationChecks)
    .where(and(eq(informationChecks.contactId, contact.id), isNull(informationChecks.answeredAt)));
  const document = await thresholdDocumentById(contact.thresholdDocumentId, db());
  await recordAudit(db(), actor, {
    action: "mash.contact.viewed",
    subjectType: "contact",
    subjectId: contact.id,
    details: { reference, page: "decision" },
  });
  return {
    reference: contact.reference,
    rag: contact.rag,
    referrerLevel: contact.referrerLevel,
    children: children.map(({ personId: _personId, ...child }) => child),
    levels: (document?.document.levels ?? []).map(({ level, name }) => ({ level, name })),
    openChecks: open,
  };
}

export interface DecisionInput {
  rag: RagRating;
  children: { contactChildId: string; decidedLevel: number; outcome: string }[];
  rationale: string;
  /** Why an outcome is right at a level where the fit rules ask for a reason. */
  outcomeReason?: string;
  internalNotes?: string;
  referrerFeedback: string;
  /** The census primary need, for children whose outcome makes a referral. */
  primaryNeed?: PrimaryNeedCode;
}

/**
 * The screener's threshold decision: an outcome and level for every child in
 * the contact, with one rationale and one piece of feedback. Each outcome
 * must fit its level (`outcome-fit.ts`). If the council's sign-off rule
 * catches any child's outcome, the whole decision waits for a manager;
 * otherwise it stands and the referrer is told.
 */
export async function recordDecision(
  actor: AuditActor,
  user: CurrentUser,
  reference: string,
  input: DecisionInput,
  now = new Date(),
): Promise<Outcome<{ needsSignOff: boolean }>> {
  return db().transaction(async (tx) => {
    const contact = await lockContact(tx, reference);
    if (!contact) return refuse("notFound");
    const children = await tx
      .select({ id: contactChildren.id, personId: contactChildren.personId })
      .from(contactChildren)
      .where(eq(contactChildren.contactId, contact.id));
    const decided = new Set(input.children.map((child) => child.contactChildId));
    if (children.length !== input.children.length || children.some((child) => !decided.has(child.id))) {
      return refuse("mash.decision.error.everyChild");
    }
    const outcomeIds = new Set(mashSettings.outcomes.map((outcome) => outcome.id));
    if (input.children.some((child) => !outcomeIds.has(child.outcome))) return refuse("mash.decision.outcome.required");
    if (input.children.some((child) => outcomeFitProblem(child, input.outcomeReason, mashSettings.outcomeFit))) {
      return refuse("mash.decision.fit.refused");
    }
    const signOff = input.children.some((child) =>
      needsSignOff(
        child,
        {
          referrerSuggestedLevel: contact.referrerLevel,
          outcomeAnswersLevel: levelAnswered(child.outcome, mashSettings.outcomeFit),
        },
        mashSettings.signOffRule,
      ),
    );
    const next = screenerTransition(contact, user, { type: "record_decision", needsSignOff: signOff });
    if (!next.ok) return next;

    const [decision] = await tx
      .insert(decisions)
      .values({
        contactId: contact.id,
        rag: input.rag,
        rationale: input.rationale,
        outcomeReason: input.outcomeReason?.trim() || null,
        internalNotes: input.internalNotes || null,
        referrerFeedback: input.referrerFeedback,
        primaryNeed: input.primaryNeed ?? null,
        state: signOff ? "awaiting_sign_off" : "recorded",
        recordedBy: user.id,
        recordedAt: now,
      })
      .returning({ id: decisions.id });
    await tx.insert(childDecisions).values(input.children.map((child) => ({ ...child, decisionId: decision!.id })));
    await tx
      .update(contacts)
      .set({
        status: next.status,
        rag: input.rag,
        screeningDueAt: screeningDueAtFor(contact.receivedAt, input.rag),
        decidedAt: signOff ? null : now,
        ...touch,
      })
      .where(eq(contacts.id, contact.id));
    await recordAudit(
      tx,
      actor,
      children.map((child) => ({
        action: signOff ? "mash.decision.sentForSignOff" : "mash.decision.recorded",
        subjectType: "contact",
        subjectId: contact.id,
        personId: child.personId,
        details: {
          reference,
          decisionId: decision!.id,
          contactChildId: child.id,
          outcome: input.children.find((candidate) => candidate.contactChildId === child.id)!.outcome,
        },
      })),
    );
    if (signOff) {
      await tellManagers(tx, contact);
    } else {
      await tellReferrer(tx, contact);
      const outcomes = children.map((child) => ({
        contactChildId: child.id,
        personId: child.personId,
        outcome: input.children.find((candidate) => candidate.contactChildId === child.id)!.outcome,
      }));
      await startFollowOnWork(
        tx,
        actor,
        contact,
        { id: decision!.id, primaryNeed: input.primaryNeed ?? null },
        outcomes,
        now,
      );
    }
    return { ok: true, needsSignOff: signOff };
  });
}
