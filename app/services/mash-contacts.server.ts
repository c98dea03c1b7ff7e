import { eq, sql } from "drizzle-orm";
import type { Queryable, Transaction } from "#db/connection";
import { contacts, type ContactChildRow, type ContactRow } from "#db/schema";
import type { CurrentUser } from "~/auth/session.server";
import { db } from "~/db.server";
import type { ContactDraftAnswers } from "~/domain/contact/journey";
import {
  refusalForScreeningWork,
  transition,
  type ContactEvent,
  type WorkflowError,
} from "~/domain/mash/contact-status";
import type { MessageKey } from "~/i18n/messages";

/** What a MASH use-case answers when it refuses: a catalogue key the page shows in its error summary. */
export type Refusal = { ok: false; error: WorkflowError | MessageKey | "notFound" };
export type Outcome<T = object> = ({ ok: true } & T) | Refusal;

export const refuse = (error: Refusal["error"]): Refusal => ({ ok: false, error });

/**
 * Locks the contact's row for the rest of the transaction, so that two people
 * acting on one contact at once (two screeners claiming, a screener deciding
 * while a manager reassigns) take turns, and the second sees the first's change.
 */
export async function lockContact(tx: Transaction, reference: string): Promise<ContactRow | undefined> {
  const [contact] = await tx.select().from(contacts).where(eq(contacts.reference, reference)).for("update");
  return contact;
}

export async function findContact(queryable: Queryable, reference: string): Promise<ContactRow | undefined> {
  const [contact] = await queryable.select().from(contacts).where(eq(contacts.reference, reference));
  return contact;
}

/** Only the screener working on a contact may change it; anyone else is told someone is already working on it. */
function checkAssignee(contact: ContactRow, user: CurrentUser): Refusal | null {
  if (contact.assignedTo !== user.id) return refuse("workflow.error.alreadyClaimed");
  return null;
}

/**
 * For the assigned screener's moves through the state machine (release,
 * request a check, record a decision): the next status, or why not. The state
 * machine speaks first, so a decided contact says "already decided" to everyone.
 */
export function screenerTransition(
  contact: ContactRow,
  user: CurrentUser,
  event: ContactEvent,
): Refusal | { ok: true; status: ContactRow["status"] } {
  const next = transition(contact.status, event);
  if (!next.ok) return refuse(next.error);
  return checkAssignee(contact, user) ?? next;
}

/** For rating, matching and linking: allowed to the assigned screener while the contact is being screened. */
function checkScreeningWork(contact: ContactRow, user: CurrentUser): Refusal | null {
  const refusal = refusalForScreeningWork(contact.status);
  if (refusal) return refuse(refusal);
  return checkAssignee(contact, user);
}

/**
 * The unit of work for rating, matching and linking: one transaction, the
 * contact locked, and "not found" or the reason the user may not change it
 * answered before the body sees the contact.
 */
export function withScreenerContact<T extends object>(
  user: CurrentUser,
  reference: string,
  body: (tx: Transaction, contact: ContactRow) => Promise<Outcome<T>>,
): Promise<Outcome<T>> {
  return db().transaction(async (tx) => {
    const contact = await lockContact(tx, reference);
    if (!contact) return refuse("notFound");
    return checkScreeningWork(contact, user) ?? body(tx, contact);
  });
}

export const touch = { updatedAt: sql`now()` };

/**
 * What the referrer answered about a child: the contact's own columns keep
 * what matching needs, the answers keep the rest (the full address, the sex
 * as given).
 */
export function answeredChild(
  answers: ContactDraftAnswers,
  child: Pick<ContactChildRow, "firstName" | "lastName" | "position">,
): ContactDraftAnswers["children"][number] | undefined {
  return (
    answers.children.find(
      (candidate) => candidate.lastName === child.lastName && (candidate.firstName ?? null) === child.firstName,
    ) ?? answers.children[child.position]
  );
}
