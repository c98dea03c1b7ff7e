import type { Server } from "node:http";
import { pino } from "pino";
import { readConfig } from "../app/config.server";
import { closeDatabase, databaseIsUp, db } from "../app/db.server";
import { purgeExpiredDrafts } from "../app/services/contact-drafts.server";
import { ensureThresholdDocumentPublished } from "../app/services/thresholds.server";
import { seedDemoData } from "../db/seed";
import { demoAccounts } from "../db/seed/demo-accounts";
import { demoAccountHasTwoFactor } from "../db/seed/demo-two-factor";
import { createApp } from "./app";
import { leaveShutdownSignalsToCaller } from "../db/embedded";
import { prepareDatabase } from "./database";
import { startNotificationsFromConfig } from "./notifications";
import { runLastSteps } from "./shutdown";

const config = readConfig();
const logger = pino({ level: config.LOG_LEVEL, redact: ["req.headers.cookie", "req.headers.authorization"] });
// `npm run dev` passes --dev for Vite with hot reload; otherwise the built app is served.
const mode = process.argv.includes("--dev") ? "development" : "production";

const database = await prepareDatabase(config, logger);
// The Remix app reads DATABASE_URL when it first needs the database.
process.env.DATABASE_URL = database.url;
// The contact form needs descriptors to offer: a new installation starts with the default threshold document.
await ensureThresholdDocumentPublished(db());

/** Drafts untouched for 30 days are deleted, at start and then every hour. */
async function purgeDrafts() {
  try {
    const count = await purgeExpiredDrafts();
    if (count > 0) logger.info({ count }, "removed expired contact drafts");
  } catch (error) {
    logger.error({ err: error }, "could not remove expired contact drafts");
  }
}
await purgeDrafts();
setInterval(() => void purgeDrafts(), 60 * 60 * 1000).unref();

if (config.NODE_ENV !== "production") {
  const seeded = await seedDemoData(db(), {
    password: config.DEMO_PASSWORD,
    nodeEnv: config.NODE_ENV,
    partnerTwoFactorRequired: config.PARTNER_TWO_FACTOR_REQUIRED,
  });
  if (seeded === "seeded") logger.info("seeded the demo council");
}

// Delivers the notification outbox and runs the scheduled reminders; `npm run worker` can run it on its own instead.
const notifications = config.RUN_WORKER ? await startNotificationsFromConfig(config, database.url, db(), logger) : null;

const { app, close: closeApp } = await createApp({
  mode,
  production: config.NODE_ENV === "production",
  trustProxy: config.TRUST_PROXY,
  logger,
  allowedOrigins: [new URL(config.appUrl).origin],
  isDatabaseUp: databaseIsUp,
});

const server: Server = app.listen(config.PORT, () => {
  const lines = [`Front Door is running at ${config.appUrl}`];
  if (config.NODE_ENV !== "production") {
    lines.push("", `Demo accounts (password: ${config.DEMO_PASSWORD}):`);
    for (const account of demoAccounts) {
      const twoFactor = demoAccountHasTwoFactor(account.role, config.PARTNER_TWO_FACTOR_REQUIRED) ? "two-factor" : "";
      lines.push(`  ${account.email.padEnd(48)} ${account.role.padEnd(24)} ${twoFactor}`);
    }
    lines.push("", "For a two-factor code, run: npm run otp -- <email>");
  }
  console.log(lines.join("\n"));
});

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, "stopping");
  // Stop taking requests, let the ones in flight finish, then close the pool and the database.
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  await closed;
  await closeApp();
  await notifications?.stop();
  await closeDatabase();
  await database.stop();
  await runLastSteps();
  process.exit(0);
}
leaveShutdownSignalsToCaller();
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
