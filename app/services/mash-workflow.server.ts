import { and, eq, inArray, isNull } from "drizzle-orm";
import { contacts, users } from "#db/schema";
import type { CurrentUser } from "~/auth/session.server";
import { db } from "~/db.server";
import { transition } from "~/domain/mash/contact-status";
import type { RagRating } from "~/domain/mash/rag";
import type { Role } from "~/domain/roles";
import { recordAudit, type AuditActor } from "./audit.server";
import {
  findContact,
  lockContact,
  refuse,
  screenerTransition,
  touch,
  withScreenerContact,
  type Outcome,
} from "./mash-contacts.server";
import { screeningDueAtFor } from "./mash-settings.server";

/** Who a manager can give a contact to. */
const screeningRoles: Role[] = ["mash_screener", "mash_manager"];

/**
 * A screener takes an unclaimed contact. One conditional UPDATE does it, so
 * of two screeners claiming at the same moment the database lets exactly one
 * through (see the claim concurrency ADR); the other is told why, from the contact as it now is.
 */
export async function claimContact(actor: AuditActor, user: CurrentUser, reference: string): Promise<Outcome> {
  const next = transition("submitted", { type: "claim" });
  if (!next.ok) throw new Error("The state machine no longer lets a submitted contact be claimed");
  return db().transaction(async (tx) => {
    const [claimed] = await tx
      .update(contacts)
      .set({ assignedTo: user.id, status: next.status, ...touch })
      .where(and(eq(contacts.reference, reference), eq(contacts.status, "submitted"), isNull(contacts.assignedTo)))
      .returning({ id: contacts.id });
    if (!claimed) {
      const contact = await findContact(tx, reference);
      if (!contact) return refuse("notFound");
      const refused = transition(contact.status, { type: "claim" });
      return refuse(refused.ok ? "workflow.error.alreadyClaimed" : refused.error);
    }
    await recordAudit(tx, actor, {
      action: "mash.contact.claimed",
      subjectType: "contact",
      subjectId: claimed.id,
      details: { reference },
    });
    return { ok: true };
  });
}

/** The screener puts the contact back in the queue for someone else. */
export async function releaseContact(actor: AuditActor, user: CurrentUser, reference: string): Promise<Outcome> {
  return db().transaction(async (tx) => {
    const contact = await lockContact(tx, reference);
    if (!contact) return refuse("notFound");
    const next = screenerTransition(contact, user, { type: "release" });
    if (!next.ok) return next;
    await tx
      .update(contacts)
      .set({ assignedTo: null, status: next.status, ...touch })
      .where(eq(contacts.id, contact.id));
    await recordAudit(tx, actor, {
      action: "mash.contact.released",
      subjectType: "contact",
      subjectId: contact.id,
      details: { reference },
    });
    return { ok: true };
  });
}

/** Whom a manager can give the contact to, by name, and who has it now. */
export async function assignmentOptions(reference: string) {
  const contact = await findContact(db(), reference);
  if (!contact) return undefined;
  const screeners = await db()
    .select({ id: users.id, name: users.name, jobTitle: users.jobTitle })
    .from(users)
    .where(and(inArray(users.role, screeningRoles), eq(users.active, true)))
    .orderBy(users.name);
  return {
    reference: contact.reference,
    screeners,
    current: screeners.find((screener) => screener.id === contact.assignedTo) ?? null,
  };
}

/** A manager gives a contact to a screener, whether or not someone already has it. */
export async function assignContact(
  actor: AuditActor,
  reference: string,
  screenerId: string,
): Promise<Outcome<{ screenerName: string }>> {
  return db().transaction(async (tx) => {
    const contact = await lockContact(tx, reference);
    if (!contact) return refuse("notFound");
    const next = transition(contact.status, { type: "assign" });
    if (!next.ok) return refuse(next.error);
    const [screener] = await tx
      .select({ id: users.id, name: users.name })
      .from(users)
      .where(and(eq(users.id, screenerId), inArray(users.role, screeningRoles), eq(users.active, true)));
    if (!screener) return refuse("mash.assign.screener.required");
    await tx
      .update(contacts)
      .set({ assignedTo: screener.id, status: next.status, ...touch })
      .where(eq(contacts.id, contact.id));
    await recordAudit(tx, actor, {
      action: contact.assignedTo ? "mash.contact.reassigned" : "mash.contact.assigned",
      subjectType: "contact",
      subjectId: contact.id,
      details: { reference, from: contact.assignedTo, to: screener.id },
    });
    return { ok: true, screenerName: screener.name };
  });
}

/**
 * The screener's RAG rating: it sets how fast screening and information
 * checks are due. The contact's screening deadline is worked out again from
 * receipt and stored, so every page and reminder reads the new one.
 */
export async function rateContact(
  actor: AuditActor,
  user: CurrentUser,
  reference: string,
  rag: RagRating,
): Promise<Outcome> {
  return withScreenerContact(user, reference, async (tx, contact) => {
    const screeningDueAt = screeningDueAtFor(contact.receivedAt, rag);
    await tx
      .update(contacts)
      .set({ rag, screeningDueAt, ...touch })
      .where(eq(contacts.id, contact.id));
    await recordAudit(tx, actor, {
      action: "mash.contact.rated",
      subjectType: "contact",
      subjectId: contact.id,
      details: { reference, from: contact.rag, to: rag, screeningDueAt: screeningDueAt.toISOString() },
    });
    return { ok: true };
  });
}
