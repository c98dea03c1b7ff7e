import { sql } from "drizzle-orm";
import { index, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { ThresholdDocument } from "../../app/domain/thresholds/document";
import { users } from "./users";

export const thresholdDocumentStatus = pgEnum("threshold_document_status", ["draft", "published", "superseded"]);

/**
 * Every version of the threshold document ever uploaded. Contacts point at
 * the version they were made with, so old versions stay readable for ever.
 */
export const thresholdDocuments = pgTable(
  "threshold_documents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    version: text("version").notNull().unique(),
    title: text("title").notNull(),
    status: thresholdDocumentStatus("status").notNull().default("draft"),
    document: jsonb("document").$type<ThresholdDocument>().notNull(),
    uploadedBy: uuid("uploaded_by").references(() => users.id),
    uploadedAt: timestamp("uploaded_at", { withTimezone: true })
      .notNull()
      .default(sql`now()`),
    publishedBy: uuid("published_by").references(() => users.id),
    publishedAt: timestamp("published_at", { withTimezone: true }),
  },
  (table) => [
    // At most one version is in force at a time.
    uniqueIndex("threshold_documents_one_published")
      .on(table.status)
      .where(sql`status = 'published'`),
    index("threshold_documents_published_at_idx").on(table.publishedAt),
  ],
);
