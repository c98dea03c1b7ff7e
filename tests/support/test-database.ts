import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, inject } from "vitest";
import { closeDatabase, db } from "~/db.server";
import type { Database } from "#db/connection";
import { createDatabaseFromTemplate, dropDatabase, type TestDatabaseUrls } from "./database-server";

/**
 * Gives the calling test file its own migrated database, copied from the
 * template, and points the app's connection at it, as the application's role
 * (`ownerUrl` is the owner's, for what only the owner may do, such as ANALYZE).
 * Call once at the top of a file.
 */
export function useTestDatabase(): { db: () => Database; url: () => string; ownerUrl: () => string } {
  const adminUrl = inject("databaseAdminUrl");
  const name = `test_${randomBytes(6).toString("hex")}`;
  let urls: TestDatabaseUrls = { url: "", ownerUrl: "" };
  beforeAll(async () => {
    urls = await createDatabaseFromTemplate(adminUrl, name);
    process.env.DATABASE_URL = urls.url;
  });
  afterAll(async () => {
    await closeDatabase();
    await dropDatabase(adminUrl, name);
  });
  return { db, url: () => urls.url, ownerUrl: () => urls.ownerUrl };
}
