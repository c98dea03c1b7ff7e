import { randomUUID } from "node:crypto";
import { and, desc, eq, sql } from "drizzle-orm";
import { PgTransaction } from "drizzle-orm/pg-core";
import type { Logger } from "pino";
import type { Queryable } from "#db/connection";
import { notificationOutbox, notificationPreferences, users, type OutboxRow } from "#db/schema";
import type { OutboxStatus } from "~/domain/notifications/outbox-status";
import {
  isNotificationTemplate,
  isOptionalTemplate,
  type NotificationTemplate,
} from "~/domain/notifications/templates";
import { type AuditActor, recordAudit } from "~/services/audit.server";
import { createDevChannel } from "./channels/dev.server";
import { queueDelivery } from "./job-queue.server";
import { missingPlaceholders, renderEmail, withAppUrl } from "./render";

export interface NotificationMessage {
  to: string;
  template: NotificationTemplate;
  /** The values the template's `{placeholders}` take, as GOV.UK Notify calls them. */
  personalisation: Record<string, string>;
}

/**
 * `queue`: the worker delivers the message after the transaction commits.
 * `development`: no provider is configured, so the message goes straight to
 * /dev/mail in the caller's transaction.
 */
export type DeliveryMode = "queue" | "development";

export interface QueueOptions {
  mode: DeliveryMode;
  appUrl: string;
  logger: Logger;
  /** Whether development delivery may log addresses and bodies (never in production). */
  logBodies: boolean;
  /**
   * A message missing a placeholder is refused (outside production, so tests
   * catch it); in production it is logged and sent, rather than failing the
   * change it reports.
   */
  strictPlaceholders: boolean;
  /**
   * Outside production, a copy of every queued message also goes to
   * /dev/mail in the caller's transaction, so developers and the end-to-end
   * tests can read it whichever channel delivers it.
   */
  copyToDevMail: boolean;
  /**
   * Makes the message unique: queueing a second with the same key does
   * nothing, which is how scheduled reminders run safely on several
   * instances. Letters, digits, underscores, hyphens and dots. A new UUID when not given.
   */
  idempotencyKey?: string;
  /**
   * Whether the recipient turned the message off, when the caller has asked
   * already (`hasTurnedOff`) alongside its own earlier statements; asked here
   * otherwise.
   */
  turnedOff?: boolean;
}

export type QueueResult = "queued" | "delivered" | "duplicate" | "turnedOff";

const idempotencyKeyPattern = /^[\w-]+(\.[\w-]+)*$/;

/**
 * Writes a message to the outbox in the caller's transaction, with the job
 * that will deliver it: both exist exactly when the caller's change commits.
 * Optional messages the recipient has turned off are not written.
 */
export async function queueMessage(
  queryable: Queryable,
  message: NotificationMessage,
  options: QueueOptions,
): Promise<QueueResult> {
  if (!isNotificationTemplate(message.template)) throw new Error(`Unknown notification template ${message.template}`);
  const personalisation = withAppUrl(message.personalisation, options.appUrl);
  const missing = missingPlaceholders(message.template, personalisation);
  if (missing.length > 0) {
    const problem = `The ${message.template} message needs ${missing.join(", ")}`;
    if (options.strictPlaceholders) throw new Error(problem);
    options.logger.error({ template: message.template, missing }, problem);
  }
  const idempotencyKey = options.idempotencyKey ?? randomUUID();
  if (!idempotencyKeyPattern.test(idempotencyKey)) throw new Error(`Not a usable idempotency key: ${idempotencyKey}`);
  const recipient = message.to.trim();
  if (options.turnedOff ?? (await hasTurnedOff(queryable, recipient, message.template))) return "turnedOff";

  // The message and its delivery job commit together: in the caller's transaction when there is one (a savepoint
  // would cost two more round trips and guard nothing the caller's does not), else in a transaction of their own.
  const together = <T>(work: (tx: Queryable) => Promise<T>) =>
    queryable instanceof PgTransaction ? work(queryable) : queryable.transaction(work);
  return together(async (tx) => {
    const development = options.mode === "development";
    const id = randomUUID();
    const write = tx
      .insert(notificationOutbox)
      .values({
        id,
        idempotencyKey,
        template: message.template,
        recipient,
        personalisation,
        ...(development ? { status: "sent" as const, channel: "dev", attempts: 1, sentAt: sql`now()` } : {}),
      })
      .onConflictDoNothing({ target: notificationOutbox.idempotencyKey })
      .returning({ id: notificationOutbox.id });
    const deliver = () =>
      Promise.all([
        development || options.copyToDevMail
          ? copyToDevMail(tx, { to: recipient, template: message.template, personalisation }, idempotencyKey, options)
          : undefined,
        development ? undefined : queueDelivery(tx, id),
      ]);
    if (options.idempotencyKey === undefined) {
      // A fresh key cannot be taken already, so what delivers the message is sent with its row, not after it.
      await Promise.all([write, deliver()]);
    } else {
      const [row] = await write;
      if (!row) return "duplicate";
      await deliver();
    }
    return development ? "delivered" : "queued";
  });
}

