/**
 * One web worker, forked by the primary (server/primary.ts) with DATABASE_URL
 * set to a migrated database: serves the portal on PORT (the workers share
 * it), and, when the primary asks, runs the notification worker and the
 * hourly purge of expired drafts as well.
 */
import type { Server } from "node:http";
import { readConfig } from "../app/config.server";
import { closeDatabase, databaseIsUp, db } from "../app/db.server";
import { purgeExpiredDrafts } from "../app/services/contact-drafts.server";
import { createApp } from "./app";
import { createLogger } from "./logger";
import { startNotificationsFromConfig } from "./notifications";

const config = readConfig();
const logger = createLogger(config);
// `npm run dev` passes --dev for Vite with hot reload; otherwise the built app is served.
const mode = process.argv.includes("--dev") ? "development" : "production";
const backgroundWork = process.env.FRONT_DOOR_BACKGROUND_WORK !== "false";
const databaseUrl = config.DATABASE_URL;
if (!databaseUrl) throw new Error("A web worker needs DATABASE_URL: start the portal with `npm start`.");

/** Drafts untouched for 30 days are deleted, at start and then every hour. */
async function purgeDrafts() {
  try {
    const count = await purgeExpiredDrafts();
    if (count > 0) logger.info({ count }, "removed expired contact drafts");
  } catch (error) {
    logger.error({ err: error }, "could not remove expired contact drafts");
  }
}
if (backgroundWork) {
  await purgeDrafts();
  setInterval(() => void purgeDrafts(), 60 * 60 * 1000).unref();
}

// Delivers the notification outbox and runs the scheduled reminders; `npm run worker` can run it on its own instead.
// Its own logger, quietened at shutdown: Ctrl-C stops the embedded PostgreSQL at the same moment (it shares the
// terminal's process group), and the queue's connections ending then is expected, not pages of errors.
const backgroundLogger = logger.child({});
const notifications =
  backgroundWork && config.RUN_WORKER
    ? await startNotificationsFromConfig(config, databaseUrl, db(), backgroundLogger)
    : null;

const { app, close: closeApp } = await createApp({
  mode,
  production: config.NODE_ENV === "production",
  trustProxy: config.TRUST_PROXY,
  logger,
  allowedOrigins: [new URL(config.appUrl).origin],
  isDatabaseUp: databaseIsUp,
});

const server: Server = app.listen(config.PORT);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.debug({ signal }, "web worker stopping");
  backgroundLogger.level = "fatal";
  // Stop taking requests, let the ones in flight finish, then close the worker and the pool.
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  await closed;
  await closeApp();
  await notifications?.stop();
  await closeDatabase();
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
