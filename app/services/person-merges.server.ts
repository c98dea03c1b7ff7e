import { and, eq, inArray } from "drizzle-orm";
import { contactChildren, earlyHelpPlanChildren, personMerges, persons, referrals } from "#db/schema";
import type { CurrentUser } from "~/auth/session.server";
import { db } from "~/db.server";
import { mergeRefusal, undoMergeRefusal } from "~/domain/person-matching/merge";
import { recordAudit, type AuditActor } from "./audit.server";
import { refuse, type Outcome } from "./mash-contacts.server";
import { type PersonSummary } from "./person-matching.server";
import { isUuid } from "~/domain/uuid";
import { findPerson, lockPerson, mergesOf, type PersonMergeView } from "./person-records.server";

/** Merging two records of the same child, and undoing a merge exactly: both audited against both children. */
/**
 * Two records of the same child become one: the contacts, plans and
 * referrals on `mergedId` move to `keptId`, exactly which rows moved is kept,
 * and the merged record stays, marked, so that `undoMerge` can put everything
 * back. Audited against both children.
 */
export async function mergePersons(
  actor: AuditActor,
  user: CurrentUser,
  keptId: string,
  mergedId: string,
  reason: string,
  now = new Date(),
): Promise<Outcome<{ mergeId: string }>> {
  return db().transaction(async (tx) => {
    // Locked in id order, so that two merges of the same pair at once cannot deadlock.
    const [firstId, secondId] = [keptId, mergedId].sort();
    const first = await lockPerson(tx, firstId!);
    const second = firstId === secondId ? first : await lockPerson(tx, secondId!);
    const kept = first?.id === keptId ? first : second;
    const merged = first?.id === mergedId ? first : second;
    if (!kept || !merged) return refuse("notFound");
    const refusal = mergeRefusal(kept, merged);
    if (refusal) return refuse(refusal);

    const movedContactChildren = await tx
      .update(contactChildren)
      .set({ personId: kept.id })
      .where(eq(contactChildren.personId, merged.id))
      .returning({ id: contactChildren.id });
    const movedPlanChildren = await tx
      .update(earlyHelpPlanChildren)
      .set({ personId: kept.id })
      .where(eq(earlyHelpPlanChildren.personId, merged.id))
      .returning({ id: earlyHelpPlanChildren.id });
    const movedReferrals = await tx
      .update(referrals)
      .set({ personId: kept.id })
      .where(eq(referrals.personId, merged.id))
      .returning({ id: referrals.id });
    await tx.update(persons).set({ mergedIntoId: kept.id }).where(eq(persons.id, merged.id));
    const [merge] = await tx
      .insert(personMerges)
      .values({
        keptPersonId: kept.id,
        mergedPersonId: merged.id,
        movedContactChildIds: movedContactChildren.map((row) => row.id),
        movedPlanChildIds: movedPlanChildren.map((row) => row.id),
        movedReferralIds: movedReferrals.map((row) => row.id),
        reason,
        mergedBy: user.id,
        mergedAt: now,
      })
      .returning({ id: personMerges.id });
    await recordAudit(
      tx,
      actor,
      [kept.id, merged.id].map((personId) => ({
        action: "person.merged",
        subjectType: "person",
        subjectId: kept.id,
        personId,
        reason,
        details: {
          mergeId: merge!.id,
          keptPersonId: kept.id,
          mergedPersonId: merged.id,
          moved: {
            contactChildren: movedContactChildren.length,
            planChildren: movedPlanChildren.length,
            referrals: movedReferrals.length,
          },
        },
      })),
    );
    return { ok: true, mergeId: merge!.id };
  });
}

/** The merge, for the page that undoes it: which two records, and whether it still stands. */
export async function mergeToUndo(
  personId: string,
  mergeId: string,
): Promise<{ merge: PersonMergeView; kept: PersonSummary } | undefined> {
  if (!isUuid(mergeId)) return undefined;
  const found = await findPerson(db(), personId);
  if (!found) return undefined;
  const merge = (await mergesOf(db(), "kept", found.id)).find((candidate) => candidate.id === mergeId);
  if (!merge) return undefined;
  const { mergedIntoId: _mergedIntoId, ...kept } = found;
  return { merge, kept };
}

/**
 * Undoes a merge made in error: exactly the rows the merge moved go back to
 * the merged record (those still on the kept one: a contact unlinked since
 * stays as it is), and the merged record is a child of its own again.
 */
export async function undoMerge(
  actor: AuditActor,
  user: CurrentUser,
  mergeId: string,
  reason: string,
  now = new Date(),
): Promise<Outcome<{ keptPersonId: string }>> {
  return db().transaction(async (tx) => {
    if (!isUuid(mergeId)) return refuse("notFound");
    const [merge] = await tx.select().from(personMerges).where(eq(personMerges.id, mergeId)).for("update");
    if (!merge) return refuse("notFound");
    const kept = await lockPerson(tx, merge.keptPersonId);
    const merged = await lockPerson(tx, merge.mergedPersonId);
    if (!kept || !merged) return refuse("notFound");
    const refusal = undoMergeRefusal({ unmergedAt: merge.unmergedAt, keptSinceMerged: kept.mergedIntoId !== null });
    if (refusal) return refuse(refusal);

    if (merge.movedContactChildIds.length) {
      await tx
        .update(contactChildren)
        .set({ personId: merged.id })
        .where(and(inArray(contactChildren.id, merge.movedContactChildIds), eq(contactChildren.personId, kept.id)));
    }
    if (merge.movedPlanChildIds.length) {
      await tx
        .update(earlyHelpPlanChildren)
        .set({ personId: merged.id })
        .where(
          and(inArray(earlyHelpPlanChildren.id, merge.movedPlanChildIds), eq(earlyHelpPlanChildren.personId, kept.id)),
        );
    }
    if (merge.movedReferralIds.length) {
      await tx
        .update(referrals)
        .set({ personId: merged.id })
        .where(and(inArray(referrals.id, merge.movedReferralIds), eq(referrals.personId, kept.id)));
    }
    await tx.update(persons).set({ mergedIntoId: null }).where(eq(persons.id, merged.id));
    await tx
      .update(personMerges)
      .set({ unmergedBy: user.id, unmergedAt: now, unmergeReason: reason })
      .where(eq(personMerges.id, merge.id));
    await recordAudit(
      tx,
      actor,
      [kept.id, merged.id].map((personId) => ({
        action: "person.unmerged",
        subjectType: "person",
        subjectId: kept.id,
        personId,
        reason,
        details: { mergeId: merge.id, keptPersonId: kept.id, mergedPersonId: merged.id },
      })),
    );
    return { ok: true, keptPersonId: kept.id };
  });
}
