import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "~/auth/session.server";
import { assignContact, claimContact, releaseContact } from "~/services/mash-workflow.server";
import { auditEvents, contacts } from "#db/schema";
import { seedDemoData } from "#db/seed";
import { actorFor, currentUser } from "#tests/support/current-user";
import { createSubmittedContact, readContact } from "#tests/support/factories";
import { createUser } from "#tests/support/auth-factories";
import { useTestDatabase } from "#tests/support/test-database";

const { db } = useTestDatabase();
let school: CurrentUser;
let screener: CurrentUser;
let secondScreener: CurrentUser;
let manager: CurrentUser;

beforeAll(async () => {
  await seedDemoData(db(), { password: "a demo password for tests", nodeEnv: "test" });
  school = await currentUser(db(), "dsl@northmoor-primary.example");
  screener = await currentUser(db(), "screener@northmoor-mash.example");
  manager = await currentUser(db(), "manager@northmoor-mash.example");
  const second = await createUser(db(), { role: "mash_screener", organisationId: screener.organisationId });
  secondScreener = { ...screener, id: second.id, email: second.email, name: "Second Screener" };
});

describe("claiming a contact", () => {
  it("lets exactly one of two screeners claiming at the same moment have it", async () => {
    const { reference } = await createSubmittedContact(db(), { referrer: school });
    const results = await Promise.all([
      claimContact(actorFor(screener), screener, reference),
      claimContact(actorFor(secondScreener), secondScreener, reference),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toEqual([{ ok: false, error: "workflow.error.alreadyClaimed" }]);
    const winner = results[0]!.ok ? screener : secondScreener;
    expect(await readContact(db(), reference)).toMatchObject({ status: "in_screening", assignedTo: winner.id });
    const claims = await db()
      .select({ count: sql<number>`count(*)::int` })
      .from(auditEvents)
      .where(
        sql`${auditEvents.action} = 'mash.contact.claimed' and ${auditEvents.details}->>'reference' = ${reference}`,
      );
    expect(claims[0]!.count).toBe(1);
  });

  it("holds when twenty claims race", async () => {
    const { reference } = await createSubmittedContact(db(), { referrer: school });
    const racers = await Promise.all(
      Array.from({ length: 20 }, () =>
        createUser(db(), { role: "mash_screener", organisationId: screener.organisationId }),
      ),
    );
    const results = await Promise.all(
      racers.map((racer) =>
        claimContact(actorFor({ ...screener, id: racer.id }), { ...screener, id: racer.id }, reference),
      ),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(1);
  });

  it("refuses a claim on a contact someone has, and lets it be claimed again once released", async () => {
    const { reference } = await createSubmittedContact(db(), { referrer: school });
    expect(await claimContact(actorFor(screener), screener, reference)).toEqual({ ok: true });
    expect(await claimContact(actorFor(secondScreener), secondScreener, reference)).toEqual({
      ok: false,
      error: "workflow.error.alreadyClaimed",
    });
    expect(await releaseContact(actorFor(secondScreener), secondScreener, reference)).toEqual({
      ok: false,
      error: "workflow.error.alreadyClaimed",
    });
    expect(await releaseContact(actorFor(screener), screener, reference)).toEqual({ ok: true });
    expect(await readContact(db(), reference)).toMatchObject({ status: "submitted", assignedTo: null });
    expect(await claimContact(actorFor(secondScreener), secondScreener, reference)).toEqual({ ok: true });
  });

  it("lets a manager give a claimed contact to someone else", async () => {
    const { reference } = await createSubmittedContact(db(), { referrer: school });
    await claimContact(actorFor(screener), screener, reference);
    expect(await assignContact(actorFor(manager), reference, secondScreener.id)).toEqual({
      ok: true,
      screenerName: "Test User",
    });
    expect(await readContact(db(), reference)).toMatchObject({ status: "in_screening", assignedTo: secondScreener.id });
    expect(await assignContact(actorFor(manager), reference, school.id)).toEqual({
      ok: false,
      error: "mash.assign.screener.required",
    });
  });

  it("is guarded by the database too: a contact being screened always has someone on it", async () => {
    const { reference } = await createSubmittedContact(db(), { referrer: school });
    await expect(
      db().execute(sql`update ${contacts} set status = 'in_screening' where reference = ${reference}`),
    ).rejects.toMatchObject({ cause: { constraint_name: "contacts_assigned_while_screened" } });
  });
});
