import { describe, expect, it } from "vitest";
import { contact } from "~/i18n/en/contact";
import { dateMessages } from "~/forms/date-input";
import { key } from "./messages";

describe("message keys", () => {
  it("builds a field's date messages from keys that all have English text", () => {
    for (const message of Object.values(dateMessages("contact.child.dueDate"))) {
      expect(contact).toHaveProperty([message]);
    }
  });

  it("refuses, at compile time, keys the catalogue lacks", () => {
    // @ts-expect-error: not in the catalogue
    expect(key("contact.child.shoeSize.required")).toBe("contact.child.shoeSize.required");
    // @ts-expect-error: the adult date of birth is optional, so it has no "required" message
    dateMessages("contact.adult.dateOfBirth");
  });

  it("writes every message in GOV.UK style, without a trailing full stop", () => {
    for (const [messageKey, text] of Object.entries(contact)) {
      if (!messageKey.endsWith(".hint") && !messageKey.endsWith(".warning"))
        expect(text, messageKey).not.toMatch(/\.$/);
    }
  });
});
