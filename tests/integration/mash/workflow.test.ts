import { and, desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "~/auth/session.server";
import { agencyChecks, answerInformationCheck } from "~/services/mash-agency-checks.server";
import { requestInformationCheck } from "~/services/mash-checks.server";
import { recordDecision } from "~/services/mash-decisions.server";
import { signOffDecision } from "~/services/mash-sign-off.server";
import { mashQueue } from "~/services/mash-queue.server";
import { screeningView } from "~/services/mash-screening.server";
import { claimContact, rateContact } from "~/services/mash-workflow.server";
import { createPersonForChild, linkChildToPerson, unlinkChild } from "~/services/person-matching.server";
import { referrerFeedback } from "~/services/referrer-feedback.server";
import { auditEvents, devMail, earlyHelpPlanChildren, earlyHelpPlans, informationChecks, persons } from "#db/schema";
import { seedDemoData } from "#db/seed";
import { actorFor, currentUser } from "#tests/support/current-user";
import { createSubmittedContact, readContact } from "#tests/support/factories";
import { useTestDatabase } from "#tests/support/test-database";

const { db } = useTestDatabase();
let school: CurrentUser;
let screener: CurrentUser;
let manager: CurrentUser;
let police: CurrentUser;

beforeAll(async () => {
  await seedDemoData(db(), { password: "a demo password for tests", nodeEnv: "test" });
  school = await currentUser(db(), "dsl@northmoor-primary.example");
  screener = await currentUser(db(), "screener@northmoor-mash.example");
  manager = await currentUser(db(), "manager@northmoor-mash.example");
  police = await currentUser(db(), "police.officer@northmoor-police.example");
});

const leo = {
  firstName: "Leo",
  lastName: "Ward",
  dateOfBirth: "2016-05-14",
  sex: "male" as const,
  postcode: "NM2 7QP",
  line1: "27 Heather Close",
};

describe("screening a contact about a child the MASH knows", () => {
  it("offers the existing person, and once linked shows a repeat contact, history and a sibling", async () => {
    const { reference, childIds } = await createSubmittedContact(db(), { referrer: school, children: [leo] });
    await claimContact(actorFor(screener), screener, reference);
    const before = (await screeningView(actorFor(screener), screener, reference))!;
    const [candidate] = before.children[0]!.candidates;
    expect(candidate).toMatchObject({ strength: "strong", person: { firstName: "Leo", lastName: "Ward" } });
    expect(before.can).toMatchObject({ claim: false, release: true, work: true, signOff: false });

    expect(await linkChildToPerson(actorFor(screener), screener, reference, childIds[0]!, candidate!.personId)).toEqual(
      { ok: true },
    );
    const after = (await screeningView(actorFor(screener), screener, reference))!;
    const history = after.children[0]!.linked!.history;
    expect(history.repeatWithin12Months).toBe(true);
    expect(history.previousContacts.map((contact) => contact.outcome?.outcome)).toEqual(["early_help_taf", "nfa"]);
    expect(history.household.map(({ person, connection }) => [person.firstName, connection])).toEqual([
      ["Maisie", "sameContact"],
    ]);

    const viewed = await db()
      .select({ personId: auditEvents.personId })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "person.viewed"), eq(auditEvents.userId, screener.id)));
    expect(viewed.map((event) => event.personId)).toContain(candidate!.personId);
  });

  it("undoes a link with a reason, and makes a new person record for a child nobody knows", async () => {
    const { reference, childIds } = await createSubmittedContact(db(), {
      referrer: school,
      children: [
        leo,
        { firstName: "Poppy", lastName: "Ward", dateOfBirth: "2023-01-30", sex: "female", postcode: "NM2 7QP" },
      ],
    });
    await claimContact(actorFor(screener), screener, reference);
    const view = (await screeningView(actorFor(screener), screener, reference))!;
    expect(view.children[1]!.candidates).toEqual([]);
    await linkChildToPerson(
      actorFor(screener),
      screener,
      reference,
      childIds[0]!,
      view.children[0]!.candidates[0]!.personId,
    );
    expect(
      await unlinkChild(actorFor(screener), screener, reference, childIds[0]!, "Wrong Leo: different school"),
    ).toEqual({ ok: true });
    expect(await createPersonForChild(actorFor(screener), screener, reference, childIds[1]!)).toEqual({ ok: true });
    const [poppy] = await db().select().from(persons).where(eq(persons.firstName, "Poppy"));
    expect(poppy).toMatchObject({
      lastName: "Ward",
      dateOfBirth: "2023-01-30",
      postcode: "NM2 7QP",
      addressLine1: "14 Moorside Road",
    });
    const again = (await screeningView(actorFor(screener), screener, reference))!;
    expect(again.children[0]!.linked).toBeNull();
    expect(again.children[0]!.links.map((link) => [link.event, link.reason])).toEqual([
      ["linked", "nameExact, dateOfBirthExact, postcode"],
      ["unlinked", "Wrong Leo: different school"],
    ]);
  });
});

