import { sql } from "drizzle-orm";
import {
  boolean,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { outboxStatuses } from "../../app/domain/notifications/outbox-status";
import { users } from "./users";

export const outboxStatus = pgEnum("outbox_status", outboxStatuses);

/**
 * The transactional outbox: a message is written here in the same transaction
 * as the change it reports, so it exists exactly when the change does. The
 * worker delivers it (ADR 12); `claim_token` fences each attempt so that two
 * workers cannot both record a send.
 */
export const notificationOutbox = pgTable(
  "notification_outbox",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** What the provider sees as the message's reference, and what makes a scheduled reminder unique. */
    idempotencyKey: text("idempotency_key").notNull().unique(),
    template: text("template").notNull(),
    recipient: text("recipient").notNull(),
    personalisation: jsonb("personalisation").$type<Record<string, string>>().notNull(),
    status: outboxStatus("status").notNull().default("pending"),
    /** The channel that sent it: smtp, notify or dev. */
    channel: text("channel"),
    /** Attempts since the message was queued, or since an administrator last retried it. */
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true })
      .notNull()
      .default(sql`now()`),
    claimToken: uuid("claim_token"),
    claimedUntil: timestamp("claimed_until", { withTimezone: true }),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    providerReference: text("provider_reference"),
    createdAt: timestamp("created_at", { withTimezone: true })
      .notNull()
      .default(sql`now()`),
    /** When the current round of attempts began: retries give up a day after it. */
    queuedAt: timestamp("queued_at", { withTimezone: true })
      .notNull()
      .default(sql`now()`),
    updatedAt: timestamp("updated_at", { withTimezone: true })
      .notNull()
      .default(sql`now()`),
  },
  (table) => [
    index("notification_outbox_due_idx").on(table.status, table.nextAttemptAt),
    index("notification_outbox_created_idx").on(table.createdAt),
  ],
);

/** Only the choices people made: a missing row means the message's default (on). */
export const notificationPreferences = pgTable(
  "notification_preferences",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    template: text("template").notNull(),
    enabled: boolean("enabled").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true })
      .notNull()
      .default(sql`now()`),
  },
  (table) => [primaryKey({ columns: [table.userId, table.template] })],
);

export type OutboxRow = typeof notificationOutbox.$inferSelect;
