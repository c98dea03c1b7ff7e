import { and, count, desc, eq, gte, inArray, lt, max, min, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { auditEvents, contactChildren, organisations, users } from "#db/schema";
import { db } from "~/db.server";
import { zonedTime } from "~/domain/working-days/local-time";
import { recordAudit, type AuditActor } from "./audit.server";

export interface AuditSearch {
  email?: string;
  personId?: string;
  subjectType?: string;
  subjectId?: string;
  action?: string;
  /** ISO dates, inclusive, in UK time as people mean them. */
  from?: string;
  to?: string;
}

export const auditSearchLimit = 200;

const london = zonedTime("Europe/London");

/** The start of a calendar day in London, as an instant. */
function londonMidnight(isoDate: string): Date {
  return london.instantAt(isoDate, 0);
}

function nextDay(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** Searches the audit trail, newest first; the search itself is audited, since it reveals who did what. */
export async function searchAudit(actor: AuditActor, search: AuditSearch) {
  const conditions: SQL[] = [];
  if (search.email) conditions.push(eq(users.email, search.email.toLowerCase()));
  if (search.personId) conditions.push(eq(auditEvents.personId, search.personId));
  if (search.subjectType) conditions.push(eq(auditEvents.subjectType, search.subjectType));
  if (search.subjectId) conditions.push(eq(auditEvents.subjectId, search.subjectId));
  if (search.action) conditions.push(eq(auditEvents.action, search.action));
  if (search.from) conditions.push(gte(auditEvents.occurredAt, londonMidnight(search.from)));
  if (search.to) conditions.push(lt(auditEvents.occurredAt, londonMidnight(nextDay(search.to))));

  const events = await db()
    .select({
      id: auditEvents.id,
      occurredAt: auditEvents.occurredAt,
      action: auditEvents.action,
      userName: users.name,
      userEmail: users.email,
      userRole: auditEvents.userRole,
      subjectType: auditEvents.subjectType,
      subjectId: auditEvents.subjectId,
      personId: auditEvents.personId,
      ipAddress: auditEvents.ipAddress,
      reason: auditEvents.reason,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.userId))
    .where(and(...conditions))
    .orderBy(desc(auditEvents.id))
    .limit(auditSearchLimit);
  await recordAudit(db(), actor, { action: "audit.searched", details: { ...search } });
  return events;
}

/**
 * Everyone who has seen or changed anything about a child: every event that
 * names the child's person record, and every event about a contact with the
 * child on it (a partner opening the contact they sent, a screener's pages),
 * whether it came before or after the MASH linked the child to the record.
 */
export async function childRecordViewers(actor: AuditActor, personId: string) {
  const organisation = alias(organisations, "viewer_organisation");
  const viewers = await db()
    .select({
      userId: auditEvents.userId,
      name: users.name,
      email: users.email,
      role: auditEvents.userRole,
      organisationName: organisation.name,
      events: count(auditEvents.id),
      first: min(auditEvents.occurredAt),
      last: max(auditEvents.occurredAt),
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.userId))
    .leftJoin(organisation, eq(organisation.id, auditEvents.organisationId))
    .where(
      or(
        eq(auditEvents.personId, personId),
        and(
          eq(auditEvents.subjectType, "contact"),
          inArray(
            auditEvents.subjectId,
            db()
              .select({ id: sql<string>`${contactChildren.contactId}::text` })
              .from(contactChildren)
              .where(eq(contactChildren.personId, personId)),
          ),
        ),
      ),
    )
    .groupBy(auditEvents.userId, users.name, users.email, auditEvents.userRole, organisation.name)
    .orderBy(desc(max(auditEvents.occurredAt)));
  await recordAudit(db(), actor, { action: "audit.childViewersViewed", personId });
  return viewers;
}
