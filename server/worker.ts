/**
 * The notification worker on its own, for deployments that scale it apart
 * from the web server (then set RUN_WORKER=false on the web servers). Needs
 * DATABASE_URL, and migrations already applied by a web server or
 * `npm run db:migrate`. Any number of workers may run at once.
 */
import { readConfig } from "../app/config.server";
import { createDatabase } from "../db/connection";
import { createLogger } from "./logger";
import { startNotificationsFromConfig } from "./notifications";

const config = readConfig();
const logger = createLogger(config);
if (!config.DATABASE_URL) {
  logger.fatal("The worker needs DATABASE_URL: the database the web server uses.");
  process.exit(1);
}

const database = createDatabase(config.DATABASE_URL, { max: 5, prepare: config.DATABASE_PREPARED_STATEMENTS });
const worker = await startNotificationsFromConfig(config, config.DATABASE_URL, database.db, logger);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, "stopping");
  await worker.stop();
  await database.close();
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
