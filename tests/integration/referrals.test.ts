import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "~/auth/session.server";
import { council } from "~/council";
import { recordDecision } from "~/services/mash-decisions.server";
import { signOffDecision } from "~/services/mash-sign-off.server";
import { claimContact } from "~/services/mash-workflow.server";
import { allocateReferral, openReferral, recordReferralNfa, referralLists } from "~/services/referrals.server";
import { auditEvents, contactChildren, contacts, referrals } from "#db/schema";
import { seedDemoData } from "#db/seed";
import { actorFor, currentUser } from "#tests/support/current-user";
import { createPerson, createSubmittedContact } from "#tests/support/factories";
import { useTestDatabase } from "#tests/support/test-database";

const { db } = useTestDatabase();
let school: CurrentUser;
let screener: CurrentUser;
let manager: CurrentUser;
let socialCareManager: CurrentUser;
let socialWorker: CurrentUser;

beforeAll(async () => {
  await seedDemoData(db(), { password: "a demo password for tests", nodeEnv: "test" });
  school = await currentUser(db(), "dsl@northmoor-primary.example");
  screener = await currentUser(db(), "screener@northmoor-mash.example");
  manager = await currentUser(db(), "manager@northmoor-mash.example");
  socialCareManager = await currentUser(db(), "manager@northmoor-social-care.example");
  socialWorker = await currentUser(db(), "social.worker@northmoor-social-care.example");
});

const written = {
  rationale: "Significant harm likely; an assessment is needed.",
  referrerFeedback: "A social worker will be in touch.",
};

/** A contact about two children received at `receivedAt`, the first linked to `personId`, claimed by the screener. */
async function contactAbout(personId: string, receivedAt: Date) {
  const contact = await createSubmittedContact(db(), { referrer: school, submittedAt: receivedAt });
  await db().update(contactChildren).set({ personId }).where(eq(contactChildren.id, contact.childIds[0]!));
  await claimContact(actorFor(screener), screener, contact.reference);
  return contact;
}

async function referralsOf(contactId: string) {
  return db().select().from(referrals).where(eq(referrals.contactId, contactId));
}

