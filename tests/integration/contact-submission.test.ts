import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "~/auth/session.server";
import { contactsPage, submitContact, viewContact } from "~/services/contacts.server";
import { saveDraftPage, startContactDraft } from "~/services/contact-drafts.server";
import { ensureThresholdDocumentPublished } from "~/services/thresholds.server";
import { saveNotificationChoices } from "~/notifications/preferences.server";
import {
  auditEvents,
  contactChildren,
  contactDrafts,
  contacts,
  notificationOutbox,
  thresholdDocuments,
} from "#db/schema";
import { createDatabase } from "#db/connection";
import { seedDemoData } from "#db/seed";
import { completeAnswers } from "#tests/support/contact-fixtures";
import { actorFor, currentUser } from "#tests/support/current-user";
import { createUser } from "#tests/support/auth-factories";
import { useTestDatabase } from "#tests/support/test-database";

const { db, ownerUrl } = useTestDatabase();
let school: CurrentUser;
let otherSchool: CurrentUser;
let pagedSchool: CurrentUser;

beforeAll(async () => {
  await seedDemoData(db(), { password: "a demo password for tests", nodeEnv: "test" });
  await ensureThresholdDocumentPublished(db());
  school = await currentUser(db(), "dsl@northmoor-primary.example");
  otherSchool = await currentUser(db(), "dsl@riverside-academy.example");
  // An organisation of its own, so no other test's contacts appear in its list.
  pagedSchool = await currentUser(db(), (await createUser(db(), { role: "partner", twoFactor: false })).email);
});

async function readyDraft(user: CurrentUser): Promise<string> {
  const { draftId } = await startContactDraft(actorFor(user), user, { immediateDanger: "no" });
  await saveDraftPage(actorFor(user), user, draftId, { page: "check-answers" }, () => completeAnswers());
  return draftId;
}

