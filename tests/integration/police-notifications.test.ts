import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "~/auth/session.server";
import { addToIsoDate, todayInLondon } from "~/forms/date-input";
import { policeNotificationReceivedAt, policeNotificationSchema } from "~/forms/mash/police-notification";
import { deadlinesOnArrival } from "~/services/mash-settings.server";
import { policeOrganisations, recordPoliceNotification } from "~/services/police-notifications.server";
import { correctReferralSource } from "~/services/referral-source.server";
import { auditEvents, contactChildren, contacts, organisations, persons } from "#db/schema";
import { seedDemoData } from "#db/seed";
import { actorFor, currentUser } from "#tests/support/current-user";
import { useTestDatabase } from "#tests/support/test-database";

const { db } = useTestDatabase();
let screener: CurrentUser;

beforeAll(async () => {
  await seedDemoData(db(), { password: "a demo password for tests", nodeEnv: "test" });
  screener = await currentUser(db(), "screener@northmoor-mash.example");
});

async function notification(child: { firstName: string; lastName: string; dateOfBirth?: string; postcode?: string }) {
  const [force] = await policeOrganisations();
  const [year, month, day] = (child.dateOfBirth ?? "--").split("-");
  return policeNotificationSchema.parse({
    receivedDate: addToIsoDate(todayInLondon(), { days: -1 }),
    receivedTime: "11:15pm",
    policeOrganisationId: force!.id,
    policeReference: "PPN-2026-0099",
    childFirstName: child.firstName,
    childLastName: child.lastName,
    childDateOfBirth: child.dateOfBirth ? { day, month, year } : { day: "", month: "", year: "" },
    postcode: child.postcode ?? "",
    summary: "Officers attended a domestic incident; the child was in the house.",
  });
}

async function contactOf(reference: string) {
  const [contact] = await db().select().from(contacts).where(eq(contacts.reference, reference));
  const children = await db().select().from(contactChildren).where(eq(contactChildren.contactId, contact!.id));
  return { contact: contact!, children };
}

describe("a police notification", () => {
  it("about a child the MASH knows links straight to that child, as source 6, on the clock from when it arrived", async () => {
    const answers = await notification({
      firstName: "Leo",
      lastName: "Ward",
      dateOfBirth: "2016-05-14",
      postcode: "NM2 7QP",
    });
    const result = await recordPoliceNotification(actorFor(screener), screener, answers);
    const [leo] = await db()
      .select()
      .from(persons)
      .where(and(eq(persons.firstName, "Leo"), eq(persons.lastName, "Ward")));
    expect(result).toEqual({ ok: true, reference: expect.stringMatching(/^FD-\d{6,}$/), linkedTo: leo!.id });
    if (!result.ok) return;

    const { contact, children } = await contactOf(result.reference);
    const receivedAt = policeNotificationReceivedAt(answers);
    expect(contact).toMatchObject({
      channel: "police_notification",
      referrerKind: "professional",
      referralSource: "6",
      recordedBy: screener.id,
      receivedAt,
      confirmationDueAt: null,
      ...deadlinesOnArrival(receivedAt),
    });
    expect(children.map((child) => child.personId)).toEqual([leo!.id]);
    const linked = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "person.linked"), eq(auditEvents.subjectId, contact.id)));
    expect(linked).toHaveLength(1);
  });

  it("about a child nobody knows waits for the screener to link", async () => {
    const result = await recordPoliceNotification(
      actorFor(screener),
      screener,
      await notification({ firstName: "Zara", lastName: "Quennell" }),
    );
    expect(result).toMatchObject({ ok: true, linkedTo: null });
    if (!result.ok) return;
    const { children } = await contactOf(result.reference);
    expect(children.map((child) => child.personId)).toEqual([null]);
  });

  it("is refused from an organisation that is not the police", async () => {
    const [school] = await db().select().from(organisations).where(eq(organisations.type, "school"));
    const answers = {
      ...(await notification({ firstName: "Amy", lastName: "Cole" })),
      policeOrganisationId: school!.id,
    };
    expect(await recordPoliceNotification(actorFor(screener), screener, answers)).toEqual({
      ok: false,
      field: "policeOrganisationId",
      key: "mash.police.organisation.required",
    });
  });
});

describe("correcting a contact's referral source", () => {
  it("changes the code, keeps what it was and why in the audit trail, and refuses the same code again", async () => {
    const recorded = await recordPoliceNotification(
      actorFor(screener),
      screener,
      await notification({ firstName: "Noah", lastName: "Pike" }),
    );
    if (!recorded.ok) throw new Error("not recorded");
    const correction = {
      referralSource: "7",
      reason: "It came from the youth offending team, forwarded by the police.",
    };
    expect(await correctReferralSource(actorFor(screener), recorded.reference, correction)).toEqual({ ok: true });
    const { contact } = await contactOf(recorded.reference);
    expect(contact.referralSource).toBe("7");
    const [audit] = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "contact.referralSourceCorrected"), eq(auditEvents.subjectId, contact.id)));
    expect(audit).toMatchObject({ reason: correction.reason, details: { from: "6", to: "7" } });
    expect(await correctReferralSource(actorFor(screener), recorded.reference, correction)).toEqual({
      ok: false,
      error: "mash.source.referralSource.unchanged",
    });
    expect(await correctReferralSource(actorFor(screener), "FD-999999", correction)).toEqual({
      ok: false,
      error: "notFound",
    });
  });
});
