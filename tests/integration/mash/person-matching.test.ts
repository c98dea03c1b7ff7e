import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import postgres from "postgres";
import type { MatchDetails } from "~/domain/person-matching/matching";
import { candidateQuery, findCandidates, searchPersonsByName } from "~/services/person-matching.server";
import { createPerson } from "#tests/support/factories";
import { useTestDatabase } from "#tests/support/test-database";

const { db, ownerUrl } = useTestDatabase();
const people: Record<string, string> = {};

const child = (details: Partial<MatchDetails> & Pick<MatchDetails, "firstName" | "lastName">): MatchDetails => ({
  dateOfBirth: null,
  expectedDeliveryDate: null,
  mother: null,
  sex: null,
  nhsNumber: null,
  postcode: null,
  addressLine1: null,
  ...details,
});

/**
 * Many thousand children with common British names born around the same
 * dates, so that the right person has to be picked out of a crowd of
 * near-namesakes, as in a real council's records.
 */
async function addCrowd(count: number) {
  await db().execute(sql`
    insert into persons (first_name, last_name, normalised_name, date_of_birth, sex, postcode)
    select f.name, l.name, lower(f.name || ' ' || l.name),
           date '2008-01-01' + (i * 7919 % 6570),
           case when i % 2 = 0 then 'female' else 'male' end,
           'NM' || (i % 97 + 1) || ' ' || (i % 9 + 1) || chr(65 + i % 26) || chr(65 + (i / 26) % 26)
    from generate_series(1, ${count}) as i
    cross join lateral (select (array['Oliver','Amelia','Harry','Isla','Jack','Ava','George','Mia','Noah','Grace',
      'Leo','Freya','Oscar','Lily','Charlie','Emily','Jacob','Sophie','Alfie','Ella','Jon','Joan','Johnny'])[1 + i % 23] as name) f
    cross join lateral (select (array['Smith','Jones','Taylor','Brown','Williams','Wilson','Johnson','Davies','Patel',
      'Wright','Smyth','Smithson','Evans','Khan','Thomas','Roberts'])[1 + (i / 23) % 16] as name) l`);
  // Only the table's owner may ANALYZE it; the portal's role may not.
  const owner = postgres(ownerUrl(), { max: 1, onnotice: () => {} });
  try {
    await owner`analyze persons`;
  } finally {
    await owner.end();
  }
}

beforeAll(async () => {
  await addCrowd(20_000);
  const add = async (key: string, details: Parameters<typeof createPerson>[1]) => {
    people[key] = await createPerson(db(), details);
  };
  await add("john", {
    firstName: "John",
    lastName: "Smith",
    dateOfBirth: "2015-03-04",
    sex: "male",
    nhsNumber: "4857773457",
    postcode: "NM1 2AB",
    addressLine1: "3 Castle Row",
  });
  await add("jackBrother", {
    firstName: "Jack",
    lastName: "Smith",
    dateOfBirth: "2018-07-21",
    sex: "male",
    postcode: "NM1 2AB",
  });
  await add("johnOlder", {
    firstName: "John",
    lastName: "Smith",
    dateOfBirth: "2009-01-12",
    sex: "male",
    postcode: "NM7 1QQ",
  });
  await add("johnnySmithson", {
    firstName: "Johnny",
    lastName: "Smithson",
    dateOfBirth: "2015-03-02",
    sex: "male",
    postcode: "NM4 8HJ",
  });
  await add("mohammed", {
    firstName: "Mohammed",
    lastName: "Khan",
    dateOfBirth: "2014-11-02",
    sex: "male",
    postcode: "NM3 5EF",
  });
  await add("muhammad", {
    firstName: "Muhammad",
    lastName: "Khan",
    dateOfBirth: "2012-06-30",
    sex: "male",
    postcode: "NM9 9XY",
  });
  await add("twinAva", {
    firstName: "Ava",
    lastName: "Okafor",
    dateOfBirth: "2019-09-09",
    sex: "female",
    postcode: "NM8 3LD",
    addressLine1: "5 Weaver Street",
  });
  await add("placeholderNhs", {
    firstName: "Ellie",
    lastName: "Marsh",
    dateOfBirth: "2013-06-01",
    sex: "female",
    nhsNumber: "0000000000",
    postcode: "NM5 1AA",
  });
  await add("brotherOfUnborn", {
    firstName: "Tyler",
    lastName: "Doyle",
    dateOfBirth: "2021-04-02",
    sex: "male",
    postcode: "NM4 4DD",
    addressLine1: "12 Canal Walk",
  });
  await add("unbornDoyle", {
    firstName: null,
    lastName: "Doyle",
    expectedDeliveryDate: "2027-03-15",
    mother: { firstName: "Kerry", lastName: "Doyle", dateOfBirth: "1998-04-11" },
    postcode: "NM4 4DD",
    addressLine1: "12 Canal Walk",
  });
  await add("unbornOtherMother", {
    firstName: null,
    lastName: "Doyle",
    expectedDeliveryDate: "2027-03-20",
    mother: { firstName: "Shannon", lastName: "Doyle", dateOfBirth: "2001-12-30" },
    postcode: "NM9 2EE",
  });
  await add("zoe", {
    firstName: "Zoë",
    lastName: "O’Brien",
    dateOfBirth: "2017-02-14",
    sex: "female",
    postcode: "NM5 6GH",
  });
});

