import path from "node:path";
import { fileURLToPath } from "node:url";
import { migrate } from "drizzle-orm/postgres-js/migrator";
import { createDatabase } from "./connection";
import { installJobQueue } from "./job-queue";
import { applicationGrantsSql, urlUser } from "./roles";

const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), "migrations");

/**
 * Applies every committed migration not yet applied, then installs the job
 * queue's schema and queues, connected as the owner (`ownerUrl`); then grants
 * the application's role (`appUrl`'s user) what it needs on every table, new
 * ones included, and no more (ADR 16). Safe to run at every start. When both
 * URLs are one role, as on a database set up before the two roles, nothing is granted.
 */
export async function migrateDatabase(ownerUrl: string, appUrl: string = ownerUrl): Promise<void> {
  const { db, client, close } = createDatabase(ownerUrl, { max: 1 });
  try {
    await migrate(db, { migrationsFolder });
    await installJobQueue(ownerUrl);
    const appRole = urlUser(appUrl);
    if (appRole !== urlUser(ownerUrl)) await client.unsafe(applicationGrantsSql(appRole));
  } finally {
    await close();
  }
}
