import type { AppLoadContext } from "@remix-run/node";
import type { Queryable } from "#db/connection";
import { auditEvents } from "#db/schema";
import type { CurrentUser } from "~/auth/session.server";
import { db } from "~/db.server";
import type { AuditAction } from "~/domain/audit/actions";

/** Who did it, and from where: the same for every event a request writes. */
export interface AuditActor {
  user: Pick<CurrentUser, "id" | "role" | "organisationId"> | null;
  ipAddress: string | null;
  correlationId: string | null;
}

export interface AuditEvent {
  /** One of the listed actions, named by the scheme there (`~/domain/audit/actions`). */
  action: AuditAction;
  subjectType?: string;
  subjectId?: string;
  /** The child's person record, when the event is about a child: what "who has viewed this child" searches. */
  personId?: string | null;
  /** Why, where the action needs a reason (a role change, a deactivation, a break-glass view). */
  reason?: string;
  details?: Record<string, unknown>;
}

export function auditActor(context: Pick<AppLoadContext, "ipAddress" | "correlationId">, user: CurrentUser | null) {
  return {
    user: user ? { id: user.id, role: user.role, organisationId: user.organisationId } : null,
    ipAddress: context.ipAddress || null,
    correlationId: context.correlationId || null,
  } satisfies AuditActor;
}

/**
 * Appends events to the audit trail, all of them in one statement: a page
 * that shows several children's records writes its events in one round trip,
 * and they stand or fall together. Pass the transaction that makes the
 * change, so that the change and its record stand or fall together too. The
 * table refuses updates and deletes (migration 0001).
 */
export async function recordAudit(
  queryable: Queryable,
  actor: AuditActor,
  events: AuditEvent | AuditEvent[],
): Promise<void> {
  const rows = (Array.isArray(events) ? events : [events]).map((event) => ({
    userId: actor.user?.id ?? null,
    userRole: actor.user?.role ?? null,
    organisationId: actor.user?.organisationId ?? null,
    action: event.action,
    subjectType: event.subjectType ?? null,
    subjectId: event.subjectId ?? null,
    personId: event.personId ?? null,
    ipAddress: actor.ipAddress,
    correlationId: actor.correlationId,
    reason: event.reason ?? null,
    details: event.details ?? null,
  }));
  if (rows.length > 0) await queryable.insert(auditEvents).values(rows);
}

/** Records that someone looked at a list or page that reads no single record (which its own service audits). */
export function recordView(actor: AuditActor, event: AuditEvent): Promise<void> {
  return recordAudit(db(), actor, event);
}
