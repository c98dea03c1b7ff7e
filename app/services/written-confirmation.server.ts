import { and, eq, type SQL } from "drizzle-orm";
import type { Queryable } from "#db/connection";
import { contacts, users } from "#db/schema";
import type { CurrentUser } from "~/auth/session.server";
import { council } from "~/council";
import { config } from "~/config.server";
import { db } from "~/db.server";
import { sameEmailDomain } from "~/domain/contact/email-domain";
import type { ConfirmContactAnswers } from "~/forms/contact/confirm";
import type { ReferrerAnswers } from "~/forms/contact/referrer";
import { formatDateTime } from "~/domain/date-format";
import { createTranslator } from "~/i18n/messages";
import { sendMail } from "~/mail/mailer.server";
import { inviteUserWithin } from "./accounts.server";
import { recordAudit, type AuditActor } from "./audit.server";

/**
 * A professional who phoned the MASH (or came in person) is asked to confirm
 * in writing what the MASH typed up, by the council's working-day deadline
 * (`writtenConfirmation` in app/domain/mash/policy.ts). With a portal account
 * they confirm or correct it from their own contact list. Without one, at an
 * organisation the portal knows and at that organisation's own email domain,
 * they are invited to make one; anyone else confirms by the MASH's secure email.
 */

type Invitation = "account" | "invited" | "none";

export async function askForWrittenConfirmation(
  tx: Queryable,
  actor: AuditActor,
  screener: Pick<CurrentUser, "name">,
  request: {
    reference: string;
    dueAt: Date;
    referrer: ReferrerAnswers;
    organisation: { id: string } | undefined;
  },
): Promise<Invitation> {
  const { reference, referrer, organisation } = request;
  const email = referrer.email.trim().toLowerCase();
  const [account] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.email, email), eq(users.active, true)));
  let invitation: Invitation = account ? "account" : "none";
  if (!account && organisation && actor.user && (await isOrganisationDomain(tx, organisation.id, email))) {
    const invited = await inviteUserWithin(
      tx,
      { ...actor, user: actor.user },
      screener,
      { name: referrer.name, email, organisationId: organisation.id, role: "partner", jobTitle: referrer.role },
      { toConfirmContact: reference },
    );
    if (invited.ok) invitation = "invited";
  }
  const t = createTranslator("en");
  const link = `${config().appUrl}/contacts/${reference}`;
  const dueBy = formatDateTime(request.dueAt);
  await sendMail(tx, {
    to: email,
    template: "writtenConfirmationRequested",
    personalisation: {
      name: referrer.name,
      reference,
      dueBy,
      link,
      nextStep: t(`mail.writtenConfirmationRequested.${invitation}`, {
        dueBy,
        phone: council.mashPhone,
      }),
    },
  });
  return invitation;
}

/** Whether an address is at the same domain as an active member of the organisation: a typo is not invited in. */
async function isOrganisationDomain(tx: Queryable, organisationId: string, email: string): Promise<boolean> {
  const members = await tx
    .select({ email: users.email })
    .from(users)
    .where(and(eq(users.organisationId, organisationId), eq(users.active, true)));
  return sameEmailDomain(
    email,
    members.map((member) => member.email),
  );
}

type ConfirmResult = { ok: true } | { ok: false; error: "notFound" | "notAwaitingConfirmation" };

/**
 * A member of the referrer's organisation confirms in writing the contact the
 * MASH typed up from a phone call, or says what needs correcting. Once only;
 * the MASH sees it on the screening page and the queue stops flagging it.
 */
export function confirmContact(
  actor: AuditActor,
  user: CurrentUser,
  reference: string,
  answer: ConfirmContactAnswers,
  now = new Date(),
): Promise<ConfirmResult> {
  const theirs = and(eq(contacts.reference, reference), eq(contacts.organisationId, user.organisationId));
  return recordConfirmation(actor, reference, theirs, answer, now, { confirmedBy: user.id });
}

/** What the MASH's page for recording a confirmation that came by email or letter needs. */
export async function writtenConfirmationView(reference: string) {
  const [row] = await db()
    .select({
      reference: contacts.reference,
      dueAt: contacts.confirmationDueAt,
      confirmedAt: contacts.confirmedAt,
    })
    .from(contacts)
    .where(eq(contacts.reference, reference));
  return row?.dueAt ? { reference: row.reference, dueAt: row.dueAt, awaiting: row.confirmedAt === null } : undefined;
}

/**
 * A professional without an account confirms by email or letter, and the
 * screener records that it came (and any correction), so the queue stops
 * waiting for it. The screener is in the audit; `confirmedBy` stays empty,
 * as it names the referrer the decision is sent to.
 */
export function recordWrittenConfirmation(
  actor: AuditActor,
  reference: string,
  answer: ConfirmContactAnswers,
  now = new Date(),
): Promise<ConfirmResult> {
  return recordConfirmation(actor, reference, eq(contacts.reference, reference), answer, now, "mash");
}

/** Either way, a confirmation is recorded once, on a contact still awaiting one, and audited. */
async function recordConfirmation(
  actor: AuditActor,
  reference: string,
  contactIs: SQL | undefined,
  answer: ConfirmContactAnswers,
  now: Date,
  recordedBy: { confirmedBy: string } | "mash",
): Promise<ConfirmResult> {
  return db().transaction(async (tx) => {
    const [contact] = await tx
      .select({ id: contacts.id, confirmationDueAt: contacts.confirmationDueAt, confirmedAt: contacts.confirmedAt })
      .from(contacts)
      .where(contactIs)
      .for("update");
    if (!contact) return { ok: false as const, error: "notFound" as const };
    if (!contact.confirmationDueAt || contact.confirmedAt) {
      return { ok: false as const, error: "notAwaitingConfirmation" as const };
    }
    const correction = answer.accurate === "no" ? answer.correction : null;
    await tx
      .update(contacts)
      .set({
        confirmedAt: now,
        ...(recordedBy === "mash" ? {} : { confirmedBy: recordedBy.confirmedBy }),
        confirmationCorrection: correction,
        updatedAt: now,
      })
      .where(eq(contacts.id, contact.id));
    await recordAudit(tx, actor, {
      action: "contact.confirmedInWriting",
      subjectType: "contact",
      subjectId: contact.id,
      details: {
        reference,
        corrected: correction !== null,
        late: now > contact.confirmationDueAt,
        ...(recordedBy === "mash" ? { recordedByMash: true } : {}),
      },
    });
    return { ok: true as const };
  });
}
