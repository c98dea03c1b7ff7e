import { sql } from "drizzle-orm";
import { bigserial, index, inet, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/**
 * Append-only record of who saw or changed what. A trigger in the migrations
 * refuses UPDATE and DELETE, so not even the application can rewrite history.
 * Names are copied in rather than joined so that an event still reads true
 * after a user changes role or organisation.
 */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    occurredAt: timestamp("occurred_at", { withTimezone: true })
      .notNull()
      .default(sql`now()`),
    userId: uuid("user_id"),
    userRole: text("user_role"),
    organisationId: uuid("organisation_id"),
    action: text("action").notNull(),
    subjectType: text("subject_type"),
    subjectId: text("subject_id"),
    /** The person record of the child concerned, when the event is about a child. */
    personId: uuid("person_id"),
    ipAddress: inet("ip_address"),
    correlationId: text("correlation_id"),
    reason: text("reason"),
    details: jsonb("details").$type<Record<string, unknown>>(),
  },
  (table) => [
    index("audit_events_user_idx").on(table.userId, table.occurredAt),
    index("audit_events_subject_idx").on(table.subjectType, table.subjectId),
    index("audit_events_person_idx").on(table.personId, table.occurredAt),
    index("audit_events_occurred_idx").on(table.occurredAt),
  ],
);