describe("submitting a contact", () => {
  it("makes one contact however many times the same draft is submitted at once", async () => {
    const draftId = await readyDraft(school);
    const submittedAt = new Date("2026-11-23T10:00:00Z"); // a Monday morning
    const results = await Promise.all([
      submitContact(actorFor(school), school, draftId, submittedAt),
      submitContact(actorFor(school), school, draftId, submittedAt),
    ]);
    expect(results[0]).toEqual({ outcome: "submitted", reference: expect.stringMatching(/^FD-\d{6}$/) });
    expect(results[1]).toEqual(results[0]);
    const reference = results[0].outcome === "submitted" ? results[0].reference : "";

    const made = await db().select().from(contacts).where(eq(contacts.reference, reference));
    expect(made).toHaveLength(1);
    const contact = made[0]!;
    const [published] = await db()
      .select({ id: thresholdDocuments.id })
      .from(thresholdDocuments)
      .where(eq(thresholdDocuments.status, "published"));
    expect(contact).toMatchObject({
      organisationId: school.organisationId,
      submittedBy: school.id,
      referralSource: "2A",
      thresholdDocumentId: published!.id,
      immediateDanger: false,
      descriptorIds: ["neglect-2-inconsistent-care", "finance-2-hardship"],
      suggestedLevel: 2,
      referrerLevel: 2,
      familyAware: "yes",
      consentGiven: "yes",
      status: "submitted",
      // One working day after 10am on a Monday; screening, unrated, on Red's four working hours.
      decisionDueAt: new Date("2026-11-24T10:00:00Z"),
      screeningDueAt: new Date("2026-11-23T14:00:00Z"),
    });
    const children = await db().select().from(contactChildren).where(eq(contactChildren.contactId, contact.id));
    expect(children.map((child) => [child.position, child.firstName, child.nhsNumber])).toEqual([
      [0, "Amy", "4857773457"],
      [1, "Ben", null],
    ]);

    const [draft] = await db().select().from(contactDrafts).where(eq(contactDrafts.id, draftId));
    expect(draft?.submittedContactId).toBe(contact.id);
    const submitted = await db().select().from(auditEvents).where(eq(auditEvents.subjectId, contact.id));
    expect(submitted.map((event) => event.action)).toEqual(["contact.submit"]);
    const queued = await db()
      .select()
      .from(notificationOutbox)
      .where(eq(notificationOutbox.template, "contactAcknowledged"));
    const acknowledgements = queued.filter((message) => message.personalisation.reference === reference);
    expect(acknowledgements).toHaveLength(1);
    expect(acknowledgements[0]).toMatchObject({ recipient: school.email });
  });

  it("makes one contact, one audit event and one email when ten submits of a draft race", async () => {
    const draftId = await readyDraft(school);
    const results = await Promise.all(
      Array.from({ length: 10 }, () => submitContact(actorFor(school), school, draftId)),
    );
    const references = new Set(results.map((result) => (result.outcome === "submitted" ? result.reference : "")));
    expect([...references]).toEqual([expect.stringMatching(/^FD-\d{6}$/)]);
    const [reference] = references;
    const made = await db().select({ id: contacts.id }).from(contacts).where(eq(contacts.reference, reference!));
    expect(made).toHaveLength(1);
    const audited = await db()
      .select({ id: auditEvents.id })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "contact.submit"), eq(auditEvents.subjectId, made[0]!.id)));
    expect(audited).toHaveLength(1);
    const children = await db().select().from(contactChildren).where(eq(contactChildren.contactId, made[0]!.id));
    expect(children.length).toBeGreaterThan(0);
  });

  it("commits nothing when any of its writes fails: no contact, no children, the draft still open", async () => {
    const draftId = await readyDraft(school);
    const before = await db().select({ id: contacts.id }).from(contacts);
    // A real failure in the database, at the audit event: the last group of writes, sent together with the others.
    // Only the schema's owner may add a trigger; the portal's own role may not.
    const owner = createDatabase(ownerUrl(), { max: 1 });
    await owner.db.execute(sql`
      create function refuse_submit_audit() returns trigger language plpgsql as $$
      begin raise exception 'audit refused for the test'; end $$`);
    await owner.db.execute(sql`
      create trigger refuse_submit_audit before insert on audit_events
      for each row when (new.action = 'contact.submit') execute function refuse_submit_audit()`);
    try {
      await expect(submitContact(actorFor(school), school, draftId)).rejects.toHaveProperty(
        "cause.message",
        "audit refused for the test",
      );
    } finally {
      await owner.db.execute(sql`drop trigger refuse_submit_audit on audit_events`);
      await owner.db.execute(sql`drop function refuse_submit_audit`);
      await owner.close();
    }
    expect(await db().select({ id: contacts.id }).from(contacts)).toHaveLength(before.length);
    const [draft] = await db().select().from(contactDrafts).where(eq(contactDrafts.id, draftId));
    expect(draft?.submittedContactId).toBeNull();
    // And the same draft submits once the fault is gone.
    expect(await submitContact(actorFor(school), school, draftId)).toMatchObject({ outcome: "submitted" });
  });

  it("refuses a draft with pages still to answer, and makes nothing", async () => {
    const { draftId } = await startContactDraft(actorFor(school), school, { immediateDanger: "no" });
    const before = await db().select({ id: contacts.id }).from(contacts);
    const result = await submitContact(actorFor(school), school, draftId);
    expect(result.outcome).toBe("incomplete");
    expect(await db().select({ id: contacts.id }).from(contacts)).toHaveLength(before.length);
  });

  it("lets only the referrer who wrote a draft submit it", async () => {
    const draftId = await readyDraft(school);
    expect(await submitContact(actorFor(otherSchool), otherSchool, draftId)).toEqual({ outcome: "not-found" });
  });
  it("sends no acknowledgement to a referrer who turned acknowledgements off, and still makes the contact", async () => {
    const referrer = await currentUser(db(), (await createUser(db(), { role: "partner", twoFactor: false })).email);
    await saveNotificationChoices(db(), actorFor(referrer), referrer, []);
    const result = await submitContact(actorFor(referrer), referrer, await readyDraft(referrer));
    expect(result.outcome).toBe("submitted");
    const reference = result.outcome === "submitted" ? result.reference : "";
    expect(await db().select().from(contacts).where(eq(contacts.reference, reference))).toHaveLength(1);
    const acknowledgements = await db()
      .select()
      .from(notificationOutbox)
      .where(eq(notificationOutbox.recipient, referrer.email));
    expect(acknowledgements).toEqual([]);
  });

  it("numbers its contacts in order, every digit kept past a million", async () => {
    const owner = createDatabase(ownerUrl(), { max: 1 });
    try {
      const [{ last } = { last: "1" }] = await owner.db.execute<{ last: string }>(
        sql`select last_value::text as last from contact_reference_seq`,
      );
      await owner.db.execute(sql`select setval('contact_reference_seq', 999998)`);
      const references = [];
      for (const draftId of [await readyDraft(school), await readyDraft(school)]) {
        const result = await submitContact(actorFor(school), school, draftId);
        references.push(result.outcome === "submitted" ? result.reference : result.outcome);
      }
      expect(references).toEqual(["FD-999999", "FD-1000000"]);
      await owner.db.execute(sql`select setval('contact_reference_seq', ${Number(last)})`);
    } finally {
      await owner.close();
    }
  });
});

