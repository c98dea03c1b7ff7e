/** What every dashboard figure is built from: the filters, the window in UK days, and what "standing" means. */
import { sql, type SQL } from "drizzle-orm";
import type { Queryable } from "#db/connection";
import { config } from "~/config.server";
import { reportsDb } from "~/db.server";
import { statusesAwaitingDecision } from "~/domain/mash/contact-status";
import { addDays, type ReportWindow } from "~/domain/reports/window";

/** What a manager narrows the dashboard to. The window applies to every figure but "today". */
export interface ReportFilters {
  window: ReportWindow;
  /** A census referral source code. */
  source?: string;
  /** The referrer's organisation. */
  organisationId?: string;
  /** The council team (organisation) of the screener the contact is assigned to. */
  teamId?: string;
}

export type Row = Record<string, unknown>;

export async function rows<T>(q: Queryable, query: SQL): Promise<T[]> {
  return (await q.execute(query)) as unknown as T[];
}

/**
 * Runs a report's queries in one read-only transaction on the reports' pool (the read replica when
 * REPORTS_DATABASE_URL is set), each statement cancelled after REPORT_STATEMENT_TIMEOUT_SECONDS, so a
 * figure nobody waits for any more cannot run on. Repeatable read: the figures of one report agree.
 */
export function reportQueries<T>(work: (q: Queryable) => Promise<T>): Promise<T> {
  const timeout = `${config().REPORT_STATEMENT_TIMEOUT_SECONDS}s`;
  return reportsDb().transaction(
    async (tx) => {
      // Room to sort a year of contacts by child in memory (the repeat contacts spilled to disk at 4 MB).
      await tx.execute(
        sql`select set_config('statement_timeout', ${timeout}, true), set_config('work_mem', '32MB', true)`,
      );
      return work(tx);
    },
    { accessMode: "read only", isolationLevel: "repeatable read" },
  );
}

/** The start of a day in UK time, as a timestamp. */
export function startOfDay(iso: string): SQL {
  return sql`(${iso}::date)::timestamp at time zone 'Europe/London'`;
}

export function instant(date: Date): SQL {
  return sql`${date.toISOString()}::timestamptz`;
}

/** Contacts (aliased `c`) received in the window. */
export function receivedIn(window: ReportWindow): SQL {
  return sql`c.received_at >= ${startOfDay(window.from)} and c.received_at < ${startOfDay(addDays(window.to, 1))}`;
}

/** The source, organisation and team filters on contacts aliased `c`. */
export function contactFilters(filters: Omit<ReportFilters, "window">): SQL {
  const parts: SQL[] = [sql`true`];
  if (filters.source) parts.push(sql`c.referral_source = ${filters.source}`);
  if (filters.organisationId) parts.push(sql`c.organisation_id = ${filters.organisationId}::uuid`);
  if (filters.teamId) {
    parts.push(sql`c.assigned_to in (select id from users where organisation_id = ${filters.teamId}::uuid)`);
  }
  return sql.join(parts, sql` and `);
}

export const awaitingDecision = sql.raw(`(${statusesAwaitingDecision.map((status) => `'${status}'`).join(", ")})`);
/** A decision that stands: recorded without sign-off, or approved. */
export const standing = sql.raw(`d.state in ('recorded', 'approved')`);

export interface AgreementCounts {
  decided: number;
  agreed: number;
  lower: number;
  higher: number;
}

/** The agreement counts for children (`cd`) of contacts (`c`). */
export const agreementColumns = sql`count(*)::int as decided,
  count(*) filter (where cd.decided_level = c.referrer_level)::int as agreed,
  count(*) filter (where cd.decided_level < c.referrer_level)::int as lower,
  count(*) filter (where cd.decided_level > c.referrer_level)::int as higher`;
