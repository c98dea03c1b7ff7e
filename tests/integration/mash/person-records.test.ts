import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "~/auth/session.server";
import { persons } from "#db/schema";
import { seedDemoData } from "#db/seed";
import { screeningView } from "~/services/mash-screening.server";
import { claimContact } from "~/services/mash-workflow.server";
import { createPersonForChild, linkChildToPerson } from "~/services/person-matching.server";
import { actorFor, demoUser } from "#tests/support/contact-fixtures";
import { createPerson, createSubmittedContact } from "#tests/support/factories";
import { useTestDatabase } from "#tests/support/test-database";

const { db } = useTestDatabase();
let school: CurrentUser;
let screener: CurrentUser;

beforeAll(async () => {
  await seedDemoData(db(), { password: "a demo password for tests", nodeEnv: "test" });
  school = await demoUser(db(), "dsl@northmoor-primary.example");
  screener = await demoUser(db(), "screener@northmoor-mash.example");
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