/** The message as /dev/mail shows it, and the log outside production. */
function copyToDevMail(queryable: Queryable, message: NotificationMessage, reference: string, options: QueueOptions) {
  const channel = createDevChannel(queryable, options.logger, { logBody: options.logBodies });
  return channel.send({ ...message, reference, ...renderEmail(message.template, message.personalisation) });
}

/** Security messages always go; the others go unless the recipient, if they have an account, turned them off. */
export async function hasTurnedOff(
  queryable: Queryable,
  email: string,
  template: NotificationTemplate,
): Promise<boolean> {
  if (!isOptionalTemplate(template)) return false;
  const [choice] = await queryable
    .select({ enabled: notificationPreferences.enabled })
    .from(notificationPreferences)
    .innerJoin(users, eq(users.id, notificationPreferences.userId))
    .where(and(eq(users.email, email.toLowerCase()), eq(notificationPreferences.template, template)));
  return choice?.enabled === false;
}

export interface OutboxListing {
  id: string;
  createdAt: Date;
  /** The subject as sent: it carries a reference, never a child's details. */
  subject: string;
  recipient: string;
  status: OutboxStatus;
  attempts: number;
  lastError: string | null;
}

/** For /admin/notifications: counts by status, every dead message (newest first), and the latest messages. */
export async function notificationsForAdministrators(queryable: Queryable): Promise<{
  summary: Record<OutboxStatus, number>;
  dead: OutboxListing[];
  recent: OutboxListing[];
}> {
  const counts = await queryable
    .select({ status: notificationOutbox.status, count: sql<number>`count(*)::int` })
    .from(notificationOutbox)
    .groupBy(notificationOutbox.status);
  const summary: Record<OutboxStatus, number> = { pending: 0, sending: 0, sent: 0, dead: 0 };
  for (const row of counts) summary[row.status] = row.count;
  const listing = (rows: OutboxRow[]) =>
    rows.map((row) => ({
      id: row.id,
      createdAt: row.createdAt,
      subject: isNotificationTemplate(row.template)
        ? renderEmail(row.template, row.personalisation).subject
        : row.template,
      recipient: row.recipient,
      status: row.status,
      attempts: row.attempts,
      lastError: row.lastError,
    }));
  const newestFirst = desc(notificationOutbox.createdAt);
  const [dead, recent] = await Promise.all([
    queryable
      .select()
      .from(notificationOutbox)
      .where(eq(notificationOutbox.status, "dead"))
      .orderBy(newestFirst)
      .limit(200),
    queryable.select().from(notificationOutbox).orderBy(newestFirst).limit(25),
  ]);
  return { summary, dead: listing(dead), recent: listing(recent) };
}

/**
 * An administrator sends a dead message again: a fresh round of attempts
 * (and a fresh day of retries) starts now. False if it was not dead.
 */
export async function retryDeadMessage(queryable: Queryable, actor: AuditActor, outboxId: string): Promise<boolean> {
  return queryable.transaction(async (tx) => {
    const [row] = await tx
      .update(notificationOutbox)
      .set({
        status: "pending",
        attempts: 0,
        nextAttemptAt: sql`now()`,
        queuedAt: sql`now()`,
        updatedAt: sql`now()`,
      })
      .where(and(eq(notificationOutbox.id, outboxId), eq(notificationOutbox.status, "dead")))
      .returning({ id: notificationOutbox.id, template: notificationOutbox.template });
    if (!row) return false;
    await queueDelivery(tx, row.id);
    await recordAudit(tx, actor, {
      action: "notification.retried",
      subjectType: "notification",
      subjectId: row.id,
      details: { template: row.template },
    });
    return true;
  });
}