const toldFamily = {
  lawfulBasis: "public_task",
  familyInformed: true,
  familyNotInformedReason: null,
  authorisedBy: null,
} as const;

describe("information checks", () => {
  it("are due by the contact's RAG, answered by the agency, and put the contact back in screening", async () => {
    const { reference } = await createSubmittedContact(db(), { referrer: school });
    await claimContact(actorFor(screener), screener, reference);
    await rateContact(actorFor(screener), screener, reference, "red");
    const asked = new Date("2026-11-23T10:00:00Z"); // a Monday morning
    expect(
      await requestInformationCheck(
        actorFor(screener),
        screener,
        reference,
        { agency: "police", question: "Any call-outs to 14 Moorside Road?", ...toldFamily },
        asked,
      ),
    ).toEqual({ ok: true });
    expect(await readContact(db(), reference)).toMatchObject({ status: "awaiting_checks" });
    const officerMail = await db().select().from(devMail).where(eq(devMail.recipient, police.email));
    expect(officerMail.map((mail) => mail.template)).toContain("informationCheckRequested");

    const list = await agencyChecks(actorFor(police), police, new Date("2026-11-23T13:00:00Z"));
    const check = list.open.find((entry) => entry.reference === reference)!;
    expect(check.dueAt).toEqual(new Date("2026-11-23T12:00:00Z"));
    expect(check.timeLeft).toMatchObject({ state: "overdue", hours: 1 });

    const answered = await answerInformationCheck(
      actorFor(police),
      police,
      check.id,
      "Two call-outs in October.",
      new Date("2026-11-23T13:00:00Z"),
    );
    expect(answered).toEqual({ ok: true, reference });
    expect(await answerInformationCheck(actorFor(police), police, check.id, "Again")).toEqual({
      ok: false,
      error: "mash.check.error.alreadyAnswered",
    });
    expect(await readContact(db(), reference)).toMatchObject({ status: "in_screening" });
    const view = (await screeningView(actorFor(screener), screener, reference))!;
    expect(view.checks[0]).toMatchObject({
      answer: "Two call-outs in October.",
      answeredLateBy: { state: "overdue", hours: 1 },
    });
  });

  it("share a family's information without telling them only with a reason and a MASH manager's authority", async () => {
    const { reference, id } = await createSubmittedContact(db(), { referrer: school });
    await claimContact(actorFor(screener), screener, reference);
    const untold = {
      agency: "health",
      question: "Is the baby registered with a GP?",
      lawfulBasis: "public_task",
      familyInformed: false,
      familyNotInformedReason: "Telling the father may put the mother and baby at risk.",
    } as const;
    const ask = (request: Parameters<typeof requestInformationCheck>[3]) =>
      requestInformationCheck(actorFor(screener), screener, reference, request);
    const refused = { ok: false, error: "mash.checkRequest.error.sharing" };
    expect(await ask({ ...untold, authorisedBy: null })).toEqual(refused);
    expect(await ask({ ...untold, authorisedBy: screener.id })).toEqual(refused);
    expect(await ask({ ...untold, familyNotInformedReason: null, authorisedBy: manager.id })).toEqual(refused);
    expect(await ask({ ...untold, lawfulBasis: "consent", authorisedBy: manager.id })).toEqual(refused);
    expect(await ask({ ...untold, authorisedBy: manager.id })).toEqual({ ok: true });

    const view = (await screeningView(actorFor(screener), screener, reference))!;
    expect(view.checks[0]!.sharing).toEqual({
      lawfulBasis: "public_task",
      familyInformed: false,
      familyNotInformedReason: "Telling the father may put the mother and baby at risk.",
      authorisedByName: manager.name,
    });
    const [audit] = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "mash.check.requested"), eq(auditEvents.subjectId, id)));
    expect(audit!.details).toMatchObject({ familyInformed: false, sharingAuthorisedBy: manager.id });
    // The database holds the rule too: sharing the family was not told of always names who authorised it.
    await expect(
      db().update(informationChecks).set({ sharingAuthorisedBy: null }).where(eq(informationChecks.contactId, id)),
    ).rejects.toThrow();
  });

  it("are not shown to another agency", async () => {
    const education = { ...police, organisationType: "school" as const };
    const list = await agencyChecks(actorFor(education), education);
    expect(list.agency).toBe("education");
    expect(list.open).toEqual([]);
  });
});

