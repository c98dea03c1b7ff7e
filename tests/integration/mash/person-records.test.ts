import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "~/auth/session.server";
import { auditEvents, contactChildren, persons } from "#db/schema";
import { seedDemoData } from "#db/seed";
import { screeningView } from "~/services/mash-screening.server";
import { claimContact } from "~/services/mash-workflow.server";
import { createPersonForChild, linkChildToPerson } from "~/services/person-matching.server";
import { mergePersons, undoMerge } from "~/services/person-merges.server";
import { correctPerson, personRecord } from "~/services/person-records.server";
import { actorFor, currentUser } from "#tests/support/current-user";
import { createPerson, createSubmittedContact } from "#tests/support/factories";
import { useTestDatabase } from "#tests/support/test-database";

const { db } = useTestDatabase();
let school: CurrentUser;
let screener: CurrentUser;

beforeAll(async () => {
  await seedDemoData(db(), { password: "a demo password for tests", nodeEnv: "test" });
  school = await currentUser(db(), "dsl@northmoor-primary.example");
  screener = await currentUser(db(), "screener@northmoor-mash.example");
});

const expectantMum = {
  firstName: "Kerry",
  lastName: "Doyle",
  dateOfBirth: "1998-04-11",
  relationship: "Mother (expecting in March)",
  parentalResponsibility: "yes" as const,
  livesWithChild: "yes" as const,
  knownRisk: "no" as const,
};

describe("linking a child to a person record", () => {
  it("refuses a record that shares the child's NHS number but not their name", async () => {
    const stranger = await createPerson(db(), {
      firstName: "Priya",
      lastName: "Shah",
      dateOfBirth: "2014-02-02",
      nhsNumber: "6529202935",
    });
    const { reference, childIds } = await createSubmittedContact(db(), {
      referrer: school,
      children: [{ firstName: "Maya", lastName: "Cole", dateOfBirth: "2016-06-16", nhsNumber: "6529202935" }],
    });
    await claimContact(actorFor(screener), screener, reference);
    const view = (await screeningView(actorFor(screener), screener, reference))!;
    expect(view.children[0]!.candidates).toEqual([
      expect.objectContaining({
        personId: stranger,
        strength: "conflict",
        caution: "nhsNumberConflictNameAndDateOfBirth",
      }),
    ]);
    expect(await linkChildToPerson(actorFor(screener), screener, reference, childIds[0]!, stranger)).toEqual({
      ok: false,
      error: "mash.link.error.nhsNumberConflict",
    });
  });
});

describe("an unborn child's person record", () => {
  it("keeps the expected date of delivery and the mother, and a later contact about the pregnancy finds it", async () => {
    const first = await createSubmittedContact(db(), {
      referrer: school,
      children: [{ firstName: null, lastName: "Doyle", dueDate: "2027-03-15", postcode: "NM4 4DD" }],
      adults: [expectantMum],
    });
    await claimContact(actorFor(screener), screener, first.reference);
    expect(await createPersonForChild(actorFor(screener), screener, first.reference, first.childIds[0]!)).toEqual({
      ok: true,
    });
    const [record] = await db().select().from(persons).where(eq(persons.expectedDeliveryDate, "2027-03-15"));
    expect(record).toMatchObject({
      dateOfBirth: null,
      motherFirstName: "Kerry",
      motherLastName: "Doyle",
      motherDateOfBirth: "1998-04-11",
    });

    const second = await createSubmittedContact(db(), {
      referrer: school,
      children: [{ firstName: null, lastName: "Doyle", dueDate: "2027-03-22", postcode: "NM4 4DD" }],
      adults: [{ ...expectantMum, relationship: "Mum" }],
    });
    const view = (await screeningView(actorFor(screener), screener, second.reference))!;
    expect(view.children[0]!.candidates[0]).toMatchObject({
      personId: record!.id,
      strength: "strong",
      reasons: expect.arrayContaining(["expectedDeliveryClose", "sameMother", "motherDateOfBirth"]),
    });
  });
});

