import { jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * A report's windowed figures as last worked out, one row per report, window
 * and filters (ADR 18): pages read a young enough one instead of running the
 * aggregates again, and a scheduled job keeps the default view young.
 */
export const reportSnapshots = pgTable("report_snapshots", {
  /** The report, its window and its filters, normalised (`snapshotKey` in app/services/report-snapshots.server.ts). */
  key: text().primaryKey(),
  figures: jsonb().notNull(),
  computedAt: timestamp({ withTimezone: true }).notNull(),
});
