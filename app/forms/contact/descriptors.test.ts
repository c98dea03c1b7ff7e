import { describe, expect, it } from "vitest";
import { northmoorDocument } from "~/domain/thresholds/test-document";
import { submit } from "~/forms/test-support";
import { descriptorsSchema } from "./descriptors";

const schema = descriptorsSchema(northmoorDocument());

describe("descriptorsSchema", () => {
  it("accepts one descriptor (a single checkbox arrives as a string)", () => {
    expect(submit(schema, { descriptorIds: "neglect-2-inconsistent-care" }).value).toEqual({
      descriptorIds: ["neglect-2-inconsistent-care"],
    });
  });

  it("accepts several, without repeats", () => {
    expect(
      submit(schema, { descriptorIds: ["neglect-2-inconsistent-care", "housing-2-at-risk", "housing-2-at-risk"] })
        .value,
    ).toEqual({
      descriptorIds: ["neglect-2-inconsistent-care", "housing-2-at-risk"],
    });
  });

  it("needs at least one", () => {
    expect(submit(schema, {}).errors).toEqual({ descriptorIds: ["contact.descriptors.required"] });
  });

  it("rejects an id the current document does not have", () => {
    expect(submit(schema, { descriptorIds: ["housing-2-at-risk", "retired-descriptor"] }).errors).toEqual({
      descriptorIds: ["contact.descriptors.unknown"],
    });
  });
});
