import { describe, expect, it } from "vitest";
import type { ThresholdDocument } from "./document";
import { searchDescriptors } from "./search";
import { northmoorDocument } from "./test-document";

const base = northmoorDocument();

/** A small document whose scores can be reasoned about by hand. */
const document: ThresholdDocument = {
  ...base,
  descriptors: [
    { id: "a-1", domain: "developmental-needs", level: 1, text: "Attends school regularly.", keywords: ["attendance"] },
    {
      id: "b-2",
      domain: "parenting-capacity",
      level: 2,
      text: "Parent’s drinking affects routines.",
      examples: ["Smells of alcohol at pick-up"],
      keywords: ["substance misuse"],
    },
    {
      id: "c-3",
      domain: "family-environment",
      level: 3,
      text: "Family is homeless and moving often.",
      keywords: ["homelessness", "temporary accommodation"],
    },
    {
      id: "d-4",
      domain: "developmental-needs",
      level: 4,
      text: "Criminal exploitation, for example county lines and drug running.",
      keywords: ["CCE", "exploitation"],
    },
    {
      id: "e-3",
      domain: "developmental-needs",
      level: 3,
      text: "Early signs of exploitation; unexplained money and new phones.",
      examples: ["Seen in a car with older men"],
    },
    {
      id: "f-2",
      domain: "developmental-needs",
      level: 2,
      text: "Sees a naïve café worker daily; self-harm disclosed.",
      keywords: ["self-harm"],
    },
  ],
};

const ids = (query: string, filters?: Parameters<typeof searchDescriptors>[2]) =>
  searchDescriptors(document, query, filters).map((match) => match.descriptor.id);

describe("searchDescriptors", () => {
  it("lists everything, in document order, for an empty or blank query", () => {
    expect(ids("")).toEqual(["a-1", "b-2", "c-3", "d-4", "e-3", "f-2"]);
    expect(ids("  ,  ")).toEqual(["a-1", "b-2", "c-3", "d-4", "e-3", "f-2"]);
  });

  it("ignores case, accents and apostrophes", () => {
    expect(ids("NAIVE CAFE")).toEqual(["f-2"]);
    expect(ids("parents")).toEqual(["b-2"]);
    expect(ids("parent's")).toEqual(["b-2"]);
  });

  it("requires every word to match somewhere (multi-word AND)", () => {
    expect(ids("exploitation")).toEqual(["d-4", "e-3"]);
    expect(ids("exploitation county")).toEqual(["d-4"]);
    expect(ids("exploitation homeless")).toEqual([]);
  });

  it("matches the start of words, and simple plurals", () => {
    expect(ids("homel")).toEqual(["c-3"]);
    expect(ids("phone")).toEqual(["e-3"]);
    expect(ids("accommodations")).toEqual(["c-3"]);
    expect(ids("ploit")).toEqual([]);
  });

  it("searches examples and keywords as well as the text", () => {
    expect(searchDescriptors(document, "alcohol")).toMatchObject([
      { descriptor: { id: "b-2" }, matchedIn: ["examples"] },
    ]);
    expect(searchDescriptors(document, "cce")).toMatchObject([{ descriptor: { id: "d-4" }, matchedIn: ["keywords"] }]);
    expect(ids("self harm")).toEqual(["f-2"]);
  });

  it("ranks keyword matches above text matches above example matches", () => {
    const withKeyword = {
      ...document,
      descriptors: [
        {
          id: "in-example",
          domain: "developmental-needs",
          level: 1,
          text: "Something else.",
          examples: ["A neglect example"],
        },
        { id: "in-text", domain: "developmental-needs", level: 1, text: "Signs of neglect." },
        { id: "in-keyword", domain: "developmental-needs", level: 1, text: "Something else.", keywords: ["neglect"] },
      ],
    };
    expect(searchDescriptors(withKeyword, "neglect").map((match) => match.descriptor.id)).toEqual([
      "in-keyword",
      "in-text",
      "in-example",
    ]);
  });

  it("ranks a whole phrase above the same words scattered", () => {
    const phrases = {
      ...document,
      descriptors: [
        { id: "scattered", domain: "developmental-needs", level: 1, text: "Lines of worry in the county." },
        { id: "phrase", domain: "developmental-needs", level: 1, text: "Running drugs on county lines." },
      ],
    };
    expect(searchDescriptors(phrases, "county lines").map((match) => match.descriptor.id)).toEqual([
      "phrase",
      "scattered",
    ]);
  });

  it("filters by domain and level", () => {
    expect(ids("", { domain: "developmental-needs" })).toEqual(["a-1", "d-4", "e-3", "f-2"]);
    expect(ids("exploitation", { level: 3 })).toEqual(["e-3"]);
    expect(ids("exploitation", { domain: "family-environment" })).toEqual([]);
  });

  it("finds the real document's descriptors for the words referrers use", () => {
    const found = (query: string, filters?: Parameters<typeof searchDescriptors>[2]) =>
      searchDescriptors(base, query, filters).map((match) => match.descriptor.id);
    expect(found("county lines").slice(0, 2)).toEqual(["exploitation-3-early-indicators", "exploitation-4-criminal"]);
    expect(found("non-mobile bruise")).toEqual(["physical-4-injury"]);
    expect(found("young carer").slice(0, 4).sort()).toEqual([
      "carers-1-age-appropriate-help",
      "youngcarer-2-regular-caring",
      "youngcarer-3-substantial-caring",
      "youngcarer-4-harmful-caring",
    ]);
    expect(found("unborn").every((id) => id.startsWith("prebirth-"))).toBe(true);
    expect(found("self-harm", { level: 3 })).toEqual(["selfharm-3-repeated"]);
  });
});
