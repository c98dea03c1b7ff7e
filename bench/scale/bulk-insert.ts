import type { Sql } from "postgres";

export type Cell = string | number | boolean | null | undefined | object;

// PostgreSQL takes at most 65,535 parameters in one statement.
const maxParameters = 60_000;

/**
 * Inserts rows in multi-row batches, each one statement: tens of thousands of
 * rows a second, where one INSERT per row would take hours. (postgres.js's
 * COPY stream reports a rejected row by silently dropping the batch, so
 * batched INSERTs, which fail loudly, are used instead.)
 */
export async function insertRows(sql: Sql, table: string, columns: string[], rows: Cell[][]): Promise<number> {
  const batchSize = Math.max(1, Math.floor(maxParameters / columns.length));
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows
      .slice(start, start + batchSize)
      .map((row) => Object.fromEntries(columns.map((column, index) => [column, row[index] ?? null])));
    await sql`insert into ${sql(table)} ${sql(batch as Record<string, never>[], columns)}`;
  }
  return rows.length;
}
