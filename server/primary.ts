import cluster, { type Worker } from "node:cluster";
import { readConfig, webWorkerCount } from "../app/config.server";
import { createDatabase } from "../db/connection";
import { EmbeddedPostgresError, leaveShutdownSignalsToCaller } from "../db/embedded";
import { seedDemoData } from "../db/seed";
import { demoAccounts } from "../db/seed/demo-accounts";
import { demoAccountHasTwoFactor } from "../db/seed/demo-two-factor";
import { ensureThresholdDocumentPublished } from "../app/services/thresholds.server";
import { englandAndWalesHolidayCoverage, holidayCoverageWarning } from "../app/domain/working-days/holiday-coverage";
import { DatabaseRoleError, prepareDatabase } from "./database";
import { createLogger } from "./logger";
import { runLastSteps } from "./shutdown";

const config = readConfig();
const logger = createLogger(config);

const holidayWarning = holidayCoverageWarning(englandAndWalesHolidayCoverage(new Date()));
if (holidayWarning) logger.warn(holidayWarning);

leaveShutdownSignalsToCaller();
const database = await prepareDatabase(config, logger).catch((error: unknown) => {
  // Said plainly, without a stack: the message says what to do.
  if (!(error instanceof EmbeddedPostgresError || error instanceof DatabaseRoleError)) throw error;
  console.error(error.message);
  process.exit(1);
});
// The workers read DATABASE_URL (the application's role) when they first need the database; only this process,
// which has migrated, ever knows the owner's.
process.env.DATABASE_URL = database.url;
delete process.env.MIGRATION_DATABASE_URL;

{
  const { db, close } = createDatabase(database.url, { max: 1 });
  try {
    // The contact form needs descriptors to offer: a new installation starts with the default threshold document.
    await ensureThresholdDocumentPublished(db);
    if (config.NODE_ENV !== "production") {
      const seeded = await seedDemoData(db, {
        password: config.DEMO_PASSWORD,
        nodeEnv: config.NODE_ENV,
        partnerTwoFactorRequired: config.PARTNER_TWO_FACTOR_REQUIRED,
      });
      if (seeded === "seeded") logger.info("seeded the demo council");
    }
  } finally {
    await close();
  }
}

/** Worker 1 also runs the notification worker and the hourly draft purge; its replacement takes them over. */
const roles = new Map<Worker, { background: boolean }>();
let stopping = false;
let announced = false;
const recentDeaths: number[] = [];

function fork(background: boolean) {
  const worker = cluster.fork({ FRONT_DOOR_BACKGROUND_WORK: background ? "true" : "false" });
  roles.set(worker, { background });
  worker.on("listening", () => {
    if (announced) return;
    announced = true;
    announce();
  });
}

function announce() {
  const lines = [`Front Door is running at ${config.appUrl} (${workers} web ${workers === 1 ? "worker" : "workers"})`];
  if (config.NODE_ENV !== "production") {
    lines.push("", `Demo accounts (password: ${config.DEMO_PASSWORD}):`);
    for (const account of demoAccounts) {
      const twoFactor = demoAccountHasTwoFactor(account.role, config.PARTNER_TWO_FACTOR_REQUIRED) ? "two-factor" : "";
      lines.push(`  ${account.email.padEnd(48)} ${account.role.padEnd(24)} ${twoFactor}`);
    }
    lines.push("", "For a two-factor code, run: npm run otp -- <email>");
  }
  console.log(lines.join("\n"));
}

cluster.on("exit", (worker, code, signal) => {
  const role = roles.get(worker) ?? { background: false };
  roles.delete(worker);
  if (stopping) {
    if (roles.size === 0) void finish();
    return;
  }
  logger.error({ pid: worker.process.pid, code, signal }, "a web worker died; starting another");
  // A worker that keeps dying at start is restarted more slowly, so the log stays readable.
  const now = Date.now();
  recentDeaths.push(now);
  while (recentDeaths[0]! < now - 60_000) recentDeaths.shift();
  setTimeout(() => fork(role.background), recentDeaths.length > 5 ? 5_000 : 100);
});

// The workers inherit `npm start`'s memory flags (--max-old-space-size and the rest): cluster.fork passes them on.
const workers = webWorkerCount(config, { development: process.argv.includes("--dev") });
for (let index = 0; index < workers; index += 1) fork(index === 0);

async function finish() {
  await database.stop();
  await runLastSteps();
  process.exit(0);
}

function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, "stopping");
  if (roles.size === 0) return void finish();
  // Ctrl-C reaches the workers too; a SIGTERM sent to the primary alone is passed on.
  for (const worker of roles.keys()) worker.process.kill("SIGTERM");
}
process.on("SIGINT", () => shutdown("SIGINT"));
process.on("SIGTERM", () => shutdown("SIGTERM"));
