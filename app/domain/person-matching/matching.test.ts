import { describe, expect, it } from "vitest";
import {
  compareNames,
  dayMonthSwapped,
  rankCandidates,
  yearEitherSide,
  scoreCandidate,
  type MatchCandidate,
  type MatchDetails,
} from "./matching";

const john: MatchCandidate = {
  id: "john",
  firstName: "John",
  lastName: "Smith",
  dateOfBirth: "2015-03-04",
  expectedDeliveryDate: null,
  mother: null,
  sex: "male",
  nhsNumber: "4857773457",
  postcode: "NM1 2AB",
  addressLine1: "3 Castle Row",
};

const child = (details: Partial<MatchDetails>): MatchDetails => ({
  firstName: "John",
  lastName: "Smith",
  dateOfBirth: "2015-03-04",
  expectedDeliveryDate: null,
  mother: null,
  sex: "male",
  nhsNumber: null,
  postcode: null,
  addressLine1: null,
  ...details,
});

describe("scoreCandidate", () => {
  it("is certain of the same NHS number, name and date of birth", () => {
    expect(scoreCandidate(child({ nhsNumber: "4857773457", postcode: "NM1 2AB" }), john)).toEqual({
      personId: "john",
      score: 100,
      strength: "strong",
      reasons: ["nhsNumber", "nameExact", "dateOfBirthExact", "postcode"],
      caution: null,
    });
  });

  it("finds a misspelt name with the same date of birth", () => {
    const scored = scoreCandidate(child({ firstName: "Jon", lastName: "Smyth" }), john);
    expect(scored?.reasons).toEqual(["nameSimilar", "dateOfBirthExact"]);
    expect(scored?.strength).toBe("possible");
  });

  it("finds first and last names typed the wrong way round", () => {
    const scored = scoreCandidate(child({ firstName: "Smith", lastName: "John", postcode: "NM12AB" }), john);
    expect(scored?.reasons).toEqual(["nameSwapped", "dateOfBirthExact", "postcode"]);
    expect(scored?.strength).toBe("strong");
  });

  it("finds a date of birth with the year out by one either way, and says so", () => {
    for (const dateOfBirth of ["2014-03-04", "2016-03-04"]) {
      expect(scoreCandidate(child({ dateOfBirth }), john)?.reasons).toEqual(["nameExact", "dateOfBirthYearOut"]);
    }
  });

  it("does not take another day in the year either side for the year out by one", () => {
    for (const dateOfBirth of ["2014-03-05", "2013-03-04", "2016-04-03"]) {
      expect(scoreCandidate(child({ dateOfBirth }), john)?.reasons ?? []).not.toContain("dateOfBirthYearOut");
    }
  });

  it("scores the same names alike however often the same child and record are compared", () => {
    const subject = child({ firstName: "Zoë", lastName: "O’Brien" });
    const record = { ...john, firstName: "Zoe", lastName: "OBrien" };
    const first = scoreCandidate(subject, record);
    expect(first?.reasons).toContain("nameExact");
    expect(scoreCandidate(subject, record)).toEqual(first);
    expect(compareNames(subject, record).exact).toBe(true);
  });

  it("finds a date of birth a day out, and day and month typed the wrong way round", () => {
    expect(scoreCandidate(child({ dateOfBirth: "2015-03-05" }), john)?.reasons).toEqual([
      "nameExact",
      "dateOfBirthClose",
    ]);
    expect(scoreCandidate(child({ dateOfBirth: "2015-04-03" }), john)?.reasons).toEqual([
      "nameExact",
      "dateOfBirthDayMonthSwapped",
    ]);
  });

  it("finds a child with the same name and date of birth who has moved house", () => {
    expect(scoreCandidate(child({ postcode: "NM9 9ZZ" }), john)?.reasons).toEqual(["nameExact", "dateOfBirthExact"]);
  });

  it("does not offer a brother at the same address", () => {
    expect(
      scoreCandidate(child({ firstName: "Jack", dateOfBirth: "2018-07-21", postcode: "NM1 2AB" }), john),
    ).toBeNull();
  });

  it("does not offer someone with the same name born years apart", () => {
    expect(scoreCandidate(child({ dateOfBirth: "2011-09-30", postcode: "NM1 2AB" }), john)).toBeNull();
  });

  it("does not offer an unrelated child, even born the same day at the same postcode", () => {
    expect(scoreCandidate(child({ firstName: "Olivia", lastName: "Brown", postcode: "NM1 2AB" }), john)).toBeNull();
  });

  it("never offers a record with a different NHS number", () => {
    expect(scoreCandidate(child({ nhsNumber: "4010232137" }), john)).toBeNull();
  });

  it("offers a record with the same NHS number and a name recorded a little differently as the same child", () => {
    const scored = scoreCandidate(child({ firstName: "Jonny", nhsNumber: "4857773457" }), john);
    expect(scored).toMatchObject({ strength: "strong", caution: null });
    expect(scored?.reasons).toContain("nhsNumber");
  });

  it.each([
    ["name", { firstName: "Jack" }, "nhsNumberConflictName"],
    ["date of birth", { dateOfBirth: "2016-08-19" }, "nhsNumberConflictDateOfBirth"],
    [
      "name and date of birth",
      { firstName: "Olivia", lastName: "Brown", dateOfBirth: "2012-01-01" },
      "nhsNumberConflictNameAndDateOfBirth",
    ],
  ] as const)(
    "shows a shared NHS number with another %s as a conflict, never as the same child",
    (_what, details, caution) => {
      const scored = scoreCandidate(child({ ...details, nhsNumber: "485 777 3457" }), john);
      expect(scored).toMatchObject({ strength: "conflict", caution });
      expect(scored?.reasons).toContain("nhsNumber");
    },
  );

  it("ignores a placeholder or mistyped NHS number on either side", () => {
    const placeholder = { ...john, nhsNumber: "0000000000" };
    expect(
      scoreCandidate(child({ firstName: "Olivia", lastName: "Brown", nhsNumber: "0000000000" }), placeholder),
    ).toBeNull();
    expect(scoreCandidate(child({ nhsNumber: "4857773458" }), john)?.reasons).toEqual([
      "nameExact",
      "dateOfBirthExact",
    ]);
  });

  it("counts a different sex against a candidate", () => {
    const same = scoreCandidate(child({ postcode: "NM1 2AB" }), john)!;
    const different = scoreCandidate(child({ postcode: "NM1 2AB", sex: "female" }), john)!;
    expect(different.score).toBeLessThan(same.score);
    expect(different.reasons).toContain("sexDiffers");
  });

  it("never ranks a twin as the same child, and says to check the first name", () => {
    const twin = child({ firstName: "Jack", postcode: "NM1 2AB", addressLine1: "3 Castle Row" });
    expect(scoreCandidate(twin, john)).toMatchObject({ strength: "possible", caution: "possibleTwin" });
    const similarTwin = scoreCandidate({ ...twin, firstName: "Jon", sex: "male" }, john);
    expect(similarTwin).toMatchObject({ strength: "possible", caution: "possibleTwin" });
  });

  it("does not call a child a twin who lives elsewhere", () => {
    expect(
      scoreCandidate(child({ firstName: "Jon", postcode: "NM1 2AB", addressLine1: "9 Mill Lane" }), john)?.caution,
    ).toBeNull();
  });
});

