import { describe, expect, it } from "vitest";
import { ConfigurationError, readConfig } from "~/config.server";
import { notificationTemplates } from "~/domain/notifications/templates";
import { deliveryMode } from "./settings.server";

const templateIds = Object.fromEntries(
  notificationTemplates.map((template, index) => [
    template,
    `00000000-0000-4000-8000-${String(index).padStart(12, "0")}`,
  ]),
);

describe("mail configuration", () => {
  it("delivers to /dev/mail when no provider is set, outside production", () => {
    expect(deliveryMode(readConfig({ NODE_ENV: "development" }))).toBe("development");
    expect(deliveryMode(readConfig({ NODE_ENV: "test", SMTP_URL: "smtp://127.0.0.1:2525" }))).toBe("queue");
  });

  it("refuses to start in production without a way to send email", () => {
    expect(() => readConfig({ NODE_ENV: "production" })).toThrow(/SMTP_URL: production needs a way to send email/);
    expect(() => readConfig({ NODE_ENV: "production", SMTP_URL: "smtp://mail.example:25" })).not.toThrow();
  });

  it("needs a GOV.UK Notify template id for every message when Notify is used", () => {
    const partial = JSON.stringify({ contactAcknowledged: templateIds.contactAcknowledged });
    expect(() => readConfig({ NODE_ENV: "test", NOTIFY_API_KEY: "key", NOTIFY_TEMPLATE_IDS: partial })).toThrow(
      /NOTIFY_TEMPLATE_IDS: GOV.UK Notify needs a template id for invitation, passwordReset/,
    );
    const settings = readConfig({
      NODE_ENV: "test",
      NOTIFY_API_KEY: "key",
      NOTIFY_TEMPLATE_IDS: JSON.stringify(templateIds),
    });
    expect(settings.NOTIFY_TEMPLATE_IDS?.decisionRecorded).toBe(templateIds.decisionRecorded);
    expect(settings.NOTIFY_BASE_URL).toBe("https://api.notifications.service.gov.uk");
  });

  it("names NOTIFY_TEMPLATE_IDS when it is not JSON or names an unknown message", () => {
    expect(() => readConfig({ NODE_ENV: "test", NOTIFY_TEMPLATE_IDS: "{not json" })).toThrow(ConfigurationError);
    expect(() => readConfig({ NODE_ENV: "test", NOTIFY_TEMPLATE_IDS: "{not json" })).toThrow(
      /NOTIFY_TEMPLATE_IDS: must be a JSON object/,
    );
    expect(() =>
      readConfig({ NODE_ENV: "test", NOTIFY_TEMPLATE_IDS: JSON.stringify({ birthdayCard: templateIds.invitation }) }),
    ).toThrow(/NOTIFY_TEMPLATE_IDS/);
  });
});
