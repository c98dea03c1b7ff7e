import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { notificationTemplates } from "~/domain/notifications/templates";
import { DeliveryFailure, type OutgoingEmail } from "~/notifications/channels/channel";
import { createNotifyChannel } from "~/notifications/channels/notify.server";
import { queueMessage } from "~/notifications/outbox.server";
import { fakeApiKey, fakeServiceId, startFakeNotify, type FakeNotify } from "#tests/support/fake-notify";
import { appUrl, queued, startTestWorker, waitForStatus } from "#tests/support/notifications";
import { useTestDatabase } from "#tests/support/test-database";

const { db, url } = useTestDatabase();
let notify: FakeNotify;

const templateIds = Object.fromEntries(
  notificationTemplates.map((template, index) => [
    template,
    `f0000000-0000-4000-8000-${String(index).padStart(12, "0")}`,
  ]),
);
const channel = (timeoutMs = 2_000) =>
  createNotifyChannel({ apiKey: fakeApiKey, baseUrl: notify.baseUrl, templateIds, timeoutMs });

const email: OutgoingEmail = {
  reference: "4b0c5b8e-6c1f-4f3c-9d0e-2a7f1c3b9e10",
  to: "dsl@northmoor-primary.example",
  template: "decisionRecorded",
  personalisation: { name: "Alex Turner", reference: "FD-000321", link: `${appUrl}/contacts/FD-000321`, appUrl },
  subject: "Decision on contact FD-000321",
  body: "Dear Alex Turner, …",
};

async function failureOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DeliveryFailure);
  return (error as DeliveryFailure).failure;
}

beforeAll(async () => {
  notify = await startFakeNotify();
});
afterAll(async () => {
  await notify?.stop();
});
beforeEach(() => {
  notify.requests.length = 0;
  notify.notifications.length = 0;
  notify.behaviour = () => ({ kind: "normal" });
});

describe("the GOV.UK Notify channel", () => {
  it("posts the template, address, personalisation and reference, signed as Notify expects", async () => {
    const receipt = await channel().send(email);
    expect(notify.requests).toHaveLength(1);
    const [request] = notify.requests;
    expect(request).toMatchObject({ method: "POST", path: "/v2/notifications/email" });
    expect(request!.headers["content-type"]).toMatch(/^application\/json/);
    expect(request!.headers["user-agent"]).toMatch(/^NOTIFY-API-NODE-CLIENT\/8\./);
    expect(request!.claims).toMatchObject({ iss: fakeServiceId });
    expect(request!.body).toEqual({
      template_id: templateIds.decisionRecorded,
      email_address: "dsl@northmoor-primary.example",
      personalisation: email.personalisation,
      reference: email.reference,
    });
    expect(receipt.providerReference).toBe(notify.notifications[0]!.id);
  });

  it("does not retry a 400, and retries 429 (after its Retry-After) and 5xx", async () => {
    notify.behaviour = () => ({
      kind: "error",
      status: 400,
      error: "BadRequestError",
      message: "Missing personalisation: link",
    });
    expect(await failureOf(channel().send(email))).toEqual({
      kind: "permanent",
      message: "GOV.UK Notify 400: BadRequestError: Missing personalisation: link",
    });
    notify.behaviour = () => ({
      kind: "error",
      status: 429,
      error: "RateLimitError",
      message: "Exceeded rate limit",
      headers: { "Retry-After": "30" },
    });
    expect(await failureOf(channel().send(email))).toMatchObject({ kind: "retryable", retryAfterSeconds: 30 });
    for (const status of [500, 503]) {
      notify.behaviour = () => ({ kind: "error", status, error: "Exception", message: "Internal server error" });
      expect(await failureOf(channel().send(email))).toMatchObject({ kind: "retryable" });
    }
  });

  it("stops waiting after its timeout, which the Notify client does not have of its own", async () => {
    notify.behaviour = () => ({ kind: "hang" });
    const started = Date.now();
    const failure = await failureOf(channel(300).send(email));
    expect(failure).toMatchObject({ kind: "retryable" });
    expect(failure.message).toMatch(/no answer/);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("finds an earlier send by its reference", async () => {
    const { providerReference } = await channel().send(email);
    expect(await channel().findEarlierSend!(email)).toEqual({ providerReference });
    expect(await channel().findEarlierSend!({ ...email, reference: "never-sent" })).toBeNull();
    const lookup = notify.requests.at(-1)!;
    expect(lookup).toMatchObject({ method: "GET", path: "/v2/notifications" });
    expect(Object.fromEntries(lookup.query)).toEqual({ template_type: "email", reference: "never-sent" });
    expect(lookup.claims).toMatchObject({ iss: fakeServiceId });
  });

  it("after a timeout, finds the message Notify did receive and records it instead of sending it twice", async () => {
    // Notify accepts the first post but answers after the client has given up.
    notify.behaviour = (request) =>
      request.method === "POST" && notify.notifications.length === 0
        ? { kind: "late", delayMs: 1_500 }
        : { kind: "normal" };
    const worker = await startTestWorker({ databaseUrl: url(), db: db(), channel: channel(300) });
    try {
      await queueMessage(
        db(),
        {
          to: "manager@northmoor-mash.example",
          template: "signOffAwaiting",
          personalisation: {
            name: "Jo Patel",
            reference: "FD-000777",
            link: `${appUrl}/mash/contacts/FD-000777/sign-off`,
          },
        },
        queued,
      );
      const sent = await waitForStatus(db(), "manager@northmoor-mash.example", "sent");
      expect(notify.requests.filter((request) => request.method === "POST")).toHaveLength(1);
      expect(notify.notifications).toHaveLength(1);
      expect(sent.attempts).toBe(2);
      expect(sent.providerReference).toBe(notify.notifications[0]!.id);
      expect(notify.notifications[0]!.reference).toBe(sent.idempotencyKey);
    } finally {
      await worker.stop();
    }
  });
});
