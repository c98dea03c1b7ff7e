import { eq, sql } from "drizzle-orm";
import { pino } from "pino";
import type { Database } from "#db/connection";
import { notificationOutbox, type OutboxRow } from "#db/schema";
import { defaultReviewPolicy } from "~/domain/early-help/reviews";
import { defaultRetryPolicy, type RetryPolicy } from "~/domain/notifications/retry";
import type { QueueOptions } from "~/notifications/outbox.server";
import { startNotificationWorker, type NotificationWorker, type WorkerOptions } from "~/notifications/worker.server";
import { until } from "./smtp";

export const appUrl = "https://front-door.test";
export const silentLogger = pino({ level: "silent" });

/** How tests queue: through the worker, as with SMTP_URL or NOTIFY_API_KEY set. */
export const queued: QueueOptions = {
  mode: "queue",
  appUrl,
  logger: silentLogger,
  logBodies: false,
  strictPlaceholders: true,
  copyToDevMail: false,
};

/** Retries in milliseconds rather than minutes. */
export const quickRetries: RetryPolicy = {
  ...defaultRetryPolicy,
  firstDelayMs: 100,
  maxDelayMs: 300,
  maxAttempts: 3,
};

/** A worker that polls twice a second and never fires the cron schedules. */
export function startTestWorker(
  options: Pick<WorkerOptions, "databaseUrl" | "db" | "channel"> & Partial<WorkerOptions>,
): Promise<NotificationWorker> {
  return startNotificationWorker({
    logger: silentLogger,
    queueOptions: queued,
    contactDeadlineWarningMinutes: 120,
    reviews: {
      policy: defaultReviewPolicy,
      addWorkingDays: (from, days) => new Date(from.getTime() + days * 86_400_000),
    },
    retryPolicy: quickRetries,
    pollingIntervalSeconds: 0.5,
    schedules: false,
    ...options,
  });
}

export async function outboxRowByRecipient(db: Database, recipient: string): Promise<OutboxRow | undefined> {
  const [row] = await db.select().from(notificationOutbox).where(eq(notificationOutbox.recipient, recipient));
  return row;
}

export async function waitForStatus(db: Database, recipient: string, status: OutboxRow["status"], timeoutMs = 10_000) {
  await until(async () => (await outboxRowByRecipient(db, recipient))?.status === status, timeoutMs);
  return (await outboxRowByRecipient(db, recipient))!;
}

/** Delivery jobs not yet finished, for one message or all. */
export async function openDeliveryJobs(db: Database, outboxId?: string): Promise<number> {
  const rows = await db.execute<{ count: number }>(sql`
    select count(*)::int as count from pgboss.job
    where name = 'notification-delivery' and state < 'completed'
    ${outboxId ? sql`and data->>'outboxId' = ${outboxId}` : sql``}`);
  return rows[0]?.count ?? 0;
}

/** Delivery jobs, in any state, whose message is not in the outbox: what a rolled-back change must not leave. */
export async function orphanDeliveryJobs(db: Database): Promise<number> {
  const rows = await db.execute<{ count: number }>(sql`
    select count(*)::int as count from pgboss.job
    where name = 'notification-delivery'
    and not exists (select 1 from notification_outbox where id::text = pgboss.job.data->>'outboxId')`);
  return rows[0]?.count ?? 0;
}