describe("decisions", () => {
  const written = {
    rationale: "Emerging needs; family consent.",
    referrerFeedback: "An early help worker will call you.",
    internalNotes: "Mum's ex-partner known to police.",
  };

  it("stands at once when no sign-off is needed, tells the referrer, and shows them the outcome but never the notes", async () => {
    const { reference, id, childIds } = await createSubmittedContact(db(), { referrer: school });
    expect(
      await recordDecision(actorFor(screener), screener, reference, {
        rag: "amber",
        children: childIds.map((contactChildId) => ({ contactChildId, decidedLevel: 2, outcome: "early_help_taf" })),
        ...written,
      }),
    ).toEqual({ ok: false, error: "workflow.error.notClaimed" });
    await claimContact(actorFor(screener), screener, reference);
    expect(
      await recordDecision(actorFor(screener), screener, reference, {
        rag: "amber",
        children: [
          { contactChildId: childIds[0]!, decidedLevel: 2, outcome: "early_help_taf" },
          { contactChildId: childIds[1]!, decidedLevel: 1, outcome: "universal_services" },
        ],
        ...written,
      }),
    ).toEqual({ ok: true, needsSignOff: false });
    expect(await readContact(db(), reference)).toMatchObject({ status: "decided", rag: "amber" });
    const plans = await db().select().from(earlyHelpPlans).where(eq(earlyHelpPlans.contactId, id));
    expect(plans).toHaveLength(1);
    const onPlan = await db()
      .select()
      .from(earlyHelpPlanChildren)
      .where(eq(earlyHelpPlanChildren.planId, plans[0]!.id));
    expect(onPlan.map((child) => child.firstName)).toEqual(["Amy"]);
    const mail = await db().select().from(devMail).where(eq(devMail.recipient, school.email));
    const decided = mail.find(
      (message) => message.template === "decisionRecorded" && message.personalisation.reference === reference,
    )!;
    expect(Object.values(decided.personalisation).join(" ")).not.toMatch(/Amy|Ben|Evans/);

    const feedback = (await referrerFeedback(id))!;
    expect(feedback.timeline.map((step) => [step.stage, step.done])).toEqual([
      ["received", true],
      ["screening", true],
      ["decided", true],
    ]);
    expect(feedback.decision).toMatchObject({
      feedback: written.referrerFeedback,
      children: [
        { name: "Amy Evans", outcome: "early_help_taf", decidedLevel: 2 },
        { name: "Ben Evans", outcome: "universal_services", decidedLevel: 1 },
      ],
    });
    expect(JSON.stringify(feedback)).not.toContain(written.internalNotes);
    expect(JSON.stringify(feedback)).not.toContain(written.rationale);

    expect(await claimContact(actorFor(screener), screener, reference)).toEqual({
      ok: false,
      error: "workflow.error.alreadyDecided",
    });
    const queue = await mashQueue(actorFor(screener), screener, {});
    expect(queue.entries.map((entry) => entry.reference)).not.toContain(reference);
  });

  it("waits for a manager when no further action is decided on a level 4 suggestion; the manager approves it", async () => {
    const { reference, id, childIds } = await createSubmittedContact(db(), {
      referrer: school,
      referrerLevel: 4,
      children: [{ firstName: "Kai", lastName: "Hart", dateOfBirth: "2012-10-10" }],
    });
    await claimContact(actorFor(screener), screener, reference);
    const decision = {
      rag: "green" as const,
      children: [{ contactChildId: childIds[0]!, decidedLevel: 1, outcome: "nfa" }],
      ...written,
    };
    expect(await recordDecision(actorFor(screener), screener, reference, decision)).toEqual({
      ok: true,
      needsSignOff: true,
    });
    expect(await readContact(db(), reference)).toMatchObject({ status: "awaiting_sign_off", decidedAt: null });
    expect((await referrerFeedback(id))!.decision).toBeNull();
    expect(await recordDecision(actorFor(screener), screener, reference, decision)).toEqual({
      ok: false,
      error: "workflow.error.awaitingSignOff",
    });
    const managerMail = await db().select().from(devMail).where(eq(devMail.recipient, manager.email));
    expect(
      managerMail.some((mail) => mail.template === "signOffAwaiting" && mail.personalisation.reference === reference),
    ).toBe(true);

    expect(
      await signOffDecision(actorFor(manager), manager, reference, {
        result: "return",
        comment: "Speak to the school first.",
      }),
    ).toEqual({ ok: true });
    expect(await readContact(db(), reference)).toMatchObject({ status: "in_screening", assignedTo: screener.id });
    expect(await recordDecision(actorFor(screener), screener, reference, decision)).toEqual({
      ok: true,
      needsSignOff: true,
    });
    expect(await signOffDecision(actorFor(manager), manager, reference, { result: "approve" })).toEqual({ ok: true });
    expect(await readContact(db(), reference)).toMatchObject({ status: "decided" });
    const view = (await screeningView(actorFor(manager), manager, reference))!;
    expect(view.decisions.map((entry) => [entry.state, entry.signOff?.result])).toEqual([
      ["approved", "approved"],
      ["returned", "returned"],
    ]);
    expect((await referrerFeedback(id))!.decision?.children[0]).toMatchObject({ outcome: "nfa" });
  });

  it("is never signed off by the manager who recorded it", async () => {
    const { reference, childIds } = await createSubmittedContact(db(), {
      referrer: school,
      children: [{ firstName: "Ola", lastName: "Nowak", dateOfBirth: "2015-01-01" }],
    });
    await claimContact(actorFor(manager), manager, reference);
    await recordDecision(actorFor(manager), manager, reference, {
      rag: "red",
      children: [{ contactChildId: childIds[0]!, decidedLevel: 4, outcome: "strategy_discussion" }],
      ...written,
    });
    expect(await signOffDecision(actorFor(manager), manager, reference, { result: "approve" })).toEqual({
      ok: false,
      error: "mash.signOff.error.ownDecision",
    });
  });
});

