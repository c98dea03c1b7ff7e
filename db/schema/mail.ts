import { sql } from "drizzle-orm";
import { index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/**
 * Email as the development mailer delivers it: written here, in the same
 * transaction as the change that sent it, and shown to admins at /dev/mail.
 */
export const devMail = pgTable(
  "dev_mail",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    recipient: text("recipient").notNull(),
    template: text("template").notNull(),
    personalisation: jsonb("personalisation").$type<Record<string, string>>().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true })
      .notNull()
      .default(sql`now()`),
  },
  (table) => [index("dev_mail_created_idx").on(table.createdAt)],
);