describe("correcting and merging person records", () => {
  const withNhs = "9434765919";

  async function twoRecordsOfEllie() {
    const kept = await createPerson(db(), {
      firstName: "Ellie",
      lastName: "Marsh",
      dateOfBirth: "2017-03-12",
      nhsNumber: withNhs,
      postcode: "NM3 3AA",
    });
    // The same child typed in with day and month swapped.
    const duplicate = await createPerson(db(), {
      firstName: "Ellie",
      lastName: "Marsh",
      dateOfBirth: "2017-12-03",
      postcode: "NM3 3AA",
    });
    const { childIds } = await createSubmittedContact(db(), {
      referrer: school,
      children: [{ firstName: "Ellie", lastName: "Marsh", dateOfBirth: "2017-12-03", postcode: "NM3 3AA" }],
    });
    await db().update(contactChildren).set({ personId: duplicate }).where(eq(contactChildren.id, childIds[0]!));
    return { kept, duplicate, contactChildId: childIds[0]! };
  }

  it("offers a record with day and month swapped as a possible duplicate, and says so", async () => {
    const { kept, duplicate } = await twoRecordsOfEllie();
    const record = (await personRecord(actorFor(screener), kept))!;
    expect(record.possibleDuplicates).toEqual([
      expect.objectContaining({
        personId: duplicate,
        reasons: expect.arrayContaining(["dateOfBirthDayMonthSwapped"]),
      }),
    ]);
  });

  it("corrects a record's date of birth, keeping what it said before in the audit trail", async () => {
    const { duplicate } = await twoRecordsOfEllie();
    const correction = {
      firstName: "Ellie",
      lastName: "Marsh",
      dateOfBirth: "2017-03-12",
      nhsNumber: null,
      reason: "The school's records give 12 March.",
    };
    expect(await correctPerson(actorFor(screener), screener, duplicate, correction)).toEqual({ ok: true });
    const [after] = await db().select().from(persons).where(eq(persons.id, duplicate));
    expect(after).toMatchObject({ dateOfBirth: "2017-03-12", normalisedName: "ellie marsh" });
    const [audit] = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "person.corrected"), eq(auditEvents.personId, duplicate)));
    expect(audit).toMatchObject({
      reason: "The school's records give 12 March.",
      details: expect.objectContaining({ before: { dateOfBirth: "2017-12-03" }, after: { dateOfBirth: "2017-03-12" } }),
    });
    expect(await correctPerson(actorFor(screener), screener, duplicate, correction)).toEqual({
      ok: false,
      error: "mash.person.correct.error.nothingChanged",
    });
    expect(await correctPerson(actorFor(screener), screener, duplicate, { ...correction, nhsNumber: withNhs })).toEqual(
      { ok: false, error: "mash.person.correct.error.nhsNumberOnAnother" },
    );
  });

  it("merges two records of one child, audited against both, and undoes the merge exactly", async () => {
    const { kept, duplicate, contactChildId } = await twoRecordsOfEllie();
    const merged = await mergePersons(actorFor(screener), screener, kept, duplicate, "Same school, same mother.");
    if (!merged.ok) throw new Error(merged.error);
    const [child] = await db().select().from(contactChildren).where(eq(contactChildren.id, contactChildId));
    expect(child!.personId).toBe(kept);
    const [gone] = await db().select().from(persons).where(eq(persons.id, duplicate));
    expect(gone!.mergedIntoId).toBe(kept);
    const record = (await personRecord(actorFor(screener), kept))!;
    expect(record.merges).toEqual([
      expect.objectContaining({
        other: expect.objectContaining({ id: duplicate }),
        moved: { contacts: 1, plans: 0, referrals: 0 },
        unmerged: null,
      }),
    ]);
    expect(record.possibleDuplicates.map((candidate) => candidate.personId)).not.toContain(duplicate);
    expect((await personRecord(actorFor(screener), duplicate))!.mergedInto).toMatchObject({ other: { id: kept } });
    const mergeAudits = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "person.merged"), eq(auditEvents.subjectId, kept)));
    expect(mergeAudits.map((event) => event.personId).sort()).toEqual([kept, duplicate].sort());
    expect(await mergePersons(actorFor(screener), screener, kept, duplicate, "Again")).toEqual({
      ok: false,
      error: "mash.person.merge.error.alreadyMerged",
    });

    expect(await undoMerge(actorFor(screener), screener, merged.mergeId, "Twins, not one child.")).toEqual({
      ok: true,
      keptPersonId: kept,
    });
    const [back] = await db().select().from(contactChildren).where(eq(contactChildren.id, contactChildId));
    expect(back!.personId).toBe(duplicate);
    const [separate] = await db().select().from(persons).where(eq(persons.id, duplicate));
    expect(separate!.mergedIntoId).toBeNull();
    expect((await personRecord(actorFor(screener), kept))!.merges[0]!.unmerged).toMatchObject({
      reason: "Twins, not one child.",
    });
    expect(await undoMerge(actorFor(screener), screener, merged.mergeId, "Again")).toEqual({
      ok: false,
      error: "mash.person.unmerge.error.alreadyUndone",
    });
  });

  it("never merges two records with different NHS numbers", async () => {
    const one = await createPerson(db(), {
      firstName: "Sam",
      lastName: "Lowe",
      nhsNumber: withNhs.replace("94", "95"),
    });
    const two = await createPerson(db(), { firstName: "Sam", lastName: "Lowe", nhsNumber: "4010232137" });
    expect(await mergePersons(actorFor(screener), screener, one, two, "Looks the same")).toEqual({
      ok: false,
      error: "mash.person.merge.error.differentNhsNumbers",
    });
  });
});
