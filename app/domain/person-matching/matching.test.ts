import { describe, expect, it } from "vitest";
import {
  compareNames,
  dayMonthSwapped,
  rankCandidates,
  scoreCandidate,
  type MatchCandidate,
  type MatchDetails,
} from "./matching";

const john: MatchCandidate = {
  id: "john",
  firstName: "John",
  lastName: "Smith",
  dateOfBirth: "2015-03-04",
  sex: "male",
  nhsNumber: "4857773457",
  postcode: "NM1 2AB",
};

const child = (details: Partial<MatchDetails>): MatchDetails => ({
  firstName: "John",
  lastName: "Smith",
  dateOfBirth: "2015-03-04",
  sex: "male",
  nhsNumber: null,
  postcode: null,
  ...details,
});

describe("scoreCandidate", () => {
  it("is certain of the same NHS number, name and date of birth", () => {
    expect(scoreCandidate(child({ nhsNumber: "4857773457", postcode: "NM1 2AB" }), john)).toEqual({
      personId: "john",
      score: 100,
      strength: "strong",
      reasons: ["nhsNumber", "nameExact", "dateOfBirthExact", "postcode"],
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

  it("offers a record with the same NHS number even when the name was recorded differently", () => {
    const scored = scoreCandidate(child({ firstName: "Jonny", lastName: "Smith-Ward", nhsNumber: "4857773457" }), john);
    expect(scored?.reasons).toContain("nhsNumber");
  });

  it("counts a different sex against a candidate", () => {
    const same = scoreCandidate(child({ postcode: "NM1 2AB" }), john)!;
    const different = scoreCandidate(child({ postcode: "NM1 2AB", sex: "female" }), john)!;
    expect(different.score).toBeLessThan(same.score);
    expect(different.reasons).toContain("sexDiffers");
  });

  it("matches an unborn baby by family name and postcode", () => {
    const baby = child({ firstName: null, lastName: "Smith", dateOfBirth: null, sex: "notKnown", postcode: "NM1 2AB" });
    expect(scoreCandidate(baby, { ...john, firstName: null, dateOfBirth: null })?.reasons).toEqual([
      "nameExact",
      "postcode",
    ]);
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
