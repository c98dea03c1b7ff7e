import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "~/auth/session.server";
import { contacts, persons } from "#db/schema";
import { seedDemoData } from "#db/seed";
import { createPlanFromDecision } from "~/services/early-help-plans.server";
import { recordDecision } from "~/services/mash-decisions.server";
import { mashQueue } from "~/services/mash-queue.server";
import { screeningView } from "~/services/mash-screening.server";
import { claimContact, rateContact } from "~/services/mash-workflow.server";
import { actorFor, currentUser } from "#tests/support/current-user";
import { insertDecidedContact, type FixtureChild } from "#tests/support/early-help-fixtures";
import { createSubmittedContact, readContact } from "#tests/support/factories";
import { useTestDatabase } from "#tests/support/test-database";

const { db } = useTestDatabase();
let school: CurrentUser;
let screener: CurrentUser;

beforeAll(async () => {
  await seedDemoData(db(), { password: "a demo password for tests", nodeEnv: "test" });
  school = await currentUser(db(), "dsl@northmoor-primary.example");
  screener = await currentUser(db(), "screener@northmoor-mash.example");
});

const at = (iso: string) => new Date(iso);

/** The queue as a screener sees it at `now`, only the contacts named. */
async function queueOf(references: string[], now: Date) {
  const queue = await mashQueue(actorFor(screener), screener, {}, { page: 1, pageSize: 1_000 }, now);
  return queue.entries.filter((entry) => references.includes(entry.reference));
}

describe("the order of the MASH queue", () => {
  it("puts an immediate-danger contact submitted last above every unrated contact received before it", async () => {
    const earlier = [];
    for (let minute = 0; minute < 5; minute += 1) {
      earlier.push(
        await createSubmittedContact(db(), { referrer: school, submittedAt: at(`2026-06-08T09:0${minute}:00+01:00`) }),
      );
    }
    const danger = await createSubmittedContact(db(), {
      referrer: school,
      submittedAt: at("2026-06-08T11:00:00+01:00"),
      immediateDanger: true,
    });
    const references = [...earlier, danger].map((contact) => contact.reference);
    const queue = await queueOf(references, at("2026-06-08T11:05:00+01:00"));
    expect(queue.map((entry) => entry.reference)).toEqual([danger.reference, ...earlier.map((c) => c.reference)]);
    expect(queue[0]!.immediateDanger).toBe(true);
  });

  it("lets an immediate-danger contact drop to its RAG rating's place once a screener has rated it", async () => {
    const danger = await createSubmittedContact(db(), {
      referrer: school,
      submittedAt: at("2026-06-09T11:00:00+01:00"),
      immediateDanger: true,
    });
    const unrated = await createSubmittedContact(db(), {
      referrer: school,
      submittedAt: at("2026-06-09T12:00:00+01:00"),
    });
    await claimContact(actorFor(screener), screener, danger.reference);
    await rateContact(actorFor(screener), screener, danger.reference, "amber");
    const queue = await queueOf([danger.reference, unrated.reference], at("2026-06-09T12:05:00+01:00"));
    expect(queue.map((entry) => entry.reference)).toEqual([unrated.reference, danger.reference]);
  });

  it("breaks a tie of due times by when each contact was received, oldest first", async () => {
    // Received over a weekend, all three are due when the office opens and counts four working hours.
    const sunday = await createSubmittedContact(db(), {
      referrer: school,
      submittedAt: at("2026-06-14T10:00:00+01:00"),
    });
    const saturday = await createSubmittedContact(db(), {
      referrer: school,
      submittedAt: at("2026-06-13T22:00:00+01:00"),
    });
    const lateSunday = await createSubmittedContact(db(), {
      referrer: school,
      submittedAt: at("2026-06-14T23:00:00+01:00"),
    });
    const references = [sunday, saturday, lateSunday].map((contact) => contact.reference);
    const queue = await queueOf(references, at("2026-06-15T08:00:00+01:00"));
    expect(new Set(queue.map((entry) => new Date(entry.screening.dueAt).toISOString()))).toEqual(
      new Set([at("2026-06-15T13:00:00+01:00").toISOString()]),
    );
    expect(queue.map((entry) => entry.reference)).toEqual([saturday.reference, sunday.reference, lateSunday.reference]);
  });

  it("shows both deadlines, and orders and counts a Green contact by its decision deadline once that comes first", async () => {
    const monday = at("2026-06-22T10:00:00+01:00");
    const overdueDecision = await createSubmittedContact(db(), { referrer: school, submittedAt: monday });
    const fresh = await createSubmittedContact(db(), {
      referrer: school,
      submittedAt: at("2026-06-23T09:30:00+01:00"),
    });
    for (const contact of [overdueDecision, fresh]) {
      await claimContact(actorFor(screener), screener, contact.reference);
      await rateContact(actorFor(screener), screener, contact.reference, "green");
    }
    const now = at("2026-06-23T11:00:00+01:00");
    const queue = await queueOf([fresh.reference, overdueDecision.reference], now);
    expect(queue.map((entry) => entry.reference)).toEqual([overdueDecision.reference, fresh.reference]);
    expect(queue[0]).toMatchObject({
      first: "decision",
      screening: { timeLeft: { state: "remaining", workingDays: 1, hours: 7 } },
      decision: { timeLeft: { state: "overdue", hours: 1 } },
    });
    const overdue = await mashQueue(actorFor(screener), screener, { overdue: true }, undefined, now);
    expect(overdue.entries.map((entry) => entry.reference)).toContain(overdueDecision.reference);
    expect(overdue.entries.map((entry) => entry.reference)).not.toContain(fresh.reference);
  });
});

