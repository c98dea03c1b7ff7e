import { placeholdersIn, type NotificationTemplate } from "~/domain/notifications/templates";
import { createTranslator, type MessageKey } from "~/i18n/messages";

/** Every message may use `{appUrl}`; the portal fills it in. */
export function withAppUrl(personalisation: Record<string, string>, appUrl: string): Record<string, string> {
  return { appUrl, ...personalisation };
}

function texts(template: NotificationTemplate): { subject: MessageKey; body: MessageKey } {
  return { subject: `mail.${template}.subject` as MessageKey, body: `mail.${template}.body` as MessageKey };
}

/** The subject and plain-text body of a message, in English until the Welsh catalogue lands. */
export function renderEmail(
  template: NotificationTemplate,
  personalisation: Record<string, string>,
): { subject: string; body: string } {
  const t = createTranslator("en");
  const keys = texts(template);
  return { subject: t(keys.subject, personalisation), body: t(keys.body, personalisation) };
}

/** The placeholders a message's texts use that it was not given. */
export function missingPlaceholders(template: NotificationTemplate, personalisation: Record<string, string>): string[] {
  const t = createTranslator("en");
  const keys = texts(template);
  return placeholdersIn(`${t(keys.subject)}\n${t(keys.body)}`).filter((name) => !(name in personalisation));
}
