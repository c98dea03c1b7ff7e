import { describe, expect, it } from "vitest";
import { expectantMother } from "./mother";

const adult = (relationship: string, name = "Kerry") => ({
  firstName: name,
  lastName: "Doyle",
  dateOfBirth: "1998-04-11",
  relationship,
});

describe("expectantMother", () => {
  it.each([
    "Mother",
    "mum",
    "Expectant mother",
    "Mother of the unborn baby",
    "Mum of Amy, pregnant with her second",
    "Mother of Amy, stepmother of Ben",
  ])("finds the mother described as “%s”", (relationship) => {
    expect(expectantMother([adult("Father", "Dean"), adult(relationship)])).toEqual({
      firstName: "Kerry",
      lastName: "Doyle",
      dateOfBirth: "1998-04-11",
    });
  });

  it.each([
    "Grandmother",
    "Maternal grandmother",
    "Stepmother",
    "Step-mum",
    "Foster mother",
    "Grandma",
    "Mother’s partner",
    "Mum's boyfriend",
  ])("does not take the %s for the mother", (relationship) => {
    expect(expectantMother([adult(relationship)])).toBeNull();
  });

  it("keeps what is not known as not known", () => {
    expect(expectantMother([{ firstName: "Kerry", relationship: "mum" }])).toEqual({
      firstName: "Kerry",
      lastName: null,
      dateOfBirth: null,
    });
  });
});
