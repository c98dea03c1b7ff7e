import type { Queryable } from "#db/connection";
import type { NotificationTemplate } from "~/domain/notifications/templates";
import { queueMessage, type QueueOptions } from "~/notifications/outbox.server";
import { renderEmail } from "~/notifications/render";
import { queueOptionsFromConfig } from "~/notifications/settings.server";

/** Whether someone turned a message off: a caller that sends its statements together asks it with its first. */
export { hasTurnedOff } from "~/notifications/outbox.server";

/** The list of messages lives with the notification catalogue; which of them people may turn off is there too. */
export { notificationTemplates as messageTemplates } from "~/domain/notifications/templates";
export type MessageTemplate = NotificationTemplate;

export interface OutgoingMessage {
  to: string;
  template: MessageTemplate;
  /** The values the template's `{placeholders}` take, as GOV.UK Notify calls them. */
  personalisation: Record<string, string>;
}

/**
 * Sends an email: writes it to the notification outbox in the caller's
 * transaction, so it exists exactly when the change it reports does, and
 * the worker delivers it (SMTP or GOV.UK Notify). With neither configured,
 * outside production, it goes straight to /dev/mail and the log.
 */
export async function sendMail(
  queryable: Queryable,
  message: OutgoingMessage,
  asked: Pick<QueueOptions, "turnedOff"> = {},
): Promise<void> {
  await queueMessage(queryable, message, { ...queueOptionsFromConfig(), ...asked });
}

/** The subject and plain-text body of a message, in English until the Welsh catalogue lands. */
export function renderMessage(
  template: MessageTemplate,
  personalisation: Record<string, string>,
): { subject: string; body: string } {
  return renderEmail(template, personalisation);
}
