import { and, asc, desc, eq, inArray, isNull, ne } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Queryable, Transaction } from "#db/connection";
import {
  contactChildren,
  contacts,
  earlyHelpPlanChildren,
  earlyHelpPlans,
  personMerges,
  persons,
  referrals,
  users,
} from "#db/schema";
import type { CurrentUser } from "~/auth/session.server";
import { db } from "~/db.server";
import { mergeRefusal, undoMergeRefusal } from "~/domain/person-matching/merge";
import { normaliseName } from "~/domain/person-matching/names";
import { recordAudit, type AuditActor } from "./audit.server";
import { refuse, type Outcome } from "./mash-contacts.server";
import {
  candidateOf,
  findCandidates,
  personSummaryColumns,
  type CandidateMatch,
  type PersonSummary,
} from "./person-matching.server";
import { isUuid } from "~/domain/uuid";

export interface PersonMergeView {
  id: string;
  /** The other record: the one merged into this, or the one this was merged into. */
  other: { id: string; firstName: string | null; lastName: string };
  reason: string;
  mergedByName: string;
  mergedAt: Date;
  unmerged: { byName: string; at: Date; reason: string } | null;
  moved: { contacts: number; plans: number; referrals: number };
}

export interface PersonRecordView {
  person: PersonSummary;
  /** Set when this record was merged into another: that one is the child's record now. */
  mergedInto: PersonMergeView | null;
  contacts: { reference: string; receivedAt: Date }[];
  plans: { reference: string; status: string }[];
  /** Records merged into this one, standing or undone, newest first. */
  merges: PersonMergeView[];
  /** Other records the matcher ranks alike: candidates to merge into this one. */
  possibleDuplicates: CandidateMatch[];
}

async function findPerson(queryable: Queryable, personId: string) {
  if (!isUuid(personId)) return undefined;
  const [person] = await queryable
    .select({ ...personSummaryColumns, mergedIntoId: persons.mergedIntoId })
    .from(persons)
    .where(eq(persons.id, personId));
  return person;
}

const other = alias(persons, "other");
const merger = alias(users, "merger");
const unmerger = alias(users, "unmerger");

async function mergesOf(queryable: Queryable, where: "kept" | "merged", personId: string): Promise<PersonMergeView[]> {
  const rows = await queryable
    .select({
      id: personMerges.id,
      otherId: other.id,
      otherFirstName: other.firstName,
      otherLastName: other.lastName,
      reason: personMerges.reason,
      mergedByName: merger.name,
      mergedAt: personMerges.mergedAt,
      unmergedByName: unmerger.name,
      unmergedAt: personMerges.unmergedAt,
      unmergeReason: personMerges.unmergeReason,
      movedContactChildIds: personMerges.movedContactChildIds,
      movedPlanChildIds: personMerges.movedPlanChildIds,
      movedReferralIds: personMerges.movedReferralIds,
    })
    .from(personMerges)
    .innerJoin(other, eq(other.id, where === "kept" ? personMerges.mergedPersonId : personMerges.keptPersonId))
    .innerJoin(merger, eq(merger.id, personMerges.mergedBy))
    .leftJoin(unmerger, eq(unmerger.id, personMerges.unmergedBy))
    .where(eq(where === "kept" ? personMerges.keptPersonId : personMerges.mergedPersonId, personId))
    .orderBy(desc(personMerges.mergedAt));
  return rows.map((row) => ({
    id: row.id,
    other: { id: row.otherId, firstName: row.otherFirstName, lastName: row.otherLastName },
    reason: row.reason,
    mergedByName: row.mergedByName,
    mergedAt: row.mergedAt,
    unmerged:
      row.unmergedAt && row.unmergedByName
        ? { byName: row.unmergedByName, at: row.unmergedAt, reason: row.unmergeReason ?? "" }
        : null,
    moved: {
      contacts: row.movedContactChildIds.length,
      plans: row.movedPlanChildIds.length,
      referrals: row.movedReferralIds.length,
    },
  }));
}

/**
 * A person record as a screener sees it to correct or merge it: its details,
 * the contacts and plans on it, the records merged into it (each undoable),
 * and other records alike enough to be the same child. Every person shown is
 * audited against that person.
 */
