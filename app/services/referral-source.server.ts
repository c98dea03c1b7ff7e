import { eq } from "drizzle-orm";
import { contacts, referrals } from "#db/schema";
import { db } from "~/db.server";
import type { ReferralSourceCorrection } from "~/forms/mash/referral-source";
import { recordAudit, type AuditActor } from "./audit.server";

/**
 * The census source a contact was recorded with is derived from who made it
 * (`deriveReferralSource`); a screener who knows better corrects it here, with
 * a reason, and the referrals the contact already became follow, so the
 * census return and Annex A List 3 read the corrected code.
 */

export interface ReferralSourceView {
  reference: string;
  referralSource: string;
}

export async function referralSourceView(reference: string): Promise<ReferralSourceView | undefined> {
  const [row] = await db()
    .select({ reference: contacts.reference, referralSource: contacts.referralSource })
    .from(contacts)
    .where(eq(contacts.reference, reference));
  return row;
}

export type CorrectReferralSourceResult =
  { ok: true } | { ok: false; error: "notFound" } | { ok: false; error: "mash.source.referralSource.unchanged" };

export async function correctReferralSource(
  actor: AuditActor,
  reference: string,
  correction: ReferralSourceCorrection,
  now = new Date(),
): Promise<CorrectReferralSourceResult> {
  return db().transaction(async (tx) => {
    const [contact] = await tx
      .select({ id: contacts.id, referralSource: contacts.referralSource })
      .from(contacts)
      .where(eq(contacts.reference, reference))
      .for("update");
    if (!contact) return { ok: false as const, error: "notFound" as const };
    if (contact.referralSource === correction.referralSource) {
      return { ok: false as const, error: "mash.source.referralSource.unchanged" as const };
    }
    await tx
      .update(contacts)
      .set({ referralSource: correction.referralSource, updatedAt: now })
      .where(eq(contacts.id, contact.id));
    const changedReferrals = await tx
      .update(referrals)
      .set({ referralSource: correction.referralSource })
      .where(eq(referrals.contactId, contact.id))
      .returning({ id: referrals.id });
    await recordAudit(tx, actor, {
      action: "contact.referralSourceCorrected",
      subjectType: "contact",
      subjectId: contact.id,
      reason: correction.reason,
      details: {
        reference,
        from: contact.referralSource,
        to: correction.referralSource,
        referralIds: changedReferrals.map(({ id }) => id),
      },
    });
    return { ok: true as const };
  });
}