describe("scoreCandidate for an unborn child", () => {
  const mother = { firstName: "Kerry", lastName: "Smith", dateOfBirth: "1996-09-12" };
  const unborn = child({
    firstName: null,
    dateOfBirth: null,
    expectedDeliveryDate: "2027-02-10",
    mother,
    sex: "notKnown",
    postcode: "NM1 2AB",
  });
  const recorded: MatchCandidate = { ...unborn, id: "unborn" };

  it("matches the same pregnancy on the expected date of delivery and the mother", () => {
    expect(scoreCandidate({ ...unborn, expectedDeliveryDate: "2027-02-24" }, recorded)).toMatchObject({
      strength: "strong",
      reasons: ["nameExact", "expectedDeliveryClose", "sameMother", "motherDateOfBirth", "postcode"],
    });
  });

  it("never matches an unborn baby to an older brother on the family name and postcode", () => {
    expect(scoreCandidate(unborn, john)).toBeNull();
  });

  it("does not match another mother's pregnancy, however close the dates", () => {
    expect(
      scoreCandidate(unborn, { ...recorded, mother: { ...mother, firstName: "Amber", dateOfBirth: null } }),
    ).toBeNull();
    expect(scoreCandidate(unborn, { ...recorded, mother: { ...mother, dateOfBirth: "1999-01-01" } })).toBeNull();
  });

  it("does not match a pregnancy due months apart", () => {
    expect(scoreCandidate({ ...unborn, expectedDeliveryDate: "2027-06-10" }, recorded)).toBeNull();
  });

  it("finds the baby, born since and given a date of birth, from a contact made before the birth", () => {
    const born = { ...recorded, firstName: "Ruby", dateOfBirth: "2027-01-30" };
    expect(scoreCandidate(unborn, born)?.reasons).toContain("expectedDeliveryClose");
    expect(scoreCandidate(unborn, { ...born, expectedDeliveryDate: null })?.reasons).toEqual([
      "nameSimilar",
      "bornNearExpectedDelivery",
      "sameMother",
      "motherDateOfBirth",
      "postcode",
    ]);
    // And a newborn named in a new contact finds the record made while she was expected.
    expect(
      scoreCandidate({ ...unborn, firstName: "Ruby", dateOfBirth: "2027-01-30", expectedDeliveryDate: null }, recorded)
        ?.reasons,
    ).toContain("bornNearExpectedDelivery");
  });
});

