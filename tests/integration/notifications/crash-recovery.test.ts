import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "#db/schema";
import { createSmtpChannel } from "~/notifications/channels/smtp.server";
import { deliverMessage } from "~/notifications/deliver.server";
import { queueMessage } from "~/notifications/outbox.server";
import { startFakeNotify, type FakeNotify } from "#tests/support/fake-notify";
import {
  appUrl,
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
const leaseSeconds = 1;
const workerScript = path.resolve(import.meta.dirname, "../../support/notification-worker-process.ts");
let smtp: TestSmtpServer;
let notify: FakeNotify;
const workers = new Set<ChildProcess>();
const smtpChannel = () =>
  createSmtpChannel({ url: smtp.url, from: "Front Door <no-reply@front-door.test>", timeoutMs: 2_000 });

beforeAll(async () => {
  [smtp, notify] = await Promise.all([startTestSmtpServer(), startFakeNotify()]);
});
afterEach(async () => {
  for (const worker of workers) await kill(worker);
});
afterAll(async () => {
  await Promise.all([smtp?.stop(), notify?.stop()]);
});

/** A worker process; resolves once it is taking jobs. */
async function startWorkerProcess(channel: "smtp" | "notify"): Promise<ChildProcess> {
  const worker = spawn(process.execPath, ["--import", "tsx", workerScript], {
    env: {
      ...process.env,
      DATABASE_URL: url(),
      LEASE_SECONDS: String(leaseSeconds),
      ...(channel === "smtp" ? { SMTP_URL: smtp.url } : { NOTIFY_BASE_URL: notify.baseUrl }),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  workers.add(worker);
  let errors = "";
  worker.stderr!.on("data", (chunk: Buffer) => (errors += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    worker.stdout!.on("data", (chunk: Buffer) => chunk.toString().includes("ready") && resolve());
    worker.on("exit", (code) => reject(new Error(`The worker exited (${code}) before it was ready: ${errors}`)));
  });
  return worker;
}

/** SIGKILL: the process gets no chance to finish, release or record anything. */
async function kill(worker: ChildProcess): Promise<void> {
  workers.delete(worker);
  if (worker.exitCode !== null || worker.signalCode !== null) return;
  const exited = new Promise((resolve) => worker.once("exit", resolve));
  worker.kill("SIGKILL");
  await exited;
}

/** A business change and its message, committed together. */
async function commitChangeWithMessage(to: string) {
  await db().transaction(async (tx) => {
    await tx.insert(auditEvents).values({ action: "test.changed", subjectType: "test", subjectId: to });
    await queueMessage(
      tx,
      {
        to,
        template: "decisionRecorded",
        personalisation: { name: "Alex Turner", reference: "FD-000321", link: `${appUrl}/contacts/FD-000321` },
      },
      queued,
    );
  });
}

/** The dead worker's claim has run out, so another worker may take the message over. */
async function waitForLeaseToEnd(to: string) {
  await until(async () => {
    const row = await outboxRowByRecipient(db(), to);
    return !!row?.claimedUntil && row.claimedUntil.getTime() + 200 < Date.now();
  });
}

describe("a worker killed during delivery", { timeout: 60_000 }, () => {
  it("leaves a committed message that no worker has taken yet to be delivered once when a worker starts", async () => {
    smtp.received.length = 0;
    await commitChangeWithMessage("before-any-worker@school.example");
    expect((await outboxRowByRecipient(db(), "before-any-worker@school.example"))?.status).toBe("pending");

    const worker = await startTestWorker({ databaseUrl: url(), db: db(), channel: smtpChannel() });
    try {
      await waitForStatus(db(), "before-any-worker@school.example", "sent");
      expect(smtp.received.filter((email) => email.to.includes("before-any-worker@school.example"))).toHaveLength(1);
    } finally {
      await worker.stop();
    }
  });

  it("over SMTP: dies while the server has the message unanswered; after restart it is delivered exactly once", async () => {
    const to = "killed-mid-send@school.example";
    smtp.received.length = 0;
    smtp.attempts = 0;
    smtp.answer = (attempt) => (attempt === 1 ? { hang: true } : { accept: true });
    const first = await startWorkerProcess("smtp");
    await commitChangeWithMessage(to);
    await smtp.waitForAttempts(1);
    await kill(first);

    const orphaned = await outboxRowByRecipient(db(), to);
    expect(orphaned).toMatchObject({ status: "sending", attempts: 1 });
    expect(smtp.received).toHaveLength(0);

    await waitForLeaseToEnd(to);
    await startWorkerProcess("smtp");
    const sent = await waitForStatus(db(), to, "sent");
    // The dead worker's job is still "active" until pg-boss expires it and runs it again; then it finds nothing to do.
    const replay = { db: db(), channel: smtpChannel(), retryPolicy: quickRetries, leaseSeconds, logger: silentLogger };
    expect(await deliverMessage(replay, sent.id)).toBe("notDue");
    expect(sent.attempts).toBe(2);
    expect(smtp.received.filter((email) => email.to.includes(to))).toHaveLength(1);
    expect(smtp.received[0]!.messageId).toBe(`<${sent.idempotencyKey}@front-door.test>`);
  });

  it("with GOV.UK Notify: dies after Notify accepted the message; the restarted worker finds it by reference and does not send it again", async () => {
    const to = "killed-after-notify-accepted@school.example";
    notify.behaviour = (request) =>
      request.method === "POST" && notify.notifications.length === 0 ? { kind: "hang" } : { kind: "normal" };
    const first = await startWorkerProcess("notify");
    await commitChangeWithMessage(to);
    await until(() => notify.notifications.length === 1);
    await kill(first);
    expect((await outboxRowByRecipient(db(), to))?.status).toBe("sending");

    await waitForLeaseToEnd(to);
    await startWorkerProcess("notify");
    const sent = await waitForStatus(db(), to, "sent");
    expect(notify.requests.filter((request) => request.method === "POST")).toHaveLength(1);
    expect(notify.notifications).toHaveLength(1);
    expect(sent).toMatchObject({ attempts: 2, providerReference: notify.notifications[0]!.id });
  });
});
