import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { migrate } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { createDatabase } from "./connection";
import { installJobQueue, jobQueueSchema, queues } from "./job-queue";
import { applicationGrantsSql, urlUser } from "./roles";

// From the project's folder, where every command runs: `npm start` runs this compiled, from build/start/.
const migrationsFolder = path.resolve("db/migrations");

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

/**
 * Whether every committed migration, pg-boss's schema and our queues are in
 * place, read as the application's role: a web server given no owner's URL
 * starts on a database the owner has migrated (`npm run db:migrate`), and
 * refuses one that is behind.
 */
export async function schemaIsCurrent(url: string): Promise<boolean> {
  const journal = JSON.parse(await readFile(path.join(migrationsFolder, "meta", "_journal.json"), "utf8")) as {
    entries: { when: number }[];
  };
  const latest = Math.max(...journal.entries.map((entry) => entry.when));
  const jobQueueVersion = (createRequire(import.meta.url)("pg-boss/version.json") as { schema: number }).schema;
  const sql = postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 10 });
  try {
    const [tables] = await sql<{ migrations: string | null; version: string | null }[]>`
      select to_regclass('drizzle.__drizzle_migrations')::text as migrations,
             to_regclass(${`${jobQueueSchema}.version`})::text as version`;
    if (!tables?.migrations || !tables.version) return false;
    const [applied] = await sql<{ latest: string | null }[]>`
      select max(created_at)::text as latest from drizzle.__drizzle_migrations`;
    const [installed] = await sql.unsafe<{ version: number }[]>(`select version from ${jobQueueSchema}.version`);
    const names = Object.values(queues);
    const [made] = await sql.unsafe<{ count: number }[]>(
      `select count(*)::int as count from ${jobQueueSchema}.queue where name = any($1)`,
      [names],
    );
    return Number(applied?.latest) >= latest && installed?.version === jobQueueVersion && made?.count === names.length;
  } finally {
    await sql.end();
  }
}
