import { asc, eq, inArray } from "drizzle-orm";
import { contactChildren, contacts, organisations, users } from "#db/schema";
import type { CurrentUser } from "~/auth/session.server";
import type { ContactChannel } from "~/domain/contact/channels";
import { db } from "~/db.server";
import { statusesAwaitingDecision, type ContactStatus } from "~/domain/mash/contact-status";
import { contactKnownBecause, type KnownReason } from "~/domain/mash/known-child";
import { compareQueueOrder, firstDeadline, type DeadlineName } from "~/domain/mash/queue-order";
import type { RagRating } from "~/domain/mash/rag";
import { clampPage, pageCount, type PageRequest } from "~/lists/pages";
import type { TimeLeft } from "~/domain/working-days";
import { recordAudit, type AuditActor } from "./audit.server";
import { knownChildren } from "./known-children.server";
import { screeningClock } from "./mash-settings.server";

type RagFilter = RagRating | "unrated";

/** A screener works down the queue; fifty is a morning's worth at a glance, and the page stays quick to refresh. */
export const queuePageSize = 50;

/** The queue's filters, each optional; `assignee` is "me", "unassigned" or a user id. */
export interface QueueFilters {
  rag?: RagFilter;
  status?: ContactStatus;
  source?: string;
  assignee?: string;
  overdue?: boolean;
}

/** What the queue knows of each undecided contact before it picks the page to show. */
interface QueuedContact {
  id: string;
  reference: string;
  /** When the council received it (a phoned contact: the call, not the typing up). */
  receivedAt: Date;
  channel: ContactChannel;
  /** A professional's phoned report not yet confirmed in writing: when confirmation is due. */
  confirmationDueAt: Date | null;
  /** Null when the referrer was not a professional from an organisation the portal knows. */
  organisationName: string | null;
  referralSource: string;
  immediateDanger: boolean;
  children: string[];
  rag: RagRating | null;
  status: ContactStatus;
  assignee: { id: string; name: string } | null;
  screeningDueAt: Date;
  decisionDueAt: Date;
  /** The deadline that falls first: the contact is ordered by it, and overdue once it has passed. */
  first: DeadlineName;
  overdue: boolean;
}

/** A row of the page shown: both deadlines named, each with the working time left. */
export interface QueueEntry extends Omit<QueuedContact, "screeningDueAt" | "decisionDueAt" | "id"> {
  screening: Deadline;
  decision: Deadline;
  /** Why the council already knows a child in the contact (`known-child.ts`); empty when it knows none. */
  known: KnownReason[];
}

interface Deadline {
  dueAt: Date;
  timeLeft: TimeLeft;
}

interface QueueCounts {
  all: number;
  rag: Record<RagFilter, number>;
  status: Partial<Record<ContactStatus, number>>;
  source: Record<string, number>;
  assignee: Record<string, number>;
  overdue: number;
}

export interface Queue {
  /** One page of the contacts that match the filters, most urgent first. */
  entries: QueueEntry[];
  page: number;
  pageCount: number;
  /** How many contacts match the filters, on every page. */
  matching: number;
  counts: QueueCounts;
  /** Everyone who has a contact in the queue, for the assignee filter. */
  assignees: { id: string; name: string }[];
}

function matches(entry: QueuedContact, filters: QueueFilters, userId: string): boolean {
  if (filters.rag && (entry.rag ?? "unrated") !== filters.rag) return false;
  if (filters.status && entry.status !== filters.status) return false;
  if (filters.source && entry.referralSource !== filters.source) return false;
  if (filters.overdue && !entry.overdue) return false;
  if (filters.assignee) {
    const assigneeId = entry.assignee?.id ?? null;
    if (filters.assignee === "unassigned") return assigneeId === null;
    return assigneeId === (filters.assignee === "me" ? userId : filters.assignee);
  }
  return true;
}

const increment = (counts: Record<string, number>, key: string) => {
  counts[key] = (counts[key] ?? 0) + 1;
};

function countEntries(entries: QueuedContact[], userId: string): QueueCounts {
  const counts: QueueCounts = {
    all: entries.length,
    rag: { unrated: 0, red: 0, amber: 0, green: 0 },
    status: {},
    source: {},
    assignee: { me: 0, unassigned: 0 },
    overdue: 0,
  };
  for (const entry of entries) {
    increment(counts.rag, entry.rag ?? "unrated");
    increment(counts.status, entry.status);
    increment(counts.source, entry.referralSource);
    if (entry.assignee) {
      increment(counts.assignee, entry.assignee.id);
      if (entry.assignee.id === userId) increment(counts.assignee, "me");
    } else {
      increment(counts.assignee, "unassigned");
    }
    if (entry.overdue) counts.overdue++;
  }
  return counts;
}

/**
 * Submitted contacts not yet decided, a page at a time, in the order a
 * screener should open them (`compareQueueOrder`: immediate danger not yet
 * rated first, then by RAG rating, the first deadline, and when received).
 * Undecided contacts number in the hundreds at most, so they are ordered and
 * counted here, reading the deadlines stored on each contact, rather than in SQL.
 */
