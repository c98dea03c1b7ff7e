import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvents, notificationOutbox } from "#db/schema";
import { queueMessage } from "~/notifications/outbox.server";
import * as accountNotifications from "~/routes/account.notifications";
import * as adminNotifications from "~/routes/admin.notifications";
import { createUser, signedInCookie, testContext, testRequest, type TestUser } from "#tests/support/auth-factories";
import { appUrl, openDeliveryJobs, queued } from "#tests/support/notifications";
import { useTestDatabase } from "#tests/support/test-database";

const { db } = useTestDatabase();
let partner: TestUser;
let admin: TestUser;

beforeAll(async () => {
  partner = await createUser(db(), { role: "partner", twoFactor: false });
  admin = await createUser(db(), { role: "admin", twoFactor: false });
});

const decision = { name: "Alex", reference: "FD-000100", link: `${appUrl}/contacts/FD-000100` };

async function redirectOf(promise: Promise<unknown>): Promise<string | null> {
  const response = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  return response instanceof Response ? response.headers.get("location") : null;
}

describe("/account/notifications", () => {
  it("offers the optional emails of the user's role, all on, and saves which they want", async () => {
    const cookie = await signedInCookie(db(), partner);
    const before = await accountNotifications.loader({
      request: testRequest("/account/notifications", { cookie }),
      context: testContext,
      params: {},
    });
    expect(before.choices.map((choice) => [choice.template, choice.enabled])).toEqual([
      ["contactAcknowledged", true],
      ["decisionRecorded", true],
      ["writtenConfirmationRequested", true],
      ["earlyHelpReviewDue", true],
      ["earlyHelpReviewOverdue", true],
    ]);

    const form = new URLSearchParams([
      ["template", "decisionRecorded"],
      ["template", "newSignIn"],
      ["template", "no-such-email"],
    ]);
    const request = new Request("http://localhost/account/notifications", {
      method: "POST",
      headers: { cookie },
      body: form,
    });
    expect(await redirectOf(accountNotifications.action({ request, context: testContext, params: {} }))).toBe(
      "/account/notifications?saved=1",
    );

    const after = await accountNotifications.loader({
      request: testRequest("/account/notifications", { cookie }),
      context: testContext,
      params: {},
    });
    expect(after.choices.filter((choice) => choice.enabled).map((choice) => choice.template)).toEqual([
      "decisionRecorded",
    ]);
    const [audit] = await db()
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "notification.preferencesChanged"));
    expect(audit).toMatchObject({ userId: partner.id, subjectId: partner.id });

    const send = (template: "contactAcknowledged" | "decisionRecorded") =>
      queueMessage(
        db(),
        { to: partner.email, template, personalisation: { ...decision, decisionDue: "5pm on 3 March 2026" } },
        queued,
      );
    expect(await send("contactAcknowledged")).toBe("turnedOff");
    expect(await send("decisionRecorded")).toBe("queued");
    const security = await queueMessage(
      db(),
      { to: partner.email, template: "newSignIn", personalisation: { name: "Alex", time: "9am", accountUrl: appUrl } },
      queued,
    );
    expect(security).toBe("queued");
  });
});

describe("/admin/notifications", () => {
  it("lists dead emails with their error, and an administrator's retry queues one again", async () => {
    await queueMessage(
      db(),
      { to: "gone@school.example", template: "decisionRecorded", personalisation: decision },
      queued,
    );
    const [dead] = await db()
      .update(notificationOutbox)
      .set({ status: "dead", attempts: 3, lastError: "SMTP: 550 Mailbox unavailable" })
      .where(eq(notificationOutbox.recipient, "gone@school.example"))
      .returning();
    const cookie = await signedInCookie(db(), admin);
    const page = await adminNotifications.loader({
      request: testRequest("/admin/notifications", { cookie }),
      context: testContext,
      params: {},
    });
    expect(page.summary.dead).toBe(1);
    expect(page.dead).toEqual([
      expect.objectContaining({
        id: dead!.id,
        subject: "Decision on contact FD-000100",
        recipient: "gone@school.example",
        attempts: 3,
        lastError: "SMTP: 550 Mailbox unavailable",
      }),
    ]);

    const jobsBefore = await openDeliveryJobs(db(), dead!.id);
    const retry = (message: string) =>
      redirectOf(
        adminNotifications.action({
          request: testRequest("/admin/notifications", { cookie, form: { message } }),
          context: testContext,
          params: {},
        }),
      );
    expect(await retry(dead!.id)).toBe("/admin/notifications?retried=1");
    const [row] = await db().select().from(notificationOutbox).where(eq(notificationOutbox.id, dead!.id));
    expect(row).toMatchObject({ status: "pending", attempts: 0 });
    expect(await openDeliveryJobs(db(), dead!.id)).toBe(jobsBefore + 1);
    expect(await retry(dead!.id)).toBe("/admin/notifications?notDead=1");
    expect(await retry("not-an-id")).toBe("/admin/notifications?notDead=1");
  });
});
