import { pino } from "pino";
import type { Queryable } from "#db/connection";
import { devMail } from "#db/schema";
import { config } from "~/config.server";
import type { NotificationTemplate } from "~/domain/notifications/templates";
import { createTranslator, type MessageKey } from "~/i18n/messages";

/** The list of messages lives with the notification catalogue; which of them people may turn off is there too. */
export { notificationTemplates as messageTemplates } from "~/domain/notifications/templates";
export type MessageTemplate = NotificationTemplate;

export interface OutgoingMessage {
  to: string;
  template: MessageTemplate;
  /** The values the template's `{placeholders}` take, as GOV.UK Notify calls them. */
  personalisation: Record<string, string>;
}

const logger = pino({ level: config().LOG_LEVEL, base: { module: "mail" } });

/**
 * Sends an email. For now the development delivery: the message is stored in
 * `dev_mail` in the caller's transaction (so it exists only if the change it
 * reports does), logged, and shown to admins at /dev/mail outside production.
 */
export async function sendMail(queryable: Queryable, message: OutgoingMessage): Promise<void> {
  await queryable.insert(devMail).values({
    recipient: message.to.toLowerCase(),
    template: message.template,
    personalisation: message.personalisation,
  });
  if (config().NODE_ENV === "production") {
    // Addresses and links are personal data and secrets: production logs name the template only.
    logger.info({ template: message.template }, "email queued");
  } else {
    const { subject, body } = renderMessage(message.template, message.personalisation);
    logger.info({ to: message.to, template: message.template, subject }, `email to ${message.to}\n${body}`);
  }
}

/** The subject and plain-text body of a message, in English until the Welsh catalogue lands. */
export function renderMessage(
  template: MessageTemplate,
  personalisation: Record<string, string>,
): { subject: string; body: string } {
  const t = createTranslator("en");
  return {
    subject: t(`mail.${template}.subject` satisfies MessageKey, personalisation),
    body: t(`mail.${template}.body` satisfies MessageKey, personalisation),
  };
}
