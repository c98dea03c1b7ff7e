import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, lte } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Transaction } from "#db/connection";
import { contactChildren, contacts, persons, referrals, users, type ContactRow } from "#db/schema";
import type { CurrentUser } from "~/auth/session.server";
import { council } from "~/council";
import { db } from "~/db.server";
import type { PrimaryNeedCode } from "~/domain/contact/census";
import { addMonths, calendarDate } from "~/domain/early-help/calendar-date";
import { countEarlierReferrals, reReferralMonths } from "~/domain/referrals/re-referral";
import { recordAudit, type AuditActor } from "./audit.server";
import { mashSettings } from "./mash-settings.server";

/**
 * The referral record: what a contact becomes when a decision that stands
 * accepts a child for a social care response, and what the census and Annex A
 * List 3 are drawn from. Made here, allocated here, closed as no further
 * action here; every step audited against the child.
 */

/** The roles a referral can be allocated to. */
const allocatableRoles = ["social_worker", "social_care_manager"] as const;

interface DecidedChild {
  contactChildId: string;
  personId: string | null;
  outcome: string;
}

/**
 * Makes a referral for each child whose outcome creates one (`createsReferral`
 * in the council's outcome list). Called in the transaction in which a
 * decision comes to stand: recorded without sign-off, or approved. The
 * referral date is the day the contact was received; the 12-month count is of
 * the child's (their person record's) referrals up to that date. A child
 * already referred from this contact keeps the referral they have.
 */
export async function makeReferrals(
  tx: Transaction,
  actor: AuditActor,
  contact: ContactRow,
  decision: { id: string; primaryNeed: PrimaryNeedCode | null },
  children: readonly DecidedChild[],
): Promise<void> {
  const referralOutcomes = new Set(
    mashSettings.outcomes.filter((outcome) => outcome.createsReferral).map((outcome) => outcome.id),
  );
  const referralDate = calendarDate(contact.receivedAt);
  for (const child of children) {
    if (!referralOutcomes.has(child.outcome)) continue;
    const earlier = child.personId
      ? await tx
          .select({ id: referrals.id, referralDate: referrals.referralDate })
          .from(referrals)
          .where(
            and(
              eq(referrals.personId, child.personId),
              gte(referrals.referralDate, addMonths(referralDate, -reReferralMonths)),
              lte(referrals.referralDate, referralDate),
            ),
          )
      : [];
    const [made] = await tx
      .insert(referrals)
      .values({
        contactId: contact.id,
        contactChildId: child.contactChildId,
        personId: child.personId,
        decisionId: decision.id,
        outcome: child.outcome,
        referralDate,
        referralSource: contact.referralSource,
        primaryNeed: decision.primaryNeed ?? "N0",
        referralsInPrevious12Months: countEarlierReferrals(referralDate, earlier),
      })
      .onConflictDoNothing({ target: referrals.contactChildId })
      .returning({ id: referrals.id, referralsInPrevious12Months: referrals.referralsInPrevious12Months });
    if (!made) continue;
    await recordAudit(tx, actor, {
      action: "referral.created",
      subjectType: "referral",
      subjectId: made.id,
      personId: child.personId,
      details: {
        reference: contact.reference,
        contactChildId: child.contactChildId,
        outcome: child.outcome,
        referralsInPrevious12Months: made.referralsInPrevious12Months,
      },
    });
  }
}

export interface ReferralSummary {
  id: string;
  contactReference: string;
  childName: string;
  referralDate: string;
  referralSource: string;
  primaryNeed: PrimaryNeedCode;
  referralsInPrevious12Months: number;
  nfa: boolean;
  allocatedTeam: string | null;
  allocatedWorkerName: string | null;
  allocatedAt: Date | null;
}

export interface ReferralLists {
  awaitingAllocation: ReferralSummary[];
  recentlyAllocated: ReferralSummary[];
}

const worker = alias(users, "worker");

const summaryColumns = {
  id: referrals.id,
  contactReference: contacts.reference,
  firstName: contactChildren.firstName,
  lastName: contactChildren.lastName,
  referralDate: referrals.referralDate,
  referralSource: referrals.referralSource,
  primaryNeed: referrals.primaryNeed,
  referralsInPrevious12Months: referrals.referralsInPrevious12Months,
  nfa: referrals.nfa,
  allocatedTeam: referrals.allocatedTeam,
  allocatedWorkerName: worker.name,
  allocatedAt: referrals.allocatedAt,
};

function summary(row: { firstName: string | null; lastName: string; [key: string]: unknown }): ReferralSummary {
  const { firstName, lastName, ...rest } = row;
  return {
    ...(rest as Omit<ReferralSummary, "childName">),
    childName: [firstName, lastName].filter(Boolean).join(" "),
  };
}

/** How many of the most recently allocated referrals the list shows beneath those waiting. */
const recentlyAllocatedShown = 25;

/** Social care's list: every referral waiting for allocation, the longest-waiting first, then the latest allocated. */
export async function referralLists(actor: AuditActor): Promise<ReferralLists> {
  const base = () =>
    db()
      .select(summaryColumns)
      .from(referrals)
      .innerJoin(contacts, eq(contacts.id, referrals.contactId))
      .innerJoin(contactChildren, eq(contactChildren.id, referrals.contactChildId))
      .leftJoin(worker, eq(worker.id, referrals.allocatedWorkerId));
  const [awaiting, allocated] = await Promise.all([
    base().where(isNull(referrals.allocatedAt)).orderBy(asc(referrals.createdAt)),
    base().where(isNotNull(referrals.allocatedAt)).orderBy(desc(referrals.allocatedAt)).limit(recentlyAllocatedShown),
  ]);
  await recordAudit(db(), actor, {
    action: "referral.listViewed",
    details: { shown: [...awaiting, ...allocated].map((row) => row.id) },
  });
  return { awaitingAllocation: awaiting.map(summary), recentlyAllocated: allocated.map(summary) };
}

