import { and, asc, eq, isNotNull, isNull, lte, sql, type SQL } from "drizzle-orm";
import { contactChildren, contacts, organisations, users } from "#db/schema";
import type { CurrentUser } from "~/auth/session.server";
import type { ContactChannel } from "~/domain/contact/channels";
import { db } from "~/db.server";
import { isUuid } from "~/domain/uuid";
import { statusesAwaitingDecision, type ContactStatus } from "~/domain/mash/contact-status";
import { contactKnownBecause, type KnownReason } from "~/domain/mash/known-child";
import { firstDeadline, type DeadlineName } from "~/domain/mash/queue-order";
import type { RagRating } from "~/domain/mash/rag";
import { clampPage, pageCount, type PageRequest } from "~/lists/pages";
import type { TimeLeft } from "~/domain/working-days";
import { recordAudit, type AuditActor } from "./audit.server";
import { knownChildren } from "./known-children.server";
import { screeningClock } from "./mash-settings.server";

type RagFilter = RagRating | "unrated";

/**
 * A screener works down the queue from its most urgent contact, with the
 * counts and filters above the table for the rest. Twenty-five rows is a
 * screen or two of them, and each row is most of the page's weight: at fifty,
 * the page was 116 KB and cost half as much again to make (issue 16).
 */
export const queuePageSize = 25;

/** The queue's filters, each optional; `assignee` is "me", "unassigned" or a user id. */
export interface QueueFilters {
  rag?: RagFilter;
  status?: ContactStatus;
  source?: string;
  assignee?: string;
  overdue?: boolean;
  /** Only professionals' phoned reports not yet confirmed in writing. */
  awaitingConfirmation?: boolean;
}

