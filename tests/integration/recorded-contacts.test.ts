import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "~/auth/session.server";
import { calendarDate } from "~/domain/early-help/calendar-date";
import type { ContactDraftAnswers } from "~/domain/contact/journey";
import { intakeSchema, receivedAtOf, type IntakeAnswers } from "~/forms/contact/intake";
import { contactsPage, submitContact } from "~/services/contacts.server";
import { confirmContact, recordWrittenConfirmation } from "~/services/written-confirmation.server";
import { recordDecision } from "~/services/mash-decisions.server";
import { mashQueue } from "~/services/mash-queue.server";
import { confirmationDueAtFor, deadlinesOnArrival } from "~/services/mash-settings.server";
import { claimContact } from "~/services/mash-workflow.server";
import { startRecordedContact } from "~/services/recorded-contacts.server";
import { contactDrafts, contacts, devMail, organisations, users } from "#db/schema";
import { seedDemoData } from "#db/seed";
import { completeAnswers } from "#tests/support/contact-fixtures";
import { actorFor, currentUser } from "#tests/support/current-user";
import { useTestDatabase } from "#tests/support/test-database";

const { db } = useTestDatabase();
let screener: CurrentUser;
let gp: CurrentUser;
let school: CurrentUser;

beforeAll(async () => {
  await seedDemoData(db(), { password: "a demo password for tests", nodeEnv: "test" });
  screener = await currentUser(db(), "screener@northmoor-mash.example");
  gp = await currentUser(db(), "gp@castle-street-surgery.example");
  school = await currentUser(db(), "dsl@northmoor-primary.example");
});

/** Yesterday at 16:40 London time: received before it was typed up. */
function yesterdayAfternoon() {
  const yesterday = calendarDate(new Date(Date.now() - 24 * 3_600_000));
  return { receivedDate: yesterday, receivedTime: "16:40" };
}

/** Records a contact as a screener would: the intake page, then the partner's pages, then "Record contact". */
async function record(intake: Record<string, unknown>, answers: Partial<ContactDraftAnswers> = {}) {
  const parsed: IntakeAnswers = intakeSchema.parse(intake);
  const started = await startRecordedContact(actorFor(screener), screener, parsed);
  const { referrer: _partnerReferrer, ...rest } = completeAnswers();
  await db()
    .update(contactDrafts)
    .set({ answers: { ...rest, ...answers, intake: parsed } })
    .where(eq(contactDrafts.id, started.draftId));
  const result = await submitContact(actorFor(screener), screener, started.draftId);
  if (result.outcome !== "recorded") throw new Error(JSON.stringify(result));
  const [contact] = await db().select().from(contacts).where(eq(contacts.reference, result.reference));
  return { ...contact!, receivedAt: contact!.receivedAt, intake: parsed };
}

const gpReferrer = {
  name: "Dr Anil Mehta",
  role: "GP",
  organisation: "Castle Street Surgery",
  phone: "01632 960105",
  email: "gp@castle-street-surgery.example",
};