export interface ReferralDetail extends ReferralSummary {
  allocatedWorkerId: string | null;
  dateOfBirth: string | null;
  dueDate: string | null;
  caseSystemId: string | null;
  nfaRecordedAt: Date | null;
}

export interface AllocationOptions {
  teams: readonly string[];
  workers: { id: string; name: string; jobTitle: string | null }[];
}

async function loadReferral(queryable: Transaction | ReturnType<typeof db>, referralId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(referralId)) return undefined;
  const [row] = await queryable
    .select({
      ...summaryColumns,
      personId: referrals.personId,
      allocatedWorkerId: referrals.allocatedWorkerId,
      dateOfBirth: contactChildren.dateOfBirth,
      dueDate: contactChildren.dueDate,
      caseSystemId: persons.caseSystemId,
      nfaRecordedAt: referrals.nfaRecordedAt,
    })
    .from(referrals)
    .innerJoin(contacts, eq(contacts.id, referrals.contactId))
    .innerJoin(contactChildren, eq(contactChildren.id, referrals.contactChildId))
    .leftJoin(persons, eq(persons.id, referrals.personId))
    .leftJoin(worker, eq(worker.id, referrals.allocatedWorkerId))
    .where(eq(referrals.id, referralId));
  return row;
}

/** One referral, with what allocating it offers; the view is audited against the child. */
export async function openReferral(
  actor: AuditActor,
  referralId: string,
): Promise<{ referral: ReferralDetail; options: AllocationOptions } | undefined> {
  const row = await loadReferral(db(), referralId);
  if (!row) return undefined;
  const { personId, ...rest } = row;
  await recordAudit(db(), actor, {
    action: "referral.viewed",
    subjectType: "referral",
    subjectId: row.id,
    personId,
  });
  const workers = await db()
    .select({ id: users.id, name: users.name, jobTitle: users.jobTitle })
    .from(users)
    .where(and(eq(users.active, true), inArray(users.role, [...allocatableRoles])))
    .orderBy(users.name);
  return {
    referral: summary(rest) as ReferralDetail,
    options: { teams: council.socialCareTeams, workers },
  };
}

export interface AllocationInput {
  team: string;
  workerId: string;
  primaryNeed: PrimaryNeedCode;
}

export type ReferralOutcome = { ok: true } | { ok: false; field: "team" | "workerId" | ""; key: ReferralErrorKey };
type ReferralErrorKey =
  | "referrals.allocate.team.required"
  | "referrals.allocate.worker.required"
  | "referrals.error.notFound"
  | "referrals.nfa.error.already";

/**
 * The social care team manager allocates a referral to a team and a worker,
 * and may correct its primary need. Allocating again moves it; each time is audited.
 */
export async function allocateReferral(
  actor: AuditActor,
  user: CurrentUser,
  referralId: string,
  input: AllocationInput,
  now = new Date(),
): Promise<ReferralOutcome> {
  if (!(council.socialCareTeams as readonly string[]).includes(input.team)) {
    return { ok: false, field: "team", key: "referrals.allocate.team.required" };
  }
  return db().transaction(async (tx) => {
    const referral = await loadReferral(tx, referralId);
    if (!referral) return { ok: false, field: "", key: "referrals.error.notFound" } as const;
    const [chosen] = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.id, input.workerId), eq(users.active, true), inArray(users.role, [...allocatableRoles])));
    if (!chosen) return { ok: false, field: "workerId", key: "referrals.allocate.worker.required" } as const;
    await tx
      .update(referrals)
      .set({
        allocatedTeam: input.team,
        allocatedWorkerId: chosen.id,
        allocatedAt: now,
        allocatedBy: user.id,
        primaryNeed: input.primaryNeed,
      })
      .where(eq(referrals.id, referral.id));
    await recordAudit(tx, actor, {
      action: referral.allocatedAt ? "referral.reallocated" : "referral.allocated",
      subjectType: "referral",
      subjectId: referral.id,
      personId: referral.personId,
      details: {
        team: input.team,
        workerId: chosen.id,
        ...(input.primaryNeed === referral.primaryNeed
          ? {}
          : { primaryNeed: { from: referral.primaryNeed, to: input.primaryNeed } }),
      },
    });
    return { ok: true } as const;
  });
}

/** The referral ended in no further action: the census's `ReferralNFA`. */
export async function recordReferralNfa(
  actor: AuditActor,
  referralId: string,
  now = new Date(),
): Promise<ReferralOutcome> {
  return db().transaction(async (tx) => {
    const referral = await loadReferral(tx, referralId);
    if (!referral) return { ok: false, field: "", key: "referrals.error.notFound" } as const;
    if (referral.nfa) return { ok: false, field: "", key: "referrals.nfa.error.already" } as const;
    await tx.update(referrals).set({ nfa: true, nfaRecordedAt: now }).where(eq(referrals.id, referral.id));
    await recordAudit(tx, actor, {
      action: "referral.nfaRecorded",
      subjectType: "referral",
      subjectId: referral.id,
      personId: referral.personId,
    });
    return { ok: true } as const;
  });
}