describe("one decision clock", () => {
  it("stores the deadlines when the contact arrives and the screening deadline again when it is rated", async () => {
    const sunday = at("2026-06-14T11:00:00+01:00");
    const { reference, childIds } = await createSubmittedContact(db(), {
      referrer: school,
      submittedAt: sunday,
      children: [{ firstName: "Nia", lastName: "Rowe", dateOfBirth: "2018-02-02" }],
    });
    expect(await readContact(db(), reference)).toMatchObject({
      // Unrated runs on Red's four working hours; the decision within one working day.
      screeningDueAt: at("2026-06-15T13:00:00+01:00"),
      decisionDueAt: at("2026-06-15T17:00:00+01:00"),
    });

    await claimContact(actorFor(screener), screener, reference);
    await rateContact(actorFor(screener), screener, reference, "green");
    expect(await readContact(db(), reference)).toMatchObject({ screeningDueAt: at("2026-06-17T17:00:00+01:00") });

    // The screening page and the queue read what is stored, not a clock of their own.
    await db()
      .update(contacts)
      .set({ screeningDueAt: at("2026-06-16T12:00:00+01:00") })
      .where(eq(contacts.reference, reference));
    const now = at("2026-06-15T10:00:00+01:00");
    const view = (await screeningView(actorFor(screener), screener, reference, now))!;
    expect(view.contact).toMatchObject({
      screeningDueAt: at("2026-06-16T12:00:00+01:00"),
      decisionDueAt: at("2026-06-15T17:00:00+01:00"),
    });
    const [entry] = await queueOf([reference], now);
    expect(entry).toMatchObject({ first: "decision", screening: { dueAt: at("2026-06-16T12:00:00+01:00") } });

    // A decision that rates the contact again sets the screening deadline from that rating.
    await recordDecision(actorFor(screener), screener, reference, {
      rag: "red",
      children: [{ contactChildId: childIds[0]!, decidedLevel: 1, outcome: "advice_signposting" }],
      rationale: "Advice is enough.",
      referrerFeedback: "We have given the family advice.",
    });
    expect(await readContact(db(), reference)).toMatchObject({ screeningDueAt: at("2026-06-15T13:00:00+01:00") });
  });
});

describe("children the council already knows", () => {
  const monthsAgo = (months: number) => {
    const date = new Date();
    date.setUTCMonth(date.getUTCMonth() - months);
    return date;
  };

  async function knownBefore(child: FixtureChild, submittedAt: Date, options: { plan?: boolean } = {}) {
    const decided = await insertDecidedContact(db(), {
      referrerEmail: school.email,
      screenerEmail: screener.email,
      children: [child],
      outcome: "early_help_taf",
      concern: "Worries about attendance.",
      feedback: "An early help worker will call.",
      submittedAt,
    });
    if (options.plan) {
      await db().transaction((tx) =>
        createPlanFromDecision(tx, {
          contactId: decided.contactId,
          childPersonIds: decided.childPersonIds,
          decisionId: decided.decisionId,
          concernSummary: "Attendance.",
          actor: actorFor(screener),
        }),
      );
    }
    return decided;
  }

  it("flags a known child in the queue row and at the top of the screening page, before anyone links them", async () => {
    await knownBefore(
      { firstName: "Zara", lastName: "Quinn", dateOfBirth: "2015-02-02", sex: "female" },
      monthsAgo(2),
      {
        plan: true,
      },
    );
    await knownBefore({ firstName: "Otto", lastName: "Vance", dateOfBirth: "2013-03-03", sex: "male" }, monthsAgo(14));
    const [person] = await knownBefore(
      { firstName: "Kit", lastName: "Ryder", dateOfBirth: "2012-12-12", sex: "male" },
      monthsAgo(30),
    ).then((decided) => decided.childPersonIds);
    await db().update(persons).set({ nhsNumber: "9434765919" }).where(eq(persons.id, person!));

    const known = await createSubmittedContact(db(), {
      referrer: school,
      children: [
        { firstName: "Zara", lastName: "Quinn", dateOfBirth: "2015-02-02", sex: "female" },
        { firstName: "Mo", lastName: "Quinn", dateOfBirth: "2019-09-09", sex: "male" },
      ],
    });
    const longAgo = await createSubmittedContact(db(), {
      referrer: school,
      children: [{ firstName: "Otto", lastName: "Vance", dateOfBirth: "2013-03-03", sex: "male" }],
    });
    const byNhsNumber = await createSubmittedContact(db(), {
      referrer: school,
      children: [{ firstName: "Kitt", lastName: "Ryder", dateOfBirth: "2012-12-12", nhsNumber: "9434765919" }],
    });
    const stranger = await createSubmittedContact(db(), {
      referrer: school,
      children: [{ firstName: "Noor", lastName: "Quinn", dateOfBirth: "2015-02-03", sex: "female" }],
    });

    const rows = await queueOf(
      [known, longAgo, byNhsNumber, stranger].map((contact) => contact.reference),
      new Date(),
    );
    const flags = Object.fromEntries(rows.map((row) => [row.reference, row.known]));
    expect(flags).toEqual({
      [known.reference]: ["personRecord", "openPlan", "recentContact"],
      [longAgo.reference]: ["personRecord"],
      [byNhsNumber.reference]: ["personRecord"],
      [stranger.reference]: [],
    });

    const view = (await screeningView(actorFor(screener), screener, known.reference))!;
    expect(view.children.map((child) => [child.firstName, child.linked, child.known])).toEqual([
      ["Zara", null, ["personRecord", "openPlan", "recentContact"]],
      ["Mo", null, []],
    ]);
  });
});
