/**
 * A notification worker in a process of its own, so that a test can kill it
 * (SIGKILL: no clean-up) in the middle of a delivery. Sends over SMTP_URL, or
 * to the fake GOV.UK Notify at NOTIFY_BASE_URL. Prints "ready" once working.
 */
import { createDatabase } from "#db/connection";
import { notificationTemplates } from "~/domain/notifications/templates";
import { createNotifyChannel } from "~/notifications/channels/notify.server";
import { createSmtpChannel } from "~/notifications/channels/smtp.server";
import { fakeApiKey } from "./fake-notify";
import { startTestWorker } from "./notifications";

const databaseUrl = process.env.DATABASE_URL!;
const { db } = createDatabase(databaseUrl, { max: 4 });
const templateIds = Object.fromEntries(notificationTemplates.map((template) => [template, crypto.randomUUID()]));
const channel = process.env.SMTP_URL
  ? createSmtpChannel({ url: process.env.SMTP_URL, from: "Front Door <no-reply@front-door.test>", timeoutMs: 10_000 })
  : createNotifyChannel({ apiKey: fakeApiKey, baseUrl: process.env.NOTIFY_BASE_URL!, templateIds, timeoutMs: 10_000 });

await startTestWorker({
  databaseUrl,
  db,
  channel,
  leaseSeconds: Number(process.env.LEASE_SECONDS),
  strandedAfterSeconds: 1,
});
process.stdout.write("ready\n");