export async function mashQueue(
  actor: AuditActor,
  user: CurrentUser,
  filters: QueueFilters,
  request: PageRequest = { page: 1, pageSize: queuePageSize },
  now = new Date(),
): Promise<Queue> {
  const awaitingDecision = inArray(contacts.status, [...statusesAwaitingDecision]);
  // Both at once, the children by subquery: a thousand contact ids as parameters cost more to build than to run.
  const [rows, children] = await Promise.all([
    db()
      .select({
        id: contacts.id,
        reference: contacts.reference,
        receivedAt: contacts.receivedAt,
        channel: contacts.channel,
        confirmationDueAt: contacts.confirmationDueAt,
        confirmedAt: contacts.confirmedAt,
        referralSource: contacts.referralSource,
        immediateDanger: contacts.immediateDanger,
        rag: contacts.rag,
        screeningDueAt: contacts.screeningDueAt,
        decisionDueAt: contacts.decisionDueAt,
        status: contacts.status,
        assigneeId: users.id,
        assigneeName: users.name,
        organisationName: organisations.name,
      })
      .from(contacts)
      .leftJoin(organisations, eq(organisations.id, contacts.organisationId))
      .leftJoin(users, eq(users.id, contacts.assignedTo))
      .where(awaitingDecision),
    db()
      .select({
        id: contactChildren.id,
        contactId: contactChildren.contactId,
        firstName: contactChildren.firstName,
        lastName: contactChildren.lastName,
        dateOfBirth: contactChildren.dateOfBirth,
        nhsNumber: contactChildren.nhsNumber,
        personId: contactChildren.personId,
      })
      .from(contactChildren)
      .where(
        inArray(contactChildren.contactId, db().select({ id: contacts.id }).from(contacts).where(awaitingDecision)),
      )
      .orderBy(asc(contactChildren.contactId), asc(contactChildren.position)),
  ]);
  const childrenByContact = new Map<string, typeof children>();
  for (const child of children) {
    const siblings = childrenByContact.get(child.contactId);
    if (siblings) siblings.push(child);
    else childrenByContact.set(child.contactId, [child]);
  }
  rows.sort(compareQueueOrder);
  const all = rows.map((row): QueuedContact => {
    const first = firstDeadline(row);
    return {
      id: row.id,
      reference: row.reference,
      receivedAt: row.receivedAt,
      channel: row.channel,
      confirmationDueAt: row.confirmedAt ? null : row.confirmationDueAt,
      organisationName: row.organisationName,
      referralSource: row.referralSource,
      immediateDanger: row.immediateDanger,
      children: (childrenByContact.get(row.id) ?? []).map((child) =>
        [child.firstName, child.lastName].filter(Boolean).join(" "),
      ),
      rag: row.rag,
      status: row.status,
      assignee: row.assigneeId && row.assigneeName ? { id: row.assigneeId, name: row.assigneeName } : null,
      screeningDueAt: row.screeningDueAt,
      decisionDueAt: row.decisionDueAt,
      first: first.name,
      overdue: first.dueAt <= now,
    };
  });
  const matching = all.filter((entry) => matches(entry, filters, user.id));
  const { page, pageSize, offset } = clampPage(request, matching.length);
  // Working time left is worked out for the page shown only: overdue or not is all the rest need.
  const deadline = (dueAt: Date): Deadline => ({ dueAt, timeLeft: screeningClock.describeTimeLeft(now, dueAt) });
  const shown = matching.slice(offset, offset + pageSize);
  // Known children for the page shown, in one query.
  const known = await knownChildren(
    db(),
    shown.flatMap((entry) =>
      (childrenByContact.get(entry.id) ?? []).map((child) => ({
        contactChildId: child.id,
        contactId: entry.id,
        receivedAt: entry.receivedAt,
        firstName: child.firstName,
        lastName: child.lastName,
        dateOfBirth: child.dateOfBirth,
        nhsNumber: child.nhsNumber,
        personIds: child.personId ? [child.personId] : [],
      })),
    ),
  );
  const entries = shown.map(({ id, screeningDueAt, decisionDueAt, ...entry }): QueueEntry => ({
    ...entry,
    screening: deadline(screeningDueAt),
    decision: deadline(decisionDueAt),
    known: contactKnownBecause((childrenByContact.get(id) ?? []).map((child) => known.get(child.id) ?? [])),
  }));

  const assignees = new Map<string, string>();
  for (const entry of all) if (entry.assignee) assignees.set(entry.assignee.id, entry.assignee.name);

  await recordAudit(db(), actor, {
    action: "mash.queue.viewed",
    details: { filters, shown: entries.map((entry) => entry.reference) },
  });
  return {
    entries,
    page,
    pageCount: pageCount(matching.length, pageSize),
    matching: matching.length,
    counts: countEntries(all, user.id),
    assignees: [...assignees].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name)),
  };
}
