import path from "node:path";
import { readConfig } from "../../app/config.server";
import { startEmbeddedPostgres } from "../embedded";

/** For the command-line scripts: DATABASE_URL, or the embedded database `npm start` uses (started for the command). */
export async function commandLineDatabase(): Promise<{ url: string; stop: () => Promise<void> }> {
  const config = readConfig();
  if (config.DATABASE_URL) return { url: config.DATABASE_URL, stop: async () => {} };
  return startEmbeddedPostgres({
    dataDir: path.join(config.DATA_DIR, "postgres"),
    port: config.EMBEDDED_POSTGRES_PORT,
    databaseName: "frontdoor",
    persistent: true,
  });
}
