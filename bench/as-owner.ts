import postgres from "postgres";

/**
 * Work only the tables' owner may do (ANALYZE, VACUUM), on a connection of
 * its own that is closed afterwards, whatever happens.
 */
export async function asOwner<T>(ownerUrl: string, work: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(ownerUrl, { max: 1, onnotice: () => {} });
  try {
    return await work(sql);
  } finally {
    await sql.end();
  }
}