describe("the referral record", () => {
  it("is made for each child a standing decision accepts for social care, with what the census needs", async () => {
    const personId = await createPerson(db(), { firstName: "Amy", lastName: "Evans", dateOfBirth: "2019-03-07" });
    // Received on a Sunday evening in British Summer Time: the referral date is that Sunday in London.
    const contact = await contactAbout(personId, new Date("2026-06-14T22:30:00Z"));
    expect(
      await recordDecision(actorFor(screener), screener, contact.reference, {
        rag: "red",
        children: [
          { contactChildId: contact.childIds[0]!, decidedLevel: 4, outcome: "social_care_assessment" },
          { contactChildId: contact.childIds[1]!, decidedLevel: 2, outcome: "early_help_taf" },
        ],
        primaryNeed: "N1",
        ...written,
      }),
    ).toEqual({ ok: true, needsSignOff: false });

    const made = await referralsOf(contact.id);
    expect(made).toHaveLength(1);
    expect(made[0]).toMatchObject({
      contactChildId: contact.childIds[0],
      personId,
      outcome: "social_care_assessment",
      referralDate: "2026-06-14",
      referralSource: "2A",
      primaryNeed: "N1",
      referralsInPrevious12Months: 0,
      nfa: false,
      allocatedAt: null,
    });
    const [audit] = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "referral.created"), eq(auditEvents.subjectId, made[0]!.id)));
    expect(audit?.personId).toBe(personId);
  });

  it("waits for sign-off before a strategy discussion becomes a referral", async () => {
    const personId = await createPerson(db(), { firstName: "Amy", lastName: "Evans", dateOfBirth: "2019-03-08" });
    const contact = await contactAbout(personId, new Date("2026-07-01T10:00:00Z"));
    await recordDecision(actorFor(screener), screener, contact.reference, {
      rag: "red",
      children: contact.childIds.map((contactChildId) => ({
        contactChildId,
        decidedLevel: 4,
        outcome: "strategy_discussion",
      })),
      primaryNeed: "N1",
      ...written,
    });
    expect(await referralsOf(contact.id)).toEqual([]);
    expect(await signOffDecision(actorFor(manager), manager, contact.reference, { result: "approve" })).toEqual({
      ok: true,
    });
    const made = await referralsOf(contact.id);
    expect(made.map((referral) => [referral.outcome, referral.primaryNeed])).toEqual([
      ["strategy_discussion", "N1"],
      ["strategy_discussion", "N1"],
    ]);
  });

  it("counts the child's referrals in the 12 months to the referral date, not contacts and not itself", async () => {
    const personId = await createPerson(db(), { firstName: "Amy", lastName: "Evans", dateOfBirth: "2019-03-09" });
    const decide = async (receivedAt: string, outcome: string) => {
      const contact = await contactAbout(personId, new Date(receivedAt));
      await recordDecision(actorFor(screener), screener, contact.reference, {
        rag: "amber",
        children: contact.childIds.map((contactChildId, index) => ({
          contactChildId,
          decidedLevel: index === 0 && outcome === "social_care_assessment" ? 4 : 2,
          outcome: index === 0 ? outcome : "early_help_taf",
        })),
        ...(outcome === "social_care_assessment" ? { primaryNeed: "N4" as const } : {}),
        ...written,
      });
      return (await referralsOf(contact.id))[0];
    };
    expect((await decide("2025-01-10T10:00:00Z", "social_care_assessment"))?.referralsInPrevious12Months).toBe(0);
    // A repeat contact that was not a referral does not count.
    expect(await decide("2025-06-01T10:00:00Z", "early_help_taf")).toBeUndefined();
    expect((await decide("2025-09-01T10:00:00Z", "social_care_assessment"))?.referralsInPrevious12Months).toBe(1);
    // 2026-01-10 reaches back to 2025-01-10 exactly: both earlier referrals count.
    expect((await decide("2026-01-10T10:00:00Z", "social_care_assessment"))?.referralsInPrevious12Months).toBe(2);
    // The next day, the first has dropped out of the window.
    expect((await decide("2026-01-11T10:00:00Z", "social_care_assessment"))?.referralsInPrevious12Months).toBe(2);
  });

  it("is allocated by the social care team manager to a team and worker, and can end in no further action", async () => {
    const personId = await createPerson(db(), { firstName: "Amy", lastName: "Evans", dateOfBirth: "2019-03-10" });
    const contact = await contactAbout(personId, new Date("2026-08-03T09:00:00Z"));
    await recordDecision(actorFor(screener), screener, contact.reference, {
      rag: "red",
      children: [
        { contactChildId: contact.childIds[0]!, decidedLevel: 4, outcome: "social_care_assessment" },
        { contactChildId: contact.childIds[1]!, decidedLevel: 1, outcome: "universal_services" },
      ],
      primaryNeed: "N1",
      ...written,
    });
    const [referral] = await referralsOf(contact.id);
    const lists = await referralLists(actorFor(socialCareManager));
    expect(lists.awaitingAllocation.map((row) => row.id)).toContain(referral!.id);

    const team = council.socialCareTeams[0];
    expect(
      await allocateReferral(actorFor(socialCareManager), socialCareManager, referral!.id, {
        team: "No such team",
        workerId: socialWorker.id,
        primaryNeed: "N1",
      }),
    ).toEqual({ ok: false, field: "team", key: "referrals.allocate.team.required" });
    expect(
      await allocateReferral(actorFor(socialCareManager), socialCareManager, referral!.id, {
        team,
        workerId: school.id,
        primaryNeed: "N1",
      }),
    ).toEqual({ ok: false, field: "workerId", key: "referrals.allocate.worker.required" });
    const allocatedAt = new Date("2026-08-04T11:00:00Z");
    expect(
      await allocateReferral(
        actorFor(socialCareManager),
        socialCareManager,
        referral!.id,
        { team, workerId: socialWorker.id, primaryNeed: "N5" },
        allocatedAt,
      ),
    ).toEqual({ ok: true });
    const [allocated] = await referralsOf(contact.id);
    expect(allocated).toMatchObject({
      allocatedTeam: team,
      allocatedWorkerId: socialWorker.id,
      allocatedAt,
      allocatedBy: socialCareManager.id,
      primaryNeed: "N5",
    });
    const [audit] = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "referral.allocated"), eq(auditEvents.subjectId, referral!.id)));
    expect(audit).toMatchObject({ personId, details: { primaryNeed: { from: "N1", to: "N5" } } });
    expect((await openReferral(actorFor(socialWorker), referral!.id))?.referral).toMatchObject({
      allocatedWorkerName: socialWorker.name,
    });

    expect(await recordReferralNfa(actorFor(socialCareManager), referral!.id)).toEqual({ ok: true });
    expect(await recordReferralNfa(actorFor(socialCareManager), referral!.id)).toEqual({
      ok: false,
      field: "",
      key: "referrals.nfa.error.already",
    });
    expect((await referralsOf(contact.id))[0]?.nfa).toBe(true);
    expect((await db().select().from(contacts).where(eq(contacts.id, contact.id)))[0]?.status).toBe("decided");
  });
});
