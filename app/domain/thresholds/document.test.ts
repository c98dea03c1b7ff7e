import { describe, expect, it } from "vitest";
import northmoor from "../../../config/threshold-documents/northmoor-2026.json";
import { findDescriptor, findLevel, parseThresholdDocument } from "./document";
import { northmoorDocument } from "./test-document";

type RawDocument = typeof northmoor & Record<string, unknown>;

function edited(change: (document: RawDocument) => void): RawDocument {
  const copy = structuredClone(northmoor) as RawDocument;
  change(copy);
  return copy;
}

function errorsFor(raw: unknown): string[] {
  const result = parseThresholdDocument(raw);
  if (result.ok) throw new Error("expected the document to be rejected");
  return result.errors;
}

describe("the default Northmoor document", () => {
  const document = northmoorDocument();

  it("parses, with the four-level continuum and the three Assessment Framework domains", () => {
    expect(document.council).toBe("Northmoor Council");
    expect(document.version).toBe("2026.1");
    expect(document.levels.map((level) => level.name)).toEqual([
      "Universal",
      "Early help: emerging needs",
      "Targeted early help: complex needs",
      "Specialist: statutory",
    ]);
    expect(document.domains.map((domain) => domain.name)).toEqual([
      "Child's developmental needs",
      "Parenting capacity",
      "Family and environmental factors",
    ]);
    expect(document.suggestedLevelRule).toEqual({ rule: "highest" });
  });

  it("asks for consent at levels 1 to 3 but not at the statutory level", () => {
    expect(document.levels.map((level) => level.consentRequired)).toEqual([true, true, true, false]);
  });

  it("has at least 15 descriptors at every level, spread across all three domains", () => {
    for (const level of document.levels) {
      const atLevel = document.descriptors.filter((descriptor) => descriptor.level === level.level);
      expect(atLevel.length, `level ${level.level}`).toBeGreaterThanOrEqual(15);
      expect(new Set(atLevel.map((descriptor) => descriptor.domain)).size, `level ${level.level}`).toBe(3);
    }
  });

  it.each([
    "neglect",
    "physical abuse",
    "emotional abuse",
    "sexual abuse",
    "domestic abuse",
    "parental mental health",
    "substance misuse",
    "criminal exploitation",
    "sexual exploitation",
    "missing",
    "missing education",
    "online",
    "self-harm",
    "young carer",
    "homelessness",
    "disability",
    "pre-birth",
  ])("covers %s", (topic) => {
    const tagged = document.descriptors.filter((descriptor) =>
      descriptor.keywords?.some((keyword) => keyword.toLowerCase().includes(topic)),
    );
    expect(tagged.length).toBeGreaterThan(0);
  });

  it("finds descriptors and levels by id and number", () => {
    expect(findDescriptor(document, "neglect-4-severe")?.level).toBe(4);
    expect(findDescriptor(document, "no-such-descriptor")).toBeUndefined();
    expect(findLevel(document, 2)?.name).toBe("Early help: emerging needs");
    expect(findLevel(document, 5)).toBeUndefined();
  });
});

