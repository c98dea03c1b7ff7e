import { describe, expect, it } from "vitest";
import { mergeRefusal, undoMergeRefusal } from "./merge";

const person = (id: string, nhsNumber: string | null = null, mergedIntoId: string | null = null) => ({
  id,
  nhsNumber,
  mergedIntoId,
});

describe("mergeRefusal", () => {
  it("merges two records of one child, with one NHS number or the same on both", () => {
    expect(mergeRefusal(person("a", "4857773456"), person("b"))).toBeNull();
    expect(mergeRefusal(person("a"), person("b", "4857773456"))).toBeNull();
    expect(mergeRefusal(person("a", "4857773456"), person("b", "4857773456"))).toBeNull();
  });

  it("refuses a record merged with itself, or one already merged", () => {
    expect(mergeRefusal(person("a"), person("a"))).toBe("mash.person.merge.error.samePerson");
    expect(mergeRefusal(person("a", null, "c"), person("b"))).toBe("mash.person.merge.error.alreadyMerged");
    expect(mergeRefusal(person("a"), person("b", null, "c"))).toBe("mash.person.merge.error.alreadyMerged");
  });

  it("never merges two different NHS numbers", () => {
    expect(mergeRefusal(person("a", "4857773456"), person("b", "9434765919"))).toBe(
      "mash.person.merge.error.differentNhsNumbers",
    );
  });
});

describe("undoMergeRefusal", () => {
  it("undoes a standing merge", () => {
    expect(undoMergeRefusal({ unmergedAt: null, keptSinceMerged: false })).toBeNull();
  });

  it("refuses a merge already undone, or one whose kept record was merged again since", () => {
    expect(undoMergeRefusal({ unmergedAt: new Date(), keptSinceMerged: false })).toBe(
      "mash.person.unmerge.error.alreadyUndone",
    );
    expect(undoMergeRefusal({ unmergedAt: null, keptSinceMerged: true })).toBe(
      "mash.person.unmerge.error.keptSinceMerged",
    );
  });
});
