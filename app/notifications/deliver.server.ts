import { randomUUID } from "node:crypto";
import { and, eq, lt, lte, or, sql } from "drizzle-orm";
import type { PgUpdateSetSource } from "drizzle-orm/pg-core";
import type { Logger } from "pino";
import type { Database, Queryable } from "#db/connection";
import { notificationOutbox, type OutboxRow } from "#db/schema";
import { nextAttemptAt, type AttemptFailure, type RetryPolicy } from "~/domain/notifications/retry";
import { isNotificationTemplate } from "~/domain/notifications/templates";
import { DeliveryFailure, type MailChannel, type OutgoingEmail, type SendReceipt } from "./channels/channel";
import { queueDelivery } from "./job-queue.server";
import { renderEmail } from "./render";

export interface DeliveryContext {
  db: Database;
  channel: MailChannel;
  retryPolicy: RetryPolicy;
  /** How long a claim lasts: far longer than any channel's timeout. */
  leaseSeconds: number;
  logger: Logger;
}

export type DeliveryOutcome = "sent" | "retrying" | "dead" | "notDue";

const outbox = notificationOutbox;

/**
 * One attempt at one outbox message. The claim is a conditional UPDATE, so
 * of several workers holding jobs for the same message only one gets it;
 * the claim token fences the result, so a worker whose lease ran out cannot
 * record a second send.
 */
export async function deliverMessage(context: DeliveryContext, outboxId: string): Promise<DeliveryOutcome> {
  const message = await claim(context, outboxId);
  if (!message) return "notDue";
  const { channel, logger } = context;
  const log = logger.child({ outboxId, template: message.template, attempt: message.attempts });
  let receipt: SendReceipt;
  try {
    const email = outgoingEmail(message);
    // Any earlier attempt may have reached the provider before its worker died or timed out.
    const earlier = message.attempts > 1 && channel.findEarlierSend ? await channel.findEarlierSend(email) : null;
    if (earlier) log.warn("an earlier attempt had reached the provider: recording it, not sending again");
    receipt = earlier ?? (await channel.send(email));
  } catch (error) {
    return recordFailure(context, message, error, log);
  }
  // If this fails the job fails: the claim runs out, and the next attempt asks the provider first.
  await finish(context.db, logger, message, {
    status: "sent",
    sentAt: sql`now()`,
    channel: channel.name,
    providerReference: receipt.providerReference,
    lastError: null,
  });
  log.info("notification sent");
  return "sent";
}

/** A failed attempt: dead if it cannot succeed or has run out of time, else a job for the next attempt. */
async function recordFailure(
  context: DeliveryContext,
  message: OutboxRow,
  error: unknown,
  log: Logger,
): Promise<DeliveryOutcome> {
  const failure: AttemptFailure =
    error instanceof DeliveryFailure ? error.failure : { kind: "retryable", message: String(error) };
  const retryAt = nextAttemptAt(failure, message.attempts, message.queuedAt, new Date(), context.retryPolicy);
  if (!retryAt) {
    await finish(context.db, context.logger, message, { status: "dead", lastError: failure.message });
    log.warn({ error: failure.message }, "notification dead: an administrator can retry it");
    return "dead";
  }
  await context.db.transaction(async (tx) => {
    const retried = await finish(tx, context.logger, message, {
      status: "pending",
      nextAttemptAt: retryAt,
      lastError: failure.message,
    });
    if (retried) await queueDelivery(tx, message.id, retryAt);
  });
  log.info({ error: failure.message, retryAt }, "notification will be retried");
  return "retrying";
}

async function claim(context: DeliveryContext, outboxId: string): Promise<OutboxRow | undefined> {
  const [claimed] = await context.db
    .update(outbox)
    .set({
      status: "sending",
      attempts: sql`${outbox.attempts} + 1`,
      claimToken: randomUUID(),
      claimedUntil: sql`now() + make_interval(secs => ${context.leaseSeconds})`,
      updatedAt: sql`now()`,
    })
    .where(
      and(
        eq(outbox.id, outboxId),
        or(
          and(eq(outbox.status, "pending"), lte(outbox.nextAttemptAt, sql`now()`)),
          // A claim whose lease ran out belonged to a worker that died.
          and(eq(outbox.status, "sending"), lt(outbox.claimedUntil, sql`now()`)),
        ),
      ),
    )
    .returning();
  return claimed;
}

/** Ends the attempt, if this worker's claim still stands. */
async function finish(
  queryable: Queryable,
  logger: Logger,
  message: OutboxRow,
  changes: PgUpdateSetSource<typeof outbox>,
): Promise<boolean> {
  const rows = await queryable
    .update(outbox)
    .set({ ...changes, claimToken: null, claimedUntil: null, updatedAt: sql`now()` })
    .where(and(eq(outbox.id, message.id), eq(outbox.claimToken, message.claimToken!)))
    .returning({ id: outbox.id });
  if (rows.length === 0) {
    logger.error({ outboxId: message.id }, "the claim on a notification ran out before its attempt ended");
  }
  return rows.length > 0;
}

function outgoingEmail(message: OutboxRow): OutgoingEmail {
  if (!isNotificationTemplate(message.template)) {
    throw new DeliveryFailure({ kind: "permanent", message: `Unknown template ${message.template}` });
  }
  const { subject, body } = renderEmail(message.template, message.personalisation);
  return {
    reference: message.idempotencyKey,
    to: message.recipient,
    template: message.template,
    personalisation: message.personalisation,
    subject,
    body,
  };
}

/**
 * For delivery jobs that pg-boss gave up on because the worker itself kept
 * failing (not the provider): the message is marked dead for an
 * administrator, unless it was sent after all.
 */
export async function markUndeliverable(context: Pick<DeliveryContext, "db">, outboxId: string, reason: string) {
  await context.db
    .update(outbox)
    .set({
      status: "dead",
      lastError: sql`coalesce(${outbox.lastError} || ' / ', '') || ${reason}`,
      claimToken: null,
      claimedUntil: null,
      updatedAt: sql`now()`,
    })
    .where(and(eq(outbox.id, outboxId), or(eq(outbox.status, "pending"), eq(outbox.status, "sending"))));
}

/**
 * Queues a job for every message that should be moving and is not: pending
 * past its time (its job was lost) or claimed by a worker whose lease ran
 * out. Duplicate jobs are harmless: only one can claim the message.
 */
export async function requeueStranded(context: Pick<DeliveryContext, "db">, graceSeconds: number): Promise<number> {
  const stranded = await context.db
    .select({ id: outbox.id })
    .from(outbox)
    .where(
      or(
        and(
          eq(outbox.status, "pending"),
          lt(outbox.nextAttemptAt, sql`now() - make_interval(secs => ${graceSeconds})`),
        ),
        and(eq(outbox.status, "sending"), lt(outbox.claimedUntil, sql`now()`)),
      ),
    )
    .limit(1000);
  for (const { id } of stranded) await queueDelivery(context.db, id);
  return stranded.length;
}