describe("rejecting a bad document", () => {
  it("names the descriptor whose level does not exist", () => {
    const raw = edited((document) => {
      document.descriptors[12]!.id = "neglect-4-hygiene";
      document.descriptors[12]!.level = 5;
    });
    expect(errorsFor(raw)).toEqual([
      'descriptors[12] (id "neglect-4-hygiene"): level 5 is not a level in this document',
    ]);
  });

  it("names the descriptor whose domain does not exist, and lists the domains", () => {
    const raw = edited((document) => {
      document.descriptors[3]!.domain = "family";
    });
    expect(errorsFor(raw)).toEqual([
      `descriptors[3] (id "${northmoor.descriptors[3]!.id}"): domain "family" is not a domain in this document (the domains are "developmental-needs", "parenting-capacity", "family-environment")`,
    ]);
  });

  it("reports a repeated descriptor id, pointing at the first use", () => {
    const raw = edited((document) => {
      document.descriptors[20]!.id = document.descriptors[2]!.id;
    });
    const id = northmoor.descriptors[2]!.id;
    expect(errorsFor(raw)).toEqual([
      `descriptors[20] (id "${id}"): the id "${id}" is already used by descriptors[2]; each id must be unique`,
    ]);
  });

  it("reports a repeated domain id", () => {
    const raw = edited((document) => {
      document.domains[2]!.id = "parenting-capacity";
    });
    expect(errorsFor(raw)).toContain(
      'domains[2] (id "parenting-capacity"): the id "parenting-capacity" is already used by domains[1]; each id must be unique',
    );
  });

  it("requires levels numbered 1..n in order", () => {
    const raw = edited((document) => {
      const [first, second] = document.levels;
      document.levels[0] = second!;
      document.levels[1] = first!;
    });
    expect(errorsFor(raw)).toEqual([
      'levels[0] ("Early help: emerging needs"): level 2 is out of order. Levels must be numbered 1, 2, 3 and so on, lowest need first, so this one should be level 1',
      'levels[1] ("Universal"): level 1 is out of order. Levels must be numbered 1, 2, 3 and so on, lowest need first, so this one should be level 2',
    ]);
  });

  it("explains missing fields, wrong types and misspelt fields in plain English, naming the entry", () => {
    const raw = edited((document) => {
      const descriptor = document.descriptors[5] as Record<string, unknown>;
      delete descriptor.text;
      descriptor.keyword = ["typo"];
      (document.levels[1] as Record<string, unknown>).level = "two";
    });
    const id = northmoor.descriptors[5]!.id;
    expect(errorsFor(raw)).toEqual([
      'levels[1] ("Early help: emerging needs").level: must be a number',
      `descriptors[5] (id "${id}").text: is missing`,
      `descriptors[5] (id "${id}"): has a field this format does not use: "keyword"`,
    ]);
  });

  it("checks the version, the publication date, ids and empty text", () => {
    const raw = edited((document) => {
      document.version = "v1";
      document.publishedOn = "1 April 2026";
      document.descriptors[0]!.id = "Neglect 1";
      document.descriptors[1]!.text = "   ";
    });
    expect(errorsFor(raw)).toEqual([
      'version: must look like "2026.1" (the year, a full stop, then a revision number)',
      'publishedOn: must be a date written as YYYY-MM-DD, like "2026-04-01"',
      'descriptors[0] (id "Neglect 1").id: must use lowercase letters, numbers and hyphens only, like "neglect-4-hygiene"',
      `descriptors[1] (id "${northmoor.descriptors[1]!.id}").text: must not be empty`,
    ]);
  });

  it("checks the suggested-level rule", () => {
    expect(errorsFor(edited((document) => void (document.suggestedLevelRule = { rule: "average" })))).toEqual([
      'suggestedLevelRule.rule: must be "highest" or "highest-with-accumulation"',
    ]);
    const tooLow = edited((document) => {
      (document as Record<string, unknown>).suggestedLevelRule = {
        rule: "highest-with-accumulation",
        minimumDescriptors: 1,
        minimumDomains: 2,
      };
    });
    expect(errorsFor(tooLow)).toEqual(["suggestedLevelRule.minimumDescriptors: must be 2 or more"]);
  });

  it("defaults the rule to the highest level when the document leaves it out", () => {
    const result = parseThresholdDocument(
      edited((document) => void delete (document as Record<string, unknown>).suggestedLevelRule),
    );
    expect(result.ok && result.document.suggestedLevelRule).toEqual({ rule: "highest" });
  });

  it("rejects something that is not a document at all", () => {
    expect(errorsFor([])).toEqual([
      "The file must contain a single JSON object with council, title, version, levels, domains and descriptors",
    ]);
    expect(errorsFor({ council: "Northmoor Council" })).toEqual([
      "partnership: is missing",
      "title: is missing",
      "version: is missing",
      "publishedOn: is missing",
      "levels: is missing",
      "domains: is missing",
      "descriptors: is missing",
    ]);
  });

  it("needs at least two levels and one descriptor", () => {
    const raw = edited((document) => {
      document.levels = document.levels.slice(0, 1);
      document.descriptors = [];
    });
    expect(errorsFor(raw)).toEqual([
      "levels: must have at least 2 entries",
      "descriptors: must have at least 1 entries",
    ]);
  });
});
