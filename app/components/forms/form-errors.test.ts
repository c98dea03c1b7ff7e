import { describe, expect, it } from "vitest";
import { databaseUnavailableKey } from "~/forms/form-intents";
import { errorSummary, fieldError, fieldId, isServiceDown } from "./form-errors";

describe("fieldId", () => {
  it("turns nested and listed names into the ids GOV.UK components give their inputs", () => {
    expect(fieldId("address.postcode")).toBe("address-postcode");
    expect(fieldId("children[0].firstName")).toBe("children-0-firstName");
  });
});

describe("errorSummary", () => {
  it("follows the page's order, nested names after their parent, whatever order the errors came in", () => {
    const errors = {
      "goals[1].text": ["second goal"],
      consent: ["consent"],
      "address.postcode": ["postcode"],
      name: ["name"],
    };
    const order = ["name", "address", "goals", "consent"];
    expect(errorSummary(errors, { fieldOrder: order }).map((item) => item.fieldId)).toEqual([
      "name",
      "address-postcode",
      "goals-1-text",
      "consent",
    ]);
  });

  it("puts a problem with the whole page first, linked to the field it is about", () => {
    const summary = errorSummary(
      { name: ["name"], "": ["pick one"] },
      { fieldOrder: ["name"], formErrorField: "name" },
    );
    expect(summary).toEqual([
      { field: "", fieldId: "name", text: "pick one" },
      { field: "name", fieldId: "name", text: "name" },
    ]);
  });

  it("links nowhere when the service is down, and blames no field for it", () => {
    const errors = { "": [databaseUnavailableKey] };
    expect(isServiceDown(errors)).toBe(true);
    expect(errorSummary(errors, { fieldOrder: [], formErrorField: "name" })).toEqual([
      { field: "", fieldId: undefined, text: databaseUnavailableKey },
    ]);
    expect(fieldError(errors, "")).toBeUndefined();
  });

  it("lists every message only for the fields that ask for it", () => {
    const errors = { file: ["too big", "wrong type"], name: ["one", "two"] };
    const summary = errorSummary(errors, { fieldOrder: ["file", "name"], listEveryMessage: ["file"] });
    expect(summary.map((item) => item.text)).toEqual(["too big", "wrong type", "one"]);
  });

  it("skips fields whose errors were cleared", () => {
    expect(errorSummary({ name: null, email: [] }, { fieldOrder: ["name", "email"] })).toEqual([]);
  });
});