/** What the queue shows of each undecided contact. */
interface QueuedContact {
  id: string;
  reference: string;
  /** When the council received it (a phoned contact: the call, not the typing up). */
  receivedAt: Date;
  channel: ContactChannel;
  /** A professional's phoned report not yet confirmed in writing: when confirmation is due. */
  confirmationDueAt: Date | null;
  /** That confirmation's deadline has passed. */
  confirmationOverdue: boolean;
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
  awaitingConfirmation: number;
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

/** The filters as a condition on undecided contacts, for the page and for the count of those matching. */
function filterCondition(filters: QueueFilters, userId: string, now: Date): SQL | undefined {
  const assigneeId = filters.assignee === "me" ? userId : filters.assignee;
  return and(
    filters.rag === "unrated" ? isNull(contacts.rag) : filters.rag ? eq(contacts.rag, filters.rag) : undefined,
    filters.status ? eq(contacts.status, filters.status) : undefined,
    filters.source ? eq(contacts.referralSource, filters.source) : undefined,
    filters.overdue ? lte(contacts.queueDueAt, now) : undefined,
    filters.awaitingConfirmation ? awaitingConfirmation : undefined,
    filters.assignee === "unassigned"
      ? isNull(contacts.assignedTo)
      : assigneeId && isUuid(assigneeId)
        ? eq(contacts.assignedTo, assigneeId)
        : filters.assignee
          ? sql`false`
          : undefined,
  );
}

/** One group of undecided contacts that share every filterable fact; a queue has at most a few hundred. */
interface CountedGroup {
  rag: RagRating | null;
  status: ContactStatus;
  referralSource: string;
  assigneeId: string | null;
  assigneeName: string | null;
  overdue: boolean;
  awaitingConfirmation: boolean;
  count: number;
}

function groupMatches(group: CountedGroup, filters: QueueFilters, userId: string): boolean {
  if (filters.rag && (group.rag ?? "unrated") !== filters.rag) return false;
  if (filters.status && group.status !== filters.status) return false;
  if (filters.source && group.referralSource !== filters.source) return false;
  if (filters.overdue && !group.overdue) return false;
  if (filters.awaitingConfirmation && !group.awaitingConfirmation) return false;
  if (filters.assignee) {
    if (filters.assignee === "unassigned") return group.assigneeId === null;
    return group.assigneeId === (filters.assignee === "me" ? userId : filters.assignee);
  }
  return true;
}

function countGroups(groups: CountedGroup[], userId: string): QueueCounts {
  const counts: QueueCounts = {
    all: 0,
    rag: { unrated: 0, red: 0, amber: 0, green: 0 },
    status: {},
    source: {},
    assignee: { me: 0, unassigned: 0 },
    overdue: 0,
    awaitingConfirmation: 0,
  };
  const add = (record: Record<string, number>, key: string, count: number) => {
    record[key] = (record[key] ?? 0) + count;
  };
  for (const group of groups) {
    counts.all += group.count;
    add(counts.rag, group.rag ?? "unrated", group.count);
    add(counts.status, group.status, group.count);
    add(counts.source, group.referralSource, group.count);
    if (group.assigneeId) {
      add(counts.assignee, group.assigneeId, group.count);
      if (group.assigneeId === userId) add(counts.assignee, "me", group.count);
    } else {
      add(counts.assignee, "unassigned", group.count);
    }
    if (group.overdue) counts.overdue += group.count;
    if (group.awaitingConfirmation) counts.awaitingConfirmation += group.count;
  }
  return counts;
}

/** A professional's phoned report not yet confirmed in writing. */
const awaitingConfirmation = and(isNotNull(contacts.confirmationDueAt), isNull(contacts.confirmedAt))!;

/** Undecided contacts, as a literal list so every plan can use the queue's partial index. */
const undecided = sql`${contacts.status} in (${sql.raw(statusesAwaitingDecision.map((status) => `'${status}'`).join(", "))})`;

/**
 * The undecided contacts grouped by everything the queue counts them by, in
 * one statement that `contacts_queue_counts_idx` answers on its own. The
 * assignees' names are joined to the groups (a few dozen) rather than to every
 * contact: with a backlog of 5,000 that halves the grouping's work.
 */
export function queueCountGroups(now: Date) {
  const groups = db()
    .select({
      rag: contacts.rag,
      status: contacts.status,
      referralSource: contacts.referralSource,
      assigneeId: contacts.assignedTo,
      overdue: sql<boolean>`${contacts.queueDueAt} <= ${now.toISOString()}::timestamptz`.as("overdue"),
      awaitingConfirmation: sql<boolean>`${awaitingConfirmation}`.as("awaiting_confirmation"),
      count: sql<number>`count(*)::int`.as("count"),
    })
    .from(contacts)
    .where(undecided)
    // Every column but the count, by position: "overdue" is an expression with a parameter.
    .groupBy(sql`1, 2, 3, 4, 5, 6`)
    .as("groups");
  return db()
    .select({
      rag: groups.rag,
      status: groups.status,
      referralSource: groups.referralSource,
      assigneeId: groups.assigneeId,
      assigneeName: users.name,
      overdue: groups.overdue,
      awaitingConfirmation: groups.awaitingConfirmation,
      count: groups.count,
    })
    .from(groups)
    .leftJoin(users, eq(users.id, groups.assigneeId));
}

interface QueueChild {
  id: string;
  firstName: string | null;
  lastName: string;
  dateOfBirth: string | null;
  nhsNumber: string | null;
  personId: string | null;
}

/**
 * Submitted contacts not yet decided, a page at a time, in the order a
 * screener should open them (`compareQueueOrder`: immediate danger not yet
 * rated first, then by RAG rating, the first deadline, and when received).
 * The database orders and pages them by `contacts_queue_order_idx`, over
 * columns it keeps from the rating and deadlines, so a backlog of thousands
 * costs what a page costs. The page is one statement, so it is one consistent
 * slice of the queue however ratings change meanwhile, each contact once with
 * its children gathered beside it. The counts are one grouped statement.
 */
export async function mashQueue(
  actor: AuditActor,
  user: CurrentUser,
  filters: QueueFilters,
  request: PageRequest = { page: 1, pageSize: queuePageSize },
  now = new Date(),
): Promise<Queue> {
  const matchingCondition = and(undecided, filterCondition(filters, user.id, now));
  const readPage = (offset: number) =>
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
        children: sql<QueueChild[]>`(
          select coalesce(json_agg(json_build_object(
            'id', ${contactChildren.id}, 'firstName', ${contactChildren.firstName},
            'lastName', ${contactChildren.lastName}, 'dateOfBirth', ${contactChildren.dateOfBirth},
            'nhsNumber', ${contactChildren.nhsNumber}, 'personId', ${contactChildren.personId}
          ) order by ${contactChildren.position}), '[]'::json)
          from ${contactChildren} where ${contactChildren.contactId} = ${contacts.id})`,
      })
      .from(contacts)
      .leftJoin(organisations, eq(organisations.id, contacts.organisationId))
      .leftJoin(users, eq(users.id, contacts.assignedTo))
      .where(matchingCondition)
      .orderBy(asc(contacts.queuePriority), asc(contacts.queueDueAt), asc(contacts.receivedAt), asc(contacts.reference))
      .limit(request.pageSize)
      .offset(offset);
  const requestedOffset = (Math.max(1, request.page) - 1) * request.pageSize;
  // The page asked for and the counts at once; only a page past the end (rare) is read again as the last page.
  const [groups, requestedRows] = await Promise.all([queueCountGroups(now), readPage(requestedOffset)]);
  const matching = groups
    .filter((group) => groupMatches(group, filters, user.id))
    .reduce((sum, group) => sum + group.count, 0);
  const { page, pageSize, offset } = clampPage(request, matching);
  const rows = offset === requestedOffset ? requestedRows : await readPage(offset);

  // Working time left is worked out for the page shown only.
  const deadline = (dueAt: Date): Deadline => ({ dueAt, timeLeft: screeningClock.describeTimeLeft(now, dueAt) });
  // Known children for the page shown, in one query.
  const known = await knownChildren(
    db(),
    rows.flatMap((row) =>
      row.children.map((child) => ({
        contactChildId: child.id,
        contactId: row.id,
        receivedAt: row.receivedAt,
        firstName: child.firstName,
        lastName: child.lastName,
        dateOfBirth: child.dateOfBirth,
        nhsNumber: child.nhsNumber,
        personIds: child.personId ? [child.personId] : [],
      })),
    ),
  );
  const entries = rows.map((row): QueueEntry => {
    const first = firstDeadline(row);
    return {
      reference: row.reference,
      receivedAt: row.receivedAt,
      channel: row.channel,
      confirmationDueAt: row.confirmedAt ? null : row.confirmationDueAt,
      confirmationOverdue: !row.confirmedAt && row.confirmationDueAt !== null && row.confirmationDueAt <= now,
      organisationName: row.organisationName,
      referralSource: row.referralSource,
      immediateDanger: row.immediateDanger,
      children: row.children.map((child) => [child.firstName, child.lastName].filter(Boolean).join(" ")),
      rag: row.rag,
      status: row.status,
      assignee: row.assigneeId && row.assigneeName ? { id: row.assigneeId, name: row.assigneeName } : null,
      first: first.name,
      overdue: first.dueAt <= now,
      screening: deadline(row.screeningDueAt),
      decision: deadline(row.decisionDueAt),
      known: contactKnownBecause(row.children.map((child) => known.get(child.id) ?? [])),
    };
  });

  const assignees = new Map<string, string>();
  for (const group of groups)
    if (group.assigneeId && group.assigneeName) assignees.set(group.assigneeId, group.assigneeName);

  await recordAudit(db(), actor, {
    action: "mash.queue.viewed",
    details: { filters, shown: entries.map((entry) => entry.reference) },
  });
  return {
    entries,
    page,
    pageCount: pageCount(matching, pageSize),
    matching,
    counts: countGroups(groups, user.id),
    assignees: [...assignees].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name)),
  };
}
