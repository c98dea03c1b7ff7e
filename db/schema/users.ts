import { sql } from "drizzle-orm";
import { boolean, index, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { roles } from "../../app/domain/roles";
import { organisations } from "./organisations";

export const role = pgEnum("role", roles);

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id),
    role: role("role").notNull(),
    name: text("name").notNull(),
    /** Stored lower-cased so that look-ups and uniqueness ignore case. */
    email: text("email").notNull().unique(),
    jobTitle: text("job_title"),
    phone: text("phone"),
    passwordHash: text("password_hash"),
    active: boolean("active").notNull().default(true),
    createdAt: timestamp("created_at", { withTimezone: true })
      .notNull()
      .default(sql`now()`),
    updatedAt: timestamp("updated_at", { withTimezone: true })
      .notNull()
      .default(sql`now()`),
  },
  (table) => [index("users_organisation_idx").on(table.organisationId)],
);
