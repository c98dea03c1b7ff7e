import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { auditEvents, devMail } from "#db/schema";
import { createSmtpChannel } from "~/notifications/channels/smtp.server";
import { deliverMessage } from "~/notifications/deliver.server";
import { queueDelivery } from "~/notifications/job-queue.server";
import { queueMessage, retryDeadMessage } from "~/notifications/outbox.server";
import type { NotificationWorker } from "~/notifications/worker.server";
import {
  appUrl,
  openDeliveryJobs,
  orphanDeliveryJobs,
  outboxRowByRecipient,
  queued,
  quickRetries,
  silentLogger,
  startTestWorker,
  waitForStatus,
} from "#tests/support/notifications";
import { startTestSmtpServer, until, type TestSmtpServer } from "#tests/support/smtp";
import { useTestDatabase } from "#tests/support/test-database";

const { db, url } = useTestDatabase();
let smtp: TestSmtpServer;
let worker: NotificationWorker;
const from = "Front Door <no-reply@front-door.test>";
const channel = () => createSmtpChannel({ url: smtp.url, from, timeoutMs: 2_000 });

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  worker = await startTestWorker({ databaseUrl: url(), db: db(), channel: channel() });
});
afterAll(async () => {
  await worker?.stop();
  await smtp?.stop();
});
beforeEach(() => {
  smtp.received.length = 0;
  smtp.attempts = 0;
  smtp.answer = () => ({ accept: true });
});

function deadline(to: string) {
  return {
    to,
    template: "contactDeadlinePassed" as const,
    personalisation: {
      name: "Sam Okafor",
      reference: "FD-000042",
      deadline: "decision deadline",
      dueAt: "5pm on 2 March 2026",
      link: `${appUrl}/mash/contacts/FD-000042`,
    },
  };
}

/** Some business change, and its message, in one transaction. */
async function changeAndMessage(to: string, options: { rollBack?: boolean } = {}) {
  await db()
    .transaction(async (tx) => {
      await tx.insert(auditEvents).values({ action: "test.changed", subjectType: "test", subjectId: to });
      await queueMessage(tx, deadline(to), queued);
      if (options.rollBack) throw new Error("the change failed");
    })
    .catch((error: Error) => {
      if (error.message !== "the change failed") throw error;
    });
}

