import { is, SQL, sql } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import type { Database } from "#db/connection";

/**
 * PostgreSQL's plan for a query, its parameters written in. A test database is
 * too small for the planner to prefer an index, so table scans are forbidden
 * for the plan: what it chooses then is the index a large database would use.
 */
export async function queryPlan(
  db: Database,
  query: SQL | { toSQL(): { sql: string; params: unknown[] } },
): Promise<string> {
  const { sql: text, params } = is(query, SQL) ? new PgDialect().sqlToQuery(query) : query.toSQL();
  const withParameters = text.replace(/\$(\d+)/g, (_, index: string) => `'${String(params[Number(index) - 1])}'`);
  const plan = await db.transaction(async (tx) => {
    await tx.execute(sql`set local enable_seqscan = off`);
    return tx.execute<{ "QUERY PLAN": string }>(sql.raw(`explain ${withParameters}`));
  });
  return plan.map((row) => row["QUERY PLAN"]).join("\n");
}