const ranked = async (details: MatchDetails) => (await findCandidates(db(), details)).map((match) => match.personId);

describe("finding a child's person record", () => {
  it("ranks the right John Smith first for a misspelt name with the same date of birth and postcode", async () => {
    const found = await findCandidates(
      db(),
      child({ firstName: "Jon", lastName: "Smyth", dateOfBirth: "2015-03-04", sex: "male", postcode: "NM1 2AB" }),
    );
    expect(found[0]).toMatchObject({ personId: people.john, reasons: ["nameSimilar", "dateOfBirthExact", "postcode"] });
    expect(found.map((match) => match.personId)).not.toContain(people.jackBrother);
    expect(found.map((match) => match.personId)).not.toContain(people.johnOlder);
  });

  it("finds him with first and last names swapped", async () => {
    const found = await findCandidates(
      db(),
      child({ firstName: "Smith", lastName: "John", dateOfBirth: "2015-03-04" }),
    );
    expect(found[0]).toMatchObject({ personId: people.john, reasons: ["nameSwapped", "dateOfBirthExact"] });
  });

  it("finds him with the date of birth a day out, ahead of a similar name born nearby", async () => {
    const found = await ranked(child({ firstName: "John", lastName: "Smith", dateOfBirth: "2015-03-05", sex: "male" }));
    expect(found[0]).toBe(people.john);
    expect(found).not.toContain(people.johnOlder);
  });

  it("finds him with day and month swapped", async () => {
    expect((await ranked(child({ firstName: "John", lastName: "Smith", dateOfBirth: "2015-04-03" })))[0]).toBe(
      people.john,
    );
  });

  it("finds him by NHS number with a name recorded a little differently", async () => {
    const found = await findCandidates(
      db(),
      child({ firstName: "Jonny", lastName: "Smith", dateOfBirth: "2015-03-04", nhsNumber: "4857773457" }),
    );
    expect(found[0]).toMatchObject({ personId: people.john, strength: "strong", caution: null });
    expect(found[0]!.reasons).toContain("nhsNumber");
  });

  it("shows his NHS number on another child as a conflict, never as a strong match", async () => {
    const found = await findCandidates(
      db(),
      child({ firstName: "Jack", lastName: "Smith", dateOfBirth: "2018-07-21", nhsNumber: "485 777 3457" }),
    );
    const conflict = found.find((match) => match.personId === people.john);
    expect(conflict).toMatchObject({ strength: "conflict", caution: "nhsNumberConflictNameAndDateOfBirth" });
    expect(found[0]!.personId).toBe(people.jackBrother);
  });

  it("finds him with the year of birth one out", async () => {
    const found = await findCandidates(
      db(),
      child({ firstName: "John", lastName: "Smith", dateOfBirth: "2016-03-04", postcode: "NM1 2AB" }),
    );
    expect(found[0]).toMatchObject({ personId: people.john, reasons: ["nameExact", "dateOfBirthYearOut", "postcode"] });
  });

  it("never matches on a placeholder NHS number", async () => {
    const found = await findCandidates(
      db(),
      child({ firstName: "Harvey", lastName: "Quinn", dateOfBirth: "2010-10-10", nhsNumber: "0000000000" }),
    );
    expect(found.map((match) => match.personId)).not.toContain(people.placeholderNhs);
    expect(candidateQuery(child({ firstName: "Harvey", lastName: "Quinn", nhsNumber: "0000000000" }))).toBeNull();
  });

  it("flags a twin at the same address, not as the same child", async () => {
    const found = await findCandidates(
      db(),
      child({
        firstName: "Ada",
        lastName: "Okafor",
        dateOfBirth: "2019-09-09",
        sex: "female",
        postcode: "NM8 3LD",
        addressLine1: "5 Weaver Street",
      }),
    );
    expect(found[0]).toMatchObject({ personId: people.twinAva, strength: "possible", caution: "possibleTwin" });
  });

  it("matches an unborn baby on the expected date of delivery and the mother, not on a brother's name and postcode", async () => {
    const found = await findCandidates(
      db(),
      child({
        firstName: null,
        lastName: "Doyle",
        expectedDeliveryDate: "2027-03-01",
        mother: { firstName: "Kerry", lastName: "Doyle", dateOfBirth: "1998-04-11" },
        postcode: "NM4 4DD",
        addressLine1: "12 Canal Walk",
      }),
    );
    expect(found.map((match) => match.personId)).toEqual([people.unbornDoyle]);
    expect(found[0]).toMatchObject({ strength: "strong" });
    expect(found[0]!.reasons).toEqual(expect.arrayContaining(["expectedDeliveryClose", "sameMother"]));
  });

  it("tells apart two spellings of a name by date of birth and postcode", async () => {
    const found = await ranked(
      child({ firstName: "Mohamed", lastName: "Khan", dateOfBirth: "2014-11-02", postcode: "NM3 5EF" }),
    );
    expect(found[0]).toBe(people.mohammed);
    expect(found).not.toContain(people.muhammad);
  });

  it("reads accents and apostrophes as the same name", async () => {
    expect((await ranked(child({ firstName: "Zoe", lastName: "OBrien", dateOfBirth: "2017-02-14" })))[0]).toBe(
      people.zoe,
    );
  });

  it("offers nobody for an unrelated child with the same surname at the same postcode", async () => {
    expect(
      await findCandidates(
        db(),
        child({ firstName: "Grace", lastName: "Smith", dateOfBirth: "2011-12-01", sex: "female", postcode: "NM1 2AB" }),
      ),
    ).toEqual([]);
  });

  it("offers nobody for an unrelated child, even at a known family's postcode", async () => {
    expect(
      await findCandidates(
        db(),
        child({
          firstName: "Zara",
          lastName: "Whitfield",
          dateOfBirth: "2017-05-05",
          sex: "female",
          postcode: "NM1 2AB",
        }),
      ),
    ).toEqual([]);
  });

  it("searches names by free text, misspellings and all", async () => {
    const found = await searchPersonsByName("mohamed");
    expect(found[0]?.id).toBe(people.mohammed);
    expect((await searchPersonsByName("jon smyth")).length).toBe(20);
    expect((await searchPersonsByName("o'brien")).map((person) => person.id)).toContain(people.zoe);
  });

  it("narrows by index, not by reading every record", async () => {
    const query = candidateQuery(
      child({
        firstName: "Jon",
        lastName: "Smyth",
        dateOfBirth: "2015-03-04",
        nhsNumber: "4857773457",
        postcode: "NM1 2AB",
      }),
    )!;
    const [row] = await db().execute<{ "QUERY PLAN": unknown }>(sql`explain (format json) ${query}`);
    const plan = JSON.stringify(row!["QUERY PLAN"]);
    expect(plan).not.toContain('"Seq Scan"');
    expect(plan).toContain("persons_date_of_birth_name_idx");
    expect(plan).toContain("persons_postcode_name_idx");
    expect(plan).toContain("persons_nhs_number_idx");

    // The planner reads a table this small straight through; the point is that the trigram index can serve the search.
    const searchPlan = await db().transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      const [search] = await tx.execute<{ "QUERY PLAN": unknown }>(
        sql`explain (format json) select id from persons where 'smyth' <% normalised_name`,
      );
      return JSON.stringify(search!["QUERY PLAN"]);
    });
    expect(searchPlan).toContain("persons_normalised_name_trgm_idx");
  });
});