export async function personRecord(actor: AuditActor, personId: string): Promise<PersonRecordView | undefined> {
  const found = await findPerson(db(), personId);
  if (!found) return undefined;
  const { mergedIntoId, ...person } = found;
  const onContacts = await db()
    .select({ reference: contacts.reference, receivedAt: contacts.receivedAt })
    .from(contactChildren)
    .innerJoin(contacts, eq(contacts.id, contactChildren.contactId))
    .where(eq(contactChildren.personId, person.id))
    .orderBy(desc(contacts.receivedAt));
  const plans = await db()
    .selectDistinct({ reference: earlyHelpPlans.reference, status: earlyHelpPlans.status })
    .from(earlyHelpPlanChildren)
    .innerJoin(earlyHelpPlans, eq(earlyHelpPlans.id, earlyHelpPlanChildren.planId))
    .where(eq(earlyHelpPlanChildren.personId, person.id))
    .orderBy(asc(earlyHelpPlans.reference));
  const merges = await mergesOf(db(), "kept", person.id);
  const mergedInto = mergedIntoId
    ? ((await mergesOf(db(), "merged", person.id)).find((merge) => merge.unmerged === null) ?? null)
    : null;
  const possibleDuplicates = mergedIntoId
    ? []
    : (await findCandidates(db(), candidateOf(person), 6)).filter(
        (candidate) => candidate.personId !== person.id && candidate.strength !== "conflict",
      );

  await db().transaction(async (tx) => {
    const shown = [
      { personId: person.id, as: "record" },
      ...possibleDuplicates.map((candidate) => ({ personId: candidate.personId, as: "possibleDuplicate" })),
    ];
    for (const { personId: shownId, as } of shown) {
      await recordAudit(tx, actor, {
        action: "person.viewed",
        subjectType: "person",
        subjectId: person.id,
        personId: shownId,
        details: { as },
      });
    }
  });
  return { person, mergedInto, contacts: onContacts, plans, merges, possibleDuplicates };
}

/** Two records side by side before a merge, each audited as viewed. */
export async function mergePreview(
  actor: AuditActor,
  keptId: string,
  mergedId: string,
): Promise<{ kept: PersonSummary; merged: PersonSummary } | undefined> {
  const kept = await findPerson(db(), keptId);
  const merged = await findPerson(db(), mergedId);
  if (!kept || !merged) return undefined;
  await db().transaction(async (tx) => {
    for (const personId of [kept.id, merged.id]) {
      await recordAudit(tx, actor, {
        action: "person.viewed",
        subjectType: "person",
        subjectId: kept.id,
        personId,
        details: { as: "mergePreview" },
      });
    }
  });
  const { mergedIntoId: _kept, ...keptSummary } = kept;
  const { mergedIntoId: _merged, ...mergedSummary } = merged;
  return { kept: keptSummary, merged: mergedSummary };
}

async function lockPerson(tx: Transaction, personId: string) {
  if (!isUuid(personId)) return undefined;
  const [person] = await tx
    .select({ ...personSummaryColumns, mergedIntoId: persons.mergedIntoId })
    .from(persons)
    .where(eq(persons.id, personId))
    .for("update");
  return person;
}

export interface PersonCorrection {
  firstName: string | null;
  lastName: string;
  dateOfBirth: string | null;
  nhsNumber: string | null;
  reason: string;
}

/**
 * A screener puts a person record right: the name, the date of birth or the
 * NHS number. What it said before is kept in the audit trail, with why. An
 * NHS number already on another child's record is refused: that is a
 * duplicate to merge, or a mistake.
 */
export async function correctPerson(
  actor: AuditActor,
  user: CurrentUser,
  personId: string,
  correction: PersonCorrection,
): Promise<Outcome> {
  return db().transaction(async (tx) => {
    const person = await lockPerson(tx, personId);
    if (!person) return refuse("notFound");
    if (person.mergedIntoId) return refuse("mash.person.correct.error.merged");
    if (correction.nhsNumber) {
      const [holder] = await tx
        .select({ id: persons.id })
        .from(persons)
        .where(
          and(eq(persons.nhsNumber, correction.nhsNumber), ne(persons.id, person.id), isNull(persons.mergedIntoId)),
        )
        .limit(1);
      if (holder) return refuse("mash.person.correct.error.nhsNumberOnAnother");
    }
    const fields = ["firstName", "lastName", "dateOfBirth", "nhsNumber"] as const;
    const changed = fields.filter((field) => (person[field] ?? null) !== (correction[field] ?? null));
    if (changed.length === 0) return refuse("mash.person.correct.error.nothingChanged");
    await tx
      .update(persons)
      .set({
        firstName: correction.firstName,
        lastName: correction.lastName,
        normalisedName: normaliseName(correction.firstName, correction.lastName),
        dateOfBirth: correction.dateOfBirth,
        nhsNumber: correction.nhsNumber,
      })
      .where(eq(persons.id, person.id));
    await recordAudit(tx, actor, {
      action: "person.corrected",
      subjectType: "person",
      subjectId: person.id,
      personId: person.id,
      reason: correction.reason,
      details: {
        before: Object.fromEntries(changed.map((field) => [field, person[field] ?? null])),
        after: Object.fromEntries(changed.map((field) => [field, correction[field] ?? null])),
        correctedBy: user.id,
      },
    });
    return { ok: true };
  });
}

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
    for (const personId of [kept.id, merged.id]) {
      await recordAudit(tx, actor, {
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
      });
    }
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
    for (const personId of [kept.id, merged.id]) {
      await recordAudit(tx, actor, {
        action: "person.unmerged",
        subjectType: "person",
        subjectId: kept.id,
        personId,
        reason,
        details: { mergeId: merge.id, keptPersonId: kept.id, mergedPersonId: merged.id },
      });
    }
    return { ok: true, keptPersonId: kept.id };
  });
}