describe("a contact the MASH records", () => {
  it("from a GP's phone call starts the clock when the call came, asks for written confirmation, and shows in the GP's list", async () => {
    const [surgery] = await db().select().from(organisations).where(eq(organisations.name, "Castle Street Surgery"));
    const when = yesterdayAfternoon();
    const contact = await record(
      { channel: "phone", ...when, referrerKind: "professional", organisationId: surgery!.id },
      { referrer: gpReferrer },
    );
    const receivedAt = receivedAtOf(contact.intake);
    expect(contact).toMatchObject({
      channel: "phone",
      referrerKind: "professional",
      organisationId: surgery!.id,
      submittedBy: null,
      recordedBy: screener.id,
      referralSource: "3A",
      receivedAt,
      confirmationDueAt: confirmationDueAtFor(receivedAt),
      confirmedAt: null,
      ...deadlinesOnArrival(receivedAt),
    });
    expect(contact.submittedAt.getTime()).toBeGreaterThan(receivedAt.getTime());

    const [asked] = await db()
      .select()
      .from(devMail)
      .where(and(eq(devMail.template, "writtenConfirmationRequested"), eq(devMail.recipient, gpReferrer.email)));
    expect(asked?.personalisation).toMatchObject({ reference: contact.reference });
    expect(asked?.personalisation.nextStep).toContain("sign in to Front Door");

    const queue = await mashQueue(actorFor(screener), screener, {});
    const queued = queue.entries.find((entry) => entry.reference === contact.reference);
    expect(queued).toMatchObject({
      channel: "phone",
      confirmationDueAt: confirmationDueAtFor(receivedAt),
      confirmationOverdue: false,
    });
    const awaiting = await mashQueue(actorFor(screener), screener, { awaitingConfirmation: true });
    expect(awaiting.entries.map((entry) => entry.reference)).toEqual([contact.reference]);
    expect(awaiting.counts.awaitingConfirmation).toBe(1);

    const listed = await contactsPage(gp);
    expect(listed.contacts.items.map((item) => item.reference)).toContain(contact.reference);
    expect(await confirmContact(actorFor(school), school, contact.reference, { accurate: "yes" })).toEqual({
      ok: false,
      error: "notFound",
    });
    expect(
      await confirmContact(actorFor(gp), gp, contact.reference, {
        accurate: "no",
        correction: "The younger child is Ben, not Benjamin.",
      }),
    ).toEqual({ ok: true });
    const [confirmed] = await db().select().from(contacts).where(eq(contacts.id, contact.id));
    expect(confirmed).toMatchObject({
      confirmedBy: gp.id,
      confirmationCorrection: "The younger child is Ben, not Benjamin.",
    });
    expect(await confirmContact(actorFor(gp), gp, contact.reference, { accurate: "yes" })).toEqual({
      ok: false,
      error: "notAwaitingConfirmation",
    });
    const after = await mashQueue(actorFor(screener), screener, {});
    expect(after.entries.find((entry) => entry.reference === contact.reference)?.confirmationDueAt).toBeNull();
    expect(after.counts.awaitingConfirmation).toBe(0);

    // The GP who confirmed is the referrer the decision is sent to.
    await claimContact(actorFor(screener), screener, contact.reference);
    const children = await db().query.contactChildren.findMany({
      where: (table, { eq: equals }) => equals(table.contactId, contact.id),
    });
    await recordDecision(actorFor(screener), screener, contact.reference, {
      rag: "green",
      children: children.map((child) => ({ contactChildId: child.id, decidedLevel: 2, outcome: "early_help_taf" })),
      rationale: "Emerging needs.",
      referrerFeedback: "An early help worker will call the family.",
    });
    const decided = await db()
      .select()
      .from(devMail)
      .where(and(eq(devMail.template, "decisionRecorded"), eq(devMail.recipient, gp.email)));
    expect(decided.map((mail) => mail.personalisation.reference)).toContain(contact.reference);
  });

  it("from a named neighbour is 1B and from an anonymous caller 9, with nothing to confirm", async () => {
    const neighbour = await record({
      channel: "phone",
      ...yesterdayAfternoon(),
      referrerKind: "individual",
      individualName: "Joan Fletcher",
      relationship: "acquaintance",
    });
    expect(neighbour).toMatchObject({
      referrerKind: "individual",
      referrerRelationship: "acquaintance",
      referralSource: "1B",
      organisationId: null,
      confirmationDueAt: null,
    });
    const anonymous = await record({ channel: "letter", ...yesterdayAfternoon(), referrerKind: "anonymous" });
    expect(anonymous).toMatchObject({ referralSource: "9", confirmationDueAt: null });
  });

  it("from another organisation takes the census source from its kind", async () => {
    const probation = await record(
      {
        channel: "email",
        ...yesterdayAfternoon(),
        referrerKind: "professional",
        organisationId: "other",
        organisationType: "legal_agency",
      },
      { referrer: { ...gpReferrer, organisation: "Northmoor Probation Service", email: "officer@probation.example" } },
    );
    expect(probation).toMatchObject({ referralSource: "7", organisationId: null, confirmationDueAt: null });
  });

  it("invites a professional without an account to make one, only at their organisation's own email domain", async () => {
    const [surgery] = await db().select().from(organisations).where(eq(organisations.name, "Castle Street Surgery"));
    const phoned = (email: string) =>
      record(
        { channel: "phone", ...yesterdayAfternoon(), referrerKind: "professional", organisationId: surgery!.id },
        { referrer: { ...gpReferrer, name: "Dr Rosa Lind", email } },
      );
    const mailTo = (email: string) => db().select().from(devMail).where(eq(devMail.recipient, email));

    const colleague = await phoned("rosa.lind@castle-street-surgery.example");
    const [invited] = await db().select().from(users).where(eq(users.email, "rosa.lind@castle-street-surgery.example"));
    expect(invited).toMatchObject({ role: "partner", organisationId: surgery!.id, passwordHash: null });
    const colleagueMail = await mailTo("rosa.lind@castle-street-surgery.example");
    expect(colleagueMail.map((mail) => mail.template).sort()).toEqual(["invitation", "writtenConfirmationRequested"]);
    const asked = colleagueMail.find((mail) => mail.template === "writtenConfirmationRequested")!;
    expect(asked.personalisation).toMatchObject({ reference: colleague.reference });
    expect(asked.personalisation.nextStep).toContain("we have sent you an invitation to make one");

    const byEmail = await phoned("rosa.lind@personal-mail.example");
    expect(await db().select().from(users).where(eq(users.email, "rosa.lind@personal-mail.example"))).toEqual([]);
    const [personal] = await mailTo("rosa.lind@personal-mail.example");
    expect(personal).toMatchObject({ template: "writtenConfirmationRequested" });
    expect(personal!.personalisation.nextStep).toContain("ask your organisation’s Front Door administrator");

    // Her confirmation comes by email: the screener records it, and the queue stops waiting for it.
    const correction = { accurate: "no" as const, correction: "The burn was on her left hand." };
    expect(await recordWrittenConfirmation(actorFor(screener), byEmail.reference, correction)).toEqual({ ok: true });
    const [confirmed] = await db().select().from(contacts).where(eq(contacts.id, byEmail.id));
    expect(confirmed).toMatchObject({ confirmedBy: null, confirmationCorrection: "The burn was on her left hand." });
    expect(confirmed!.confirmedAt).not.toBeNull();
    expect(await recordWrittenConfirmation(actorFor(screener), byEmail.reference, { accurate: "yes" })).toEqual({
      ok: false,
      error: "notAwaitingConfirmation",
    });
  });

  it("refuses a time received in the future", () => {
    const tomorrow = calendarDate(new Date(Date.now() + 48 * 3_600_000));
    const result = intakeSchema.safeParse({
      channel: "phone",
      receivedDate: tomorrow,
      receivedTime: "09:00",
      referrerKind: "anonymous",
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toContain("contact.intake.receivedDate.inFuture");
  });
});
