import { describe, expect, it } from "vitest";
import {
  notificationTemplates,
  optionalTemplateRecipients,
  placeholdersIn,
  securityTemplates,
} from "~/domain/notifications/templates";
import { isMessageKey } from "~/i18n/messages";
import { missingPlaceholders, renderEmail, withAppUrl } from "./render";

describe("the notification catalogue", () => {
  it("has a subject and a body for every message", () => {
    const missing = notificationTemplates.flatMap((template) =>
      [`mail.${template}.subject`, `mail.${template}.body`].filter((key) => !isMessageKey(key)),
    );
    expect(missing).toEqual([]);
  });

  it("sorts every message into exactly one of security or optional", () => {
    const optional = Object.keys(optionalTemplateRecipients);
    expect([...securityTemplates, ...optional].sort()).toEqual([...notificationTemplates].sort());
  });

  it("links every message back to the portal", () => {
    const withoutLink = notificationTemplates.filter((template) => {
      const names = placeholdersIn(renderEmail(template, {}).body);
      return !["link", "appUrl", "accountUrl"].some((name) => names.includes(name));
    });
    expect(withoutLink).toEqual([]);
  });

  it("never has a placeholder for a child's details", () => {
    const childDetails = /child|firstName|lastName|dateOfBirth|nhs|postcode|address|concern/i;
    const offending = notificationTemplates.flatMap((template) =>
      placeholdersIn(Object.values(renderEmail(template, {})).join("\n")).filter((name) => childDetails.test(name)),
    );
    expect(offending).toEqual([]);
  });
});

describe("renderEmail", () => {
  it("fills the placeholders, including the portal's address", () => {
    const personalisation = withAppUrl(
      {
        name: "Priya Shah",
        reference: "FD-000123",
        deadline: "decision deadline",
        dueAt: "5pm on 2 March 2026",
        link: "https://fd.example/x",
      },
      "https://fd.example",
    );
    const email = renderEmail("contactDeadlinePassed", personalisation);
    expect(email.subject).toBe("Contact FD-000123 is past its decision deadline");
    expect(email.body).toContain("Dear Priya Shah,");
    expect(email.body).toContain("https://fd.example/x");
  });

  it("names the placeholders a message was not given", () => {
    expect(missingPlaceholders("signOffAwaiting", { name: "Sam" })).toEqual(["reference", "link"]);
  });
});
