import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createDatabase } from "#db/connection";
import { users } from "#db/schema";
import { useTestDatabase } from "#tests/support/test-database";

const { url } = useTestDatabase();

/** How many statements this connection has prepared that read the users table. */
async function preparedOnUsers(database: ReturnType<typeof createDatabase>["db"]): Promise<number> {
  const rows = await database.execute<{ count: number }>(
    sql`select count(*)::int as count from pg_prepared_statements where statement like '%from "users"%'`,
  );
  return rows[0]!.count;
}

describe("statements drizzle sends", () => {
  it("are prepared once per connection and reused, in transactions too", async () => {
    const { db, close } = createDatabase(url(), { max: 1 });
    try {
      const byEmail = (email: string) => db.select({ id: users.id }).from(users).where(eq(users.email, email));
      await byEmail("one@example.org");
      await byEmail("two@example.org");
      expect(await preparedOnUsers(db)).toBe(1);
      await db.transaction(async (tx) => {
        await tx.select({ id: users.id }).from(users).where(eq(users.name, "A"));
      });
      expect(await preparedOnUsers(db)).toBe(2);
    } finally {
      await close();
    }
  });

  it("are not prepared when DATABASE_PREPARED_STATEMENTS is false (behind a pooler that cannot keep them)", async () => {
    const { db, close } = createDatabase(url(), { max: 1, prepare: false });
    try {
      await db.select({ id: users.id }).from(users).where(eq(users.email, "one@example.org"));
      expect(await preparedOnUsers(db)).toBe(0);
    } finally {
      await close();
    }
  });
});
