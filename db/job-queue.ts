import PgBoss from "pg-boss";

/** pg-boss keeps its tables in this schema of the portal's own database. */
export const jobQueueSchema = "pgboss";

/**
 * How long one worker holds a message it is sending. The channels' own
 * timeouts are far shorter, so a worker still holding a claim when it ends
 * has either finished or died; another may then take the message over.
 */
export const deliveryLeaseSeconds = 300;

export const queues = {
  /** One job per attempt to deliver an outbox message; the job carries only the message's id. */
  delivery: "notification-delivery",
  /** Delivery jobs whose handler kept failing (not the provider: the worker itself) end here. */
  deliveryDead: "notification-delivery-dead",
  /** Re-queues messages that lost their job or their worker. */
  sweep: "notification-sweep",
  contactDeadlines: "contact-deadline-reminders",
  reviewReminders: "early-help-review-reminders",
  /** Keeps the reports dashboard's default view worked out (ADR 18). */
  reportSnapshots: "report-snapshots",
} as const;

const queueOptions: Record<(typeof queues)[keyof typeof queues], Omit<PgBoss.Queue, "name">> = {
  [queues.deliveryDead]: { policy: "standard", retryLimit: 3, retryDelay: 60 },
  [queues.delivery]: {
    policy: "standard",
    retryLimit: 8,
    retryDelay: 30,
    retryBackoff: true,
    expireInSeconds: deliveryLeaseSeconds + 60,
    deadLetter: queues.deliveryDead,
  },
  // One run at a time, however many instances fire the schedule.
  [queues.sweep]: { policy: "singleton", retryLimit: 0, expireInSeconds: 300 },
  [queues.contactDeadlines]: { policy: "singleton", retryLimit: 2, retryDelay: 60, expireInSeconds: 600 },
  [queues.reviewReminders]: { policy: "singleton", retryLimit: 2, retryDelay: 60, expireInSeconds: 600 },
  [queues.reportSnapshots]: { policy: "singleton", retryLimit: 0, expireInSeconds: 600 },
};

/**
 * Installs (or upgrades) pg-boss's schema and our queues. It runs with the
 * migrations, so that any database the portal uses can take jobs in a
 * business transaction, whether or not a worker has started yet.
 */
export async function installJobQueue(url: string): Promise<void> {
  const boss = new PgBoss({
    connectionString: url,
    schema: jobQueueSchema,
    max: 1,
    application_name: "front-door-migrate",
    supervise: false,
    schedule: false,
  });
  await boss.start();
  try {
    // Dead-letter queues first: a queue's dead letter must already exist.
    for (const [name, options] of Object.entries(queueOptions)) {
      await boss.createQueue(name, { name, ...options });
      await boss.updateQueue(name, { name, ...options });
    }
  } finally {
    await boss.stop({ graceful: false });
  }
}