describe("delivery over SMTP", () => {
  it("sends a message once its transaction commits, with the outbox reference as its Message-ID", async () => {
    await changeAndMessage("screener-1@mash.test");
    const [email] = await smtp.waitFor(1);
    const row = await waitForStatus(db(), "screener-1@mash.test", "sent");
    expect(email).toMatchObject({
      from: "no-reply@front-door.test",
      to: ["screener-1@mash.test"],
      subject: "Contact FD-000042 is past its decision deadline",
      messageId: `<${row.idempotencyKey}@front-door.test>`,
    });
    expect(email!.text).toContain("Dear Sam Okafor,");
    expect(email!.text).toContain(`${appUrl}/mash/contacts/FD-000042`);
    expect(row).toMatchObject({ attempts: 1, channel: "smtp", lastError: null, claimToken: null });
    expect(row.providerReference).toBe(`<${row.idempotencyKey}@front-door.test>`);
  });

  it("outside production also copies the message to /dev/mail, so developers can read it whatever channel sends it", async () => {
    await queueMessage(db(), deadline("copied@mash.test"), { ...queued, copyToDevMail: true });
    const [copy] = await db().select().from(devMail).where(eq(devMail.recipient, "copied@mash.test"));
    expect(copy).toMatchObject({
      template: "contactDeadlinePassed",
      personalisation: expect.objectContaining({ reference: "FD-000042" }),
    });
    const [email] = await smtp.waitFor(1);
    expect(email!.to).toEqual(["copied@mash.test"]);
    await waitForStatus(db(), "copied@mash.test", "sent");
  });

  it("writes neither message nor job when the change rolls back", async () => {
    await changeAndMessage("rolled-back@mash.test", { rollBack: true });
    expect(await outboxRowByRecipient(db(), "rolled-back@mash.test")).toBeUndefined();
    expect(await orphanDeliveryJobs(db())).toBe(0);
  });

  it("sends once however many workers hold jobs for the same message", async () => {
    const second = await startTestWorker({ databaseUrl: url(), db: db(), channel: channel() });
    try {
      await changeAndMessage("screener-2@mash.test");
      const row = (await outboxRowByRecipient(db(), "screener-2@mash.test"))!;
      for (let copy = 0; copy < 6; copy += 1) await queueDelivery(db(), row.id);
      await waitForStatus(db(), "screener-2@mash.test", "sent");
      await until(async () => (await openDeliveryJobs(db(), row.id)) === 0);
      expect(smtp.received.filter((email) => email.to.includes("screener-2@mash.test"))).toHaveLength(1);
    } finally {
      await second.stop();
    }
  });

  it("lets only one of several simultaneous attempts claim a message", async () => {
    await changeAndMessage("screener-3@mash.test");
    const row = (await outboxRowByRecipient(db(), "screener-3@mash.test"))!;
    const context = { db: db(), channel: channel(), retryPolicy: quickRetries, leaseSeconds: 60, logger: silentLogger };
    const outcomes = await Promise.all(Array.from({ length: 8 }, () => deliverMessage(context, row.id)));
    await waitForStatus(db(), "screener-3@mash.test", "sent");
    expect(outcomes.filter((outcome) => outcome === "sent").length).toBeLessThanOrEqual(1);
    expect(outcomes.filter((outcome) => outcome !== "sent").every((outcome) => outcome === "notDue")).toBe(true);
    expect(smtp.received.filter((email) => email.to.includes("screener-3@mash.test"))).toHaveLength(1);
  });
});

describe("a failing SMTP server", () => {
  it("is retried with backoff, then the message is dead, and an administrator's retry delivers it", async () => {
    smtp.answer = (attempt) =>
      attempt <= 3 ? { accept: false, code: 451, message: "Try again later" } : { accept: true };
    await changeAndMessage("manager@mash.test");
    const dead = await waitForStatus(db(), "manager@mash.test", "dead");
    expect(smtp.attempts).toBe(3);
    expect(smtp.received).toHaveLength(0);
    expect(dead.attempts).toBe(3);
    expect(dead.lastError).toMatch(/451/);
    const attemptsAt = [dead.createdAt.getTime(), dead.updatedAt.getTime()];
    expect(attemptsAt[1]! - attemptsAt[0]!).toBeGreaterThanOrEqual(quickRetries.firstDelayMs);

    const actor = { user: null, ipAddress: "192.0.2.1", correlationId: "test" };
    expect(await retryDeadMessage(db(), actor, dead.id)).toBe(true);
    const sent = await waitForStatus(db(), "manager@mash.test", "sent");
    expect(smtp.received).toHaveLength(1);
    expect(sent.attempts).toBe(1);
    const audit = await db().execute<{ count: number }>(
      sql`select count(*)::int as count from audit_events where action = 'notification.retried' and subject_id = ${dead.id}`,
    );
    expect(audit[0]?.count).toBe(1);
    expect(await retryDeadMessage(db(), actor, dead.id)).toBe(false);
  });

  it("is not retried when it refuses the message for good", async () => {
    smtp.answer = () => ({ accept: false, code: 550, message: "Mailbox unavailable" });
    await changeAndMessage("nobody@mash.test");
    const dead = await waitForStatus(db(), "nobody@mash.test", "dead");
    expect(dead.attempts).toBe(1);
    expect(dead.lastError).toMatch(/550/);
    // The job finishes just after the message is marked dead: wait for it rather than race it.
    await until(async () => (await openDeliveryJobs(db(), dead.id)) === 0);
    expect(smtp.attempts).toBe(1);
  });
});