describe("rankCandidates", () => {
  it("puts the right person first among near-duplicates and leaves out the rest", () => {
    const candidates: MatchCandidate[] = [
      { ...john, id: "brother", firstName: "Jack", dateOfBirth: "2018-07-21", nhsNumber: null },
      { ...john, id: "namesake", dateOfBirth: "2009-01-12", postcode: "NM7 1QQ", nhsNumber: null },
      { ...john, id: "variant", firstName: "Jonathan", nhsNumber: null, postcode: "NM3 4CD" },
      john,
    ];
    const ranked = rankCandidates(child({ firstName: "Jon", lastName: "Smyth", postcode: "NM1 2AB" }), candidates);
    expect(ranked.map(({ personId }) => personId)).toEqual(["john", "variant"]);
  });

  it("puts a twin and an NHS number conflict after every candidate that may be the same child", () => {
    const candidates: MatchCandidate[] = [
      { ...john, id: "twin", firstName: "Jack", nhsNumber: null },
      { ...john, id: "conflict", firstName: "Jake", dateOfBirth: "2015-03-04" },
      { ...john, id: "moved", nhsNumber: null, postcode: "NM9 9ZZ", addressLine1: null },
    ];
    const subject = child({ nhsNumber: "4857773457", postcode: "NM1 2AB", addressLine1: "3 Castle Row" });
    expect(rankCandidates({ ...subject, firstName: "Jon" }, candidates).map(({ personId }) => personId)).toEqual([
      "moved",
      "conflict",
      "twin",
    ]);
  });
});

describe("compareNames", () => {
  it("notices a swap only when the swapped reading is the better one", () => {
    expect(compareNames({ firstName: "Ann", lastName: "Lee" }, { firstName: "Lee", lastName: "Ann" }).swapped).toBe(
      true,
    );
    expect(compareNames({ firstName: "Ann", lastName: "Lee" }, { firstName: "Ann", lastName: "Lee" })).toEqual({
      similarity: 1,
      swapped: false,
      exact: true,
      firstNamesAlike: true,
    });
  });
});

describe("dayMonthSwapped", () => {
  it("swaps only when the result is a real month", () => {
    expect(dayMonthSwapped("2015-03-04")).toBe("2015-04-03");
    expect(dayMonthSwapped("2015-03-24")).toBeNull();
    expect(dayMonthSwapped("2015-05-05")).toBeNull();
  });
});

describe("yearEitherSide", () => {
  it("gives the same day a year before and after, where that day exists", () => {
    expect(yearEitherSide("2015-03-04")).toEqual(["2014-03-04", "2016-03-04"]);
    expect(yearEitherSide("2016-02-29")).toEqual([]);
  });
});
