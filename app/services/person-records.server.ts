import { and, asc, desc, eq, isNull, ne } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Queryable, Transaction } from "#db/connection";
import {
  contactChildren,
  contacts,
  earlyHelpPlanChildren,
  earlyHelpPlans,
  personMerges,
  persons,
  users,
} from "#db/schema";
import type { CurrentUser } from "~/auth/session.server";
import { db } from "~/db.server";
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

export async function findPerson(queryable: Queryable, personId: string) {
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

export async function mergesOf(
  queryable: Queryable,
  where: "kept" | "merged",
  personId: string,
): Promise<PersonMergeView[]> {
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

export async function lockPerson(tx: Transaction, personId: string) {
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