describe("decisions that need a second pair of eyes", () => {
  const written = { rationale: "Reasons.", referrerFeedback: "What happens next." };

  async function claimedContact(referrerLevel: number) {
    const contact = await createSubmittedContact(db(), {
      referrer: school,
      referrerLevel,
      children: [{ firstName: "Tia", lastName: "Marsh", dateOfBirth: "2014-04-04" }],
    });
    await claimContact(actorFor(screener), screener, contact.reference);
    return contact;
  }

  it.each([
    ["advice and signposting", "advice_signposting", 1, 3],
    ["universal services", "universal_services", 1, 4],
    ["single-agency early help", "early_help_single_agency", 2, 3],
    ["early help with a team around the family", "early_help_taf", 3, 4],
  ])("sends %s on a contact the referrer put higher to a manager", async (_name, outcome, level, referrerLevel) => {
    const { reference, childIds } = await claimedContact(referrerLevel);
    expect(
      await recordDecision(actorFor(screener), screener, reference, {
        rag: "green",
        children: [{ contactChildId: childIds[0]!, decidedLevel: level, outcome }],
        ...written,
      }),
    ).toEqual({ ok: true, needsSignOff: true });
    expect(await readContact(db(), reference)).toMatchObject({ status: "awaiting_sign_off" });
  });

  it("lets early help with a team around the family stand on a level 3 contact", async () => {
    const { reference, childIds } = await claimedContact(3);
    expect(
      await recordDecision(actorFor(screener), screener, reference, {
        rag: "amber",
        children: [{ contactChildId: childIds[0]!, decidedLevel: 3, outcome: "early_help_taf" }],
        ...written,
      }),
    ).toEqual({ ok: true, needsSignOff: false });
  });

  it("refuses an outcome that does not fit its level, and keeps the reason for one that needs it", async () => {
    const { reference, childIds } = await claimedContact(4);
    const decide = (outcome: string, decidedLevel: number, outcomeReason?: string) =>
      recordDecision(actorFor(screener), screener, reference, {
        rag: "red",
        children: [{ contactChildId: childIds[0]!, decidedLevel, outcome }],
        outcomeReason,
        ...written,
      });
    expect(await decide("strategy_discussion", 1)).toEqual({ ok: false, error: "mash.decision.fit.refused" });
    expect(await decide("nfa", 4)).toEqual({ ok: false, error: "mash.decision.fit.refused" });
    expect(await readContact(db(), reference)).toMatchObject({ status: "in_screening" });
    expect(await decide("nfa", 4, "Already known to Glasgow children's services, who have the case.")).toEqual({
      ok: true,
      needsSignOff: true,
    });
    const view = (await screeningView(actorFor(manager), manager, reference))!;
    expect(view.decisions[0]).toMatchObject({
      outcomeReason: "Already known to Glasgow children's services, who have the case.",
    });
  });
});

