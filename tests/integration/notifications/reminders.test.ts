import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import {
  contacts,
  earlyHelpPlans,
  earlyHelpReviews,
  notificationOutbox,
  notificationPreferences,
  users,
} from "#db/schema";
import { seedDemoData } from "#db/seed";
import { createScreeningClock, defaultScreeningTimelinessPolicy } from "~/domain/mash/policy";
import { queueMessage } from "~/notifications/outbox.server";
import { findDueReviews, queueContactDeadlineReminders, queueReviewReminders } from "~/notifications/reminders.server";
import { userIdByEmail } from "#tests/support/early-help-fixtures";
import { createSubmittedContact } from "#tests/support/factories";
import { appUrl, queued } from "#tests/support/notifications";
import { useTestDatabase } from "#tests/support/test-database";

const { db } = useTestDatabase();
const now = new Date("2026-03-04T11:00:00Z"); // a Wednesday
const clock = createScreeningClock(defaultScreeningTimelinessPolicy);
const addWorkingDays = (from: Date, days: number) => clock.addWorkingDays(from, days);
const reviewPolicy = { intervalWeeks: 6, dueSoonWorkingDays: 5 };
const hours = (count: number) => new Date(now.getTime() + count * 3_600_000);
let screener: string;
let referrer: { id: string; organisationId: string };
let practitioner: string;

beforeAll(async () => {
  await seedDemoData(db(), { password: "a demo password for tests", nodeEnv: "test" });
  screener = await userIdByEmail(db(), "screener@northmoor-mash.example");
  practitioner = await userIdByEmail(db(), "practitioner@northmoor-early-help.example");
  const [school] = await db()
    .select({ id: users.id, organisationId: users.organisationId })
    .from(users)
    .where(eq(users.email, "dsl@northmoor-primary.example"));
  referrer = school!;
});

/** A contact due a decision at `decisionDueAt`: with the MASH (unclaimed), being screened by someone, or decided. */
async function contactDue(decisionDueAt: Date, options: { assignedTo?: string; decided?: boolean } = {}) {
  const contact = await createSubmittedContact(db(), { referrer });
  const assignedTo = options.decided ? screener : (options.assignedTo ?? null);
  const status = options.decided ? "decided" : assignedTo ? "in_screening" : "submitted";
  await db().update(contacts).set({ decisionDueAt, assignedTo, status }).where(eq(contacts.id, contact.id));
  return contact;
}

async function remindersFor(reference: string) {
  const rows = await db().select().from(notificationOutbox);
  return rows.filter((row) => row.personalisation.reference === reference);
}

describe("contact deadline reminders", () => {
  it("tell the assignee once when a deadline is close, and again once it has passed", async () => {
    const contact = await contactDue(hours(1), { assignedTo: screener });
    await queueContactDeadlineReminders(db(), now, { warningMinutes: 120 }, queued);
    await queueContactDeadlineReminders(db(), now, { warningMinutes: 120 }, queued);
    let reminders = await remindersFor(contact.reference);
    expect(reminders.map((row) => [row.template, row.recipient])).toEqual([
      ["contactDeadlineApproaching", "screener@northmoor-mash.example"],
    ]);
    expect(reminders[0]!.personalisation.link).toBe(`${appUrl}/mash/contacts/${contact.reference}`);

    await queueContactDeadlineReminders(db(), hours(2), { warningMinutes: 120 }, queued);
    reminders = await remindersFor(contact.reference);
    expect(reminders.map((row) => row.template).sort()).toEqual([
      "contactDeadlineApproaching",
      "contactDeadlinePassed",
    ]);
  });

  it("tell the MASH managers when nobody has the contact, and say nothing of contacts decided or not yet close", async () => {
    const unassigned = await contactDue(hours(-3));
    const decided = await contactDue(hours(-3), { decided: true });
    const later = await contactDue(hours(30));
    await queueContactDeadlineReminders(db(), now, { warningMinutes: 120 }, queued);
    expect((await remindersFor(unassigned.reference)).map((row) => [row.template, row.recipient])).toEqual([
      ["contactDeadlinePassed", "manager@northmoor-mash.example"],
    ]);
    expect(await remindersFor(decided.reference)).toEqual([]);
    expect(await remindersFor(later.reference)).toEqual([]);
  });

  it("warn of the screening deadline when it falls before the decision's, and name it", async () => {
    const contact = await createSubmittedContact(db(), { referrer });
    await db()
      .update(contacts)
      .set({ screeningDueAt: hours(1), decisionDueAt: hours(6), assignedTo: screener, status: "in_screening" })
      .where(eq(contacts.id, contact.id));
    await queueContactDeadlineReminders(db(), now, { warningMinutes: 120 }, queued);
    const [reminder] = await remindersFor(contact.reference);
    expect(reminder).toMatchObject({ template: "contactDeadlineApproaching" });
    expect(reminder!.personalisation).toMatchObject({
      deadline: "screening deadline",
      dueAt: "midday on 4 March 2026",
    });
  });

  it("are queued once even when several instances run the job at the same moment", async () => {
    const contact = await contactDue(hours(-1), { assignedTo: screener });
    await Promise.all(
      Array.from({ length: 4 }, () => queueContactDeadlineReminders(db(), now, { warningMinutes: 120 }, queued)),
    );
    expect(await remindersFor(contact.reference)).toHaveLength(1);
  });
});

