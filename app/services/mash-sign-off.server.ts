import { and, asc, eq } from "drizzle-orm";
import { childDecisions, contactChildren, contacts, decisions, signOffs } from "#db/schema";
import type { CurrentUser } from "~/auth/session.server";
import { db } from "~/db.server";
import { transition } from "~/domain/mash/contact-status";
import type { TimeLeft } from "~/domain/working-days";
import { recordAudit, type AuditActor } from "./audit.server";
import { lockContact, refuse, touch, type Outcome } from "./mash-contacts.server";
import { screeningClock } from "./mash-settings.server";
import { startFollowOnWork, tellReferrer } from "./mash-decision-follow-on.server";
import { loadDecisions, type ChildOutcome } from "./mash-decisions.server";

/** A manager's second pair of eyes: the decisions waiting for sign-off, and approving or returning one. */
export interface SignOffEntry {
  reference: string;
  recordedByName: string;
  recordedAt: Date;
  children: ChildOutcome[];
  referrerLevel: number | null;
  decisionDueAt: Date;
  decisionTimeLeft: TimeLeft;
}

/** What waits for a manager, the longest-waiting first. */
export async function awaitingSignOff(actor: AuditActor, now = new Date()): Promise<SignOffEntry[]> {
  const waiting = await db()
    .select({
      contactId: decisions.contactId,
      reference: contacts.reference,
      decisionDueAt: contacts.decisionDueAt,
      referrerLevel: contacts.referrerLevel,
    })
    .from(decisions)
    .innerJoin(contacts, eq(contacts.id, decisions.contactId))
    .where(eq(decisions.state, "awaiting_sign_off"))
    .orderBy(asc(decisions.recordedAt));
  const views = await loadDecisions(
    db(),
    waiting.map((row) => row.contactId),
  );
  await recordAudit(db(), actor, {
    action: "mash.signOff.listViewed",
    details: { shown: waiting.map((row) => row.reference) },
  });
  return waiting.map((row) => {
    const view = views.find(
      (candidate) => candidate.contactId === row.contactId && candidate.state === "awaiting_sign_off",
    )!;
    return {
      reference: row.reference,
      recordedByName: view.recordedByName,
      recordedAt: view.recordedAt,
      children: view.children,
      referrerLevel: row.referrerLevel,
      decisionDueAt: row.decisionDueAt,
      decisionTimeLeft: screeningClock.describeTimeLeft(now, row.decisionDueAt),
    };
  });
}

export type SignOffAnswer = { result: "approve" } | { result: "return"; comment: string };

/**
 * A manager approves a decision, which then stands and is sent to the
 * referrer, or returns it to the screener with a comment. Nobody signs off
 * their own decision.
 */
export async function signOffDecision(
  actor: AuditActor,
  user: CurrentUser,
  reference: string,
  answer: SignOffAnswer,
  now = new Date(),
): Promise<Outcome> {
  return db().transaction(async (tx) => {
    const contact = await lockContact(tx, reference);
    if (!contact) return refuse("notFound");
    const next = transition(
      contact.status,
      answer.result === "approve"
        ? { type: "approve_sign_off" }
        : { type: "return_from_sign_off", comment: answer.comment },
    );
    if (!next.ok) return refuse(next.error);
    const [decision] = await tx
      .select({ id: decisions.id, recordedBy: decisions.recordedBy, primaryNeed: decisions.primaryNeed })
      .from(decisions)
      .where(and(eq(decisions.contactId, contact.id), eq(decisions.state, "awaiting_sign_off")))
      .for("update");
    if (!decision) return refuse("workflow.error.notAwaitingSignOff");
    if (decision.recordedBy === user.id) return refuse("mash.signOff.error.ownDecision");
    const approved = answer.result === "approve";
    await tx
      .update(decisions)
      .set({ state: approved ? "approved" : "returned" })
      .where(eq(decisions.id, decision.id));
    await tx.insert(signOffs).values({
      decisionId: decision.id,
      result: approved ? "approved" : "returned",
      comment: answer.result === "return" ? answer.comment : null,
      managerId: user.id,
      occurredAt: now,
    });
    await tx
      .update(contacts)
      .set({ status: next.status, decidedAt: approved ? now : null, ...touch })
      .where(eq(contacts.id, contact.id));
    await recordAudit(tx, actor, {
      action: approved ? "mash.signOff.approved" : "mash.signOff.returned",
      subjectType: "contact",
      subjectId: contact.id,
      details: { reference, decisionId: decision.id },
    });
    if (approved) {
      await tellReferrer(tx, contact);
      const outcomes = await tx
        .select({
          contactChildId: childDecisions.contactChildId,
          personId: contactChildren.personId,
          outcome: childDecisions.outcome,
        })
        .from(childDecisions)
        .innerJoin(contactChildren, eq(contactChildren.id, childDecisions.contactChildId))
        .where(eq(childDecisions.decisionId, decision.id));
      await startFollowOnWork(tx, actor, contact, decision, outcomes, now);
    }
    return { ok: true };
  });
}