describe("contacts are scoped by organisation", () => {
  it("are listed a page at a time, newest first, and a page past the end shows the last", async () => {
    const references: string[] = [];
    for (let index = 0; index < 3; index += 1) {
      const result = await submitContact(actorFor(pagedSchool), pagedSchool, await readyDraft(pagedSchool));
      if (result.outcome !== "submitted") throw new Error("not submitted");
      references.unshift(result.reference);
    }
    const first = await contactsPage(pagedSchool, { page: 1, pageSize: 2 });
    expect(first.contacts).toMatchObject({ page: 1, pageCount: 2, total: 3, more: false });
    expect(first.contacts.items.map((contact) => contact.reference)).toEqual(references.slice(0, 2));
    const pastTheEnd = await contactsPage(pagedSchool, { page: 9, pageSize: 2 });
    expect(pastTheEnd.contacts.page).toBe(2);
    expect(pastTheEnd.contacts.items.map((contact) => contact.reference)).toEqual(references.slice(2));
  });

  it("lists and shows a contact to its organisation only, auditing every view and every refusal", async () => {
    const draftId = await readyDraft(school);
    const result = await submitContact(actorFor(school), school, draftId);
    if (result.outcome !== "submitted") throw new Error("not submitted");

    const own = await contactsPage(school);
    expect(own.contacts.items.map((contact) => contact.reference)).toContain(result.reference);
    expect(own.drafts.map((draft) => draft.id)).not.toContain(draftId);
    const listed = own.contacts.items.find((contact) => contact.reference === result.reference);
    expect(listed?.children.map((child) => child.firstName)).toEqual(["Amy", "Ben"]);

    const other = await contactsPage(otherSchool);
    expect(other.contacts.items.map((contact) => contact.reference)).not.toContain(result.reference);

    const seen = await viewContact(actorFor(school), school, result.reference, "contact");
    expect(seen.outcome).toBe("found");
    if (seen.outcome !== "found") return;
    expect(seen.contact.thresholdDocument.version).toBe("2026.1");
    expect(seen.contact.answers.children).toHaveLength(2);

    const refused = await viewContact(actorFor(otherSchool), otherSchool, result.reference, "contact");
    expect(refused).toEqual({ outcome: "not-found" });
    expect(await viewContact(actorFor(school), school, "FD-000000", "contact")).toEqual({ outcome: "not-found" });

    const views = await db()
      .select({ action: auditEvents.action, userId: auditEvents.userId, subjectType: auditEvents.subjectType })
      .from(auditEvents)
      .where(eq(auditEvents.subjectId, seen.contact.id));
    expect(views).toContainEqual({ action: "contact.view", userId: school.id, subjectType: "contact" });
    expect(views).toContainEqual({
      action: "access.deniedOtherOrganisation",
      userId: otherSchool.id,
      subjectType: "contact",
    });
  });
});
