import PgBoss from "pg-boss";
import type { Logger } from "pino";
import type { Database } from "#db/connection";
import { deliveryLeaseSeconds, jobQueueSchema, queues } from "#db/job-queue";
import type { AddWorkingDays } from "~/domain/early-help/calendar-date";
import type { ReviewPolicy } from "~/domain/early-help/reviews";
import { defaultRetryPolicy, type RetryPolicy } from "~/domain/notifications/retry";
import type { MailChannel } from "./channels/channel";
import { deliverMessage, markUndeliverable, requeueStranded, type DeliveryContext } from "./deliver.server";
import type { DeliveryJob } from "./job-queue.server";
import type { QueueOptions } from "./outbox.server";
import { queueContactDeadlineReminders, queueReviewReminders } from "./reminders.server";

export interface WorkerOptions {
  databaseUrl: string;
  db: Database;
  channel: MailChannel;
  logger: Logger;
  /** How reminders are queued (the portal's address, development delivery or not). */
  queueOptions: Omit<QueueOptions, "idempotencyKey">;
  contactDeadlineWarningMinutes: number;
  reviews: { policy: ReviewPolicy; addWorkingDays: AddWorkingDays };
  /** Works out the reports dashboard's default view afresh; run every few minutes when given. */
  refreshReports?: (now: Date) => Promise<unknown>;
  retryPolicy?: RetryPolicy;
  leaseSeconds?: number;
  /** Deliveries in progress at once in this process. */
  concurrency?: number;
  pollingIntervalSeconds?: number;
  /** How often pg-boss looks for jobs whose worker died (it fails them over to a retry). */
  maintenanceIntervalSeconds?: number;
  /** Whether this process registers and fires the cron schedules (any number may: pg-boss fires each once). */
  schedules?: boolean;
  /** A pending message this long overdue is assumed to have lost its job. */
  strandedAfterSeconds?: number;
}

export interface NotificationWorker {
  stop(): Promise<void>;
  /** Re-queue stranded messages now, as the schedule does every minute. */
  sweep(): Promise<number>;
}

const timeZone = "Europe/London";

/**
 * Delivers the outbox and runs the scheduled reminders. Runs inside the web
 * server (RUN_WORKER) or alone (`npm run worker`); any number may run at
 * once against one database.
 */
export async function startNotificationWorker(options: WorkerOptions): Promise<NotificationWorker> {
  const { logger, db } = options;
  const concurrency = options.concurrency ?? 2;
  const boss = new PgBoss({
    connectionString: options.databaseUrl,
    schema: jobQueueSchema,
    application_name: "front-door-worker",
    max: concurrency + 3,
    // The migrations installed pg-boss; a worker only checks.
    migrate: false,
    schedule: options.schedules ?? true,
    maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 60,
  });
  boss.on("error", (error) => logger.error({ err: error }, "job queue error"));
  await boss.start();

  const context: DeliveryContext = {
    db,
    channel: options.channel,
    retryPolicy: options.retryPolicy ?? defaultRetryPolicy,
    leaseSeconds: options.leaseSeconds ?? deliveryLeaseSeconds,
    logger,
  };
  const strandedAfterSeconds = options.strandedAfterSeconds ?? 60;
  const sweep = async () => {
    const count = await requeueStranded(context, strandedAfterSeconds);
    if (count > 0) logger.warn({ count }, "re-queued notifications that had lost their job or their worker");
    return count;
  };
  const work = { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2, batchSize: 1 };

  for (let index = 0; index < concurrency; index += 1) {
    await boss.work<DeliveryJob>(queues.delivery, work, async ([job]) => {
      if (job) await deliverMessage(context, job.data.outboxId);
    });
  }
  await boss.work<DeliveryJob>(queues.deliveryDead, work, async ([job]) => {
    if (job) await markUndeliverable(context, job.data.outboxId, "The worker failed repeatedly while delivering it");
  });
  await boss.work(queues.sweep, work, sweep);
  await boss.work(queues.contactDeadlines, work, async () => {
    const count = await queueContactDeadlineReminders(
      db,
      new Date(),
      { warningMinutes: options.contactDeadlineWarningMinutes },
      options.queueOptions,
    );
    if (count > 0) logger.info({ count }, "queued contact deadline reminders");
  });
  await boss.work(queues.reviewReminders, work, async () => {
    const { policy, addWorkingDays } = options.reviews;
    const count = await queueReviewReminders(db, new Date(), policy, addWorkingDays, options.queueOptions);
    if (count > 0) logger.info({ count }, "queued plan review reminders");
  });

  const { refreshReports } = options;
  if (refreshReports) {
    await boss.work(queues.reportSnapshots, work, async () => {
      await refreshReports(new Date());
    });
  }

  if (options.schedules ?? true) {
    if (refreshReports) await boss.schedule(queues.reportSnapshots, "*/5 * * * *", {}, { tz: timeZone });
    await boss.schedule(queues.sweep, "* * * * *", {}, { tz: timeZone });
    await boss.schedule(queues.contactDeadlines, "*/10 * * * *", {}, { tz: timeZone });
    await boss.schedule(queues.reviewReminders, "0 7 * * *", {}, { tz: timeZone });
  }
  // Whatever a previous run of any worker left half done.
  await sweep();
  logger.info({ channel: options.channel.name, concurrency }, "notification worker started");

  return {
    sweep,
    async stop() {
      await boss.stop({ graceful: true, timeout: 10_000 });
      await options.channel.close();
    },
  };
}
