import { describe, expect, it } from "vitest";
import { submit } from "~/forms/test-support";
import { immediateDangerSchema } from "./immediate-danger";

describe("immediateDangerSchema", () => {
  it.each(["yes", "no"])("accepts %s", (answer) => {
    expect(submit(immediateDangerSchema, { immediateDanger: answer }).value).toEqual({ immediateDanger: answer });
  });

  it.each<Record<string, string>>([{}, { immediateDanger: "" }, { immediateDanger: "maybe" }])(
    "asks for an answer when given %o",
    (fields) => {
      expect(submit(immediateDangerSchema, fields).errors).toEqual({
        immediateDanger: ["contact.immediateDanger.required"],
      });
    },
  );
});
