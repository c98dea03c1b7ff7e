import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, inject } from "vitest";
import { closeDatabase, db } from "~/db.server";
import type { Database } from "#db/connection";
import { createDatabaseFromTemplate, dropDatabase } from "./database-server";

/**
 * Gives the calling test file its own migrated database, copied from the
 * template, and points the app's connection at it. Call once at the top of a file.
 */
export function useTestDatabase(): { db: () => Database; url: () => string } {
  const adminUrl = inject("databaseAdminUrl");
  const name = `test_${randomBytes(6).toString("hex")}`;
  let url = "";
  beforeAll(async () => {
    url = await createDatabaseFromTemplate(adminUrl, name);
    process.env.DATABASE_URL = url;
  });
  afterAll(async () => {
    await closeDatabase();
    await dropDatabase(adminUrl, name);
  });
  return { db, url: () => url };
}