describe("the queue", () => {
  it("is shown a page at a time in its order of urgency, and only the page shown is audited as seen", async () => {
    for (let index = 0; index < 3; index += 1) await createSubmittedContact(db(), { referrer: school });
    const everything = await mashQueue(actorFor(screener), screener, {}, { page: 1, pageSize: 1_000 });
    const inOrder = everything.entries.map((entry) => entry.reference);
    expect(inOrder.length).toBeGreaterThanOrEqual(3);

    const pages = [];
    for (let page = 1; page <= Math.ceil(inOrder.length / 2); page += 1) {
      pages.push(await mashQueue(actorFor(screener), screener, {}, { page, pageSize: 2 }));
    }
    expect(pages.flatMap((page) => page.entries.map((entry) => entry.reference))).toEqual(inOrder);
    expect(pages[0]).toMatchObject({ page: 1, pageCount: pages.length, matching: inOrder.length });
    expect(pages[0]!.counts.all).toBe(inOrder.length);

    const pastTheEnd = await mashQueue(actorFor(screener), screener, {}, { page: 99, pageSize: 2 });
    expect(pastTheEnd.page).toBe(pages.length);
    const [seen] = await db()
      .select({ details: auditEvents.details })
      .from(auditEvents)
      .where(eq(auditEvents.action, "mash.queue.viewed"))
      .orderBy(desc(auditEvents.occurredAt))
      .limit(1);
    expect((seen!.details as { shown: string[] }).shown).toEqual(pastTheEnd.entries.map((entry) => entry.reference));
  });
});
