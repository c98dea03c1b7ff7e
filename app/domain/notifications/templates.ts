import type { Role } from "../roles";

/**
 * Every message the portal sends. The words are in the message catalogue
 * (`mail.<template>.subject` and `.body`, with `{placeholders}`); GOV.UK
 * Notify templates use the same placeholder names as `((placeholders))`.
 * No message names or describes a child: email is not a secure channel, so
 * each one gives a reference and a link back to the portal.
 */
export const notificationTemplates = [
  // Security: about the account itself, always sent.
  "invitation",
  "passwordReset",
  "passwordChanged",
  "twoFactorChanged",
  "newSignIn",
  // Work: people choose which of these they receive.
  "contactAcknowledged",
  "decisionRecorded",
  "writtenConfirmationRequested",
  "informationCheckRequested",
  "signOffAwaiting",
  "contactDeadlineApproaching",
  "contactDeadlinePassed",
  "earlyHelpReviewDue",
  "earlyHelpReviewOverdue",
  "stepDownAwaitingAcceptance",
  "stepDownAccepted",
  "stepDownDeclined",
] as const;
export type NotificationTemplate = (typeof notificationTemplates)[number];

export const securityTemplates = [
  "invitation",
  "passwordReset",
  "passwordChanged",
  "twoFactorChanged",
  "newSignIn",
] as const satisfies readonly NotificationTemplate[];

export type OptionalTemplate = Exclude<NotificationTemplate, (typeof securityTemplates)[number]>;

/**
 * The messages a person may turn off, and the roles that receive each, so
 * that the preferences page offers only what someone could actually get.
 * Listed in the order the page shows them.
 */
export const optionalTemplateRecipients: Record<OptionalTemplate, readonly Role[]> = {
  contactAcknowledged: ["partner"],
  decisionRecorded: ["partner"],
  writtenConfirmationRequested: ["partner"],
  informationCheckRequested: ["mash_agency_officer"],
  signOffAwaiting: ["mash_manager"],
  contactDeadlineApproaching: ["mash_screener", "mash_manager"],
  contactDeadlinePassed: ["mash_screener", "mash_manager"],
  earlyHelpReviewDue: ["partner", "early_help_practitioner", "early_help_manager"],
  earlyHelpReviewOverdue: ["partner", "early_help_practitioner", "early_help_manager"],
  stepDownAwaitingAcceptance: ["early_help_manager"],
  stepDownAccepted: ["social_worker"],
  stepDownDeclined: ["social_worker"],
};

export function isNotificationTemplate(value: string): value is NotificationTemplate {
  return (notificationTemplates as readonly string[]).includes(value);
}

export function isOptionalTemplate(template: string): template is OptionalTemplate {
  return Object.hasOwn(optionalTemplateRecipients, template);
}

/** The optional messages someone in this role may receive, in the order the preferences page lists them. */
export function optionalTemplatesFor(role: Role): OptionalTemplate[] {
  return (Object.keys(optionalTemplateRecipients) as OptionalTemplate[]).filter((template) =>
    optionalTemplateRecipients[template].includes(role),
  );
}

/** The `{names}` a catalogue text uses, so a message missing one is refused before it is queued. */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!))];
}