describe("plan review reminders", () => {
  async function plan(startedOn: string, reviews: { heldOn: string; nextReviewOn: string }[] = []) {
    const sequence = Math.floor(Math.random() * 1_000_000);
    const [row] = await db()
      .insert(earlyHelpPlans)
      .values({
        reference: `EH-T${sequence}`,
        kind: "early_help",
        status: "active",
        origin: "partner",
        startedOn,
        leadProfessionalId: practitioner,
        createdBy: practitioner,
      })
      .returning({ id: earlyHelpPlans.id, reference: earlyHelpPlans.reference });
    for (const review of reviews) {
      await db()
        .insert(earlyHelpReviews)
        .values({
          planId: row!.id,
          ...review,
          attendees: [],
          whatChanged: "Things are better.",
          recordedBy: practitioner,
        });
    }
    return row!;
  }

  it("find plans whose review is due within 5 working days or overdue, from the latest review or the start", async () => {
    const dueSoon = await plan("2026-01-01", [{ heldOn: "2026-02-01", nextReviewOn: "2026-03-09" }]);
    const overdue = await plan("2026-01-19"); // first review due six weeks on: 2 March
    const onTrack = await plan("2026-02-20");
    const due = await findDueReviews(db(), now, reviewPolicy, addWorkingDays);
    const states = Object.fromEntries(due.map((review) => [review.planReference, [review.state, review.dueOn]]));
    expect(states[dueSoon.reference]).toEqual(["due_soon", "2026-03-09"]);
    expect(states[overdue.reference]).toEqual(["overdue", "2026-03-02"]);
    expect(states[onTrack.reference]).toBeUndefined();

    await queueReviewReminders(db(), now, reviewPolicy, addWorkingDays, queued);
    await queueReviewReminders(db(), now, reviewPolicy, addWorkingDays, queued);
    const reminders = (await db().select().from(notificationOutbox)).filter(
      (row) => row.template.startsWith("earlyHelpReview") && row.personalisation.planReference === overdue.reference,
    );
    expect(reminders.map((row) => [row.template, row.recipient, row.personalisation.dueOn])).toEqual([
      ["earlyHelpReviewOverdue", "practitioner@northmoor-early-help.example", "2 March 2026"],
    ]);
  });
});

describe("notification preferences", () => {
  it("hold back an optional message the recipient turned off, never a security message", async () => {
    await db()
      .insert(notificationPreferences)
      .values([
        { userId: screener, template: "contactDeadlinePassed", enabled: false },
        { userId: screener, template: "newSignIn", enabled: false },
      ]);
    const to = "Screener@Northmoor-MASH.example";
    const deadline = {
      name: "S",
      reference: "FD-999999",
      deadline: "decision deadline",
      dueAt: "5pm on 2 March 2026",
      link: `${appUrl}/x`,
    };
    expect(await queueMessage(db(), { to, template: "contactDeadlinePassed", personalisation: deadline }, queued)).toBe(
      "turnedOff",
    );
    expect(
      await queueMessage(
        db(),
        { to, template: "newSignIn", personalisation: { name: "S", time: "9am", accountUrl: `${appUrl}/account` } },
        queued,
      ),
    ).toBe("queued");
    const held = await db()
      .select()
      .from(notificationOutbox)
      .where(and(eq(notificationOutbox.template, "contactDeadlinePassed"), eq(notificationOutbox.recipient, to)));
    expect(held).toEqual([]);
  });
});
