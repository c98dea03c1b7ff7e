import { z } from "zod";
import {
  individualRelationships,
  recordedChannels,
  referrerKinds,
  type IndividualRelationship,
} from "~/domain/contact/channels";
import { organisationTypes, type OrganisationType } from "~/domain/organisations";
import { zonedTime } from "~/domain/working-days/local-time";
import { addToIsoDate, dateInput } from "~/forms/date-input";
import { normaliseTime } from "./emergency-calls";
import { choice, formattedText, optionalText } from "./fields";
import { dateMessages } from "~/forms/date-input";
import { key } from "./messages";
import { isUuid } from "~/domain/uuid";

/**
 * "Who contacted, how, and when": the first page of a contact the MASH
 * records, taken by phone, email, letter, in person or as a police
 * notification. When it was actually received starts the clock, so it is
 * asked for and cannot be in the future. A professional is from an
 * organisation the portal knows (whose members then see the contact in their
 * own list) or from another, whose kind gives the census source; a named
 * individual gives their relationship to the child; anonymous gives nothing.
 */

export const otherOrganisation = "other";

const london = zonedTime("Europe/London");

/** The moment the MASH received the contact, from the date and 24-hour time typed (London time). */
export function receivedAtOf(intake: Pick<IntakeAnswers, "receivedDate" | "receivedTime">): Date {
  const [hours = 0, minutes = 0] = intake.receivedTime.split(":").map(Number);
  return london.instantAt(intake.receivedDate, hours * 60 + minutes);
}

export const intakeSchema = z
  .object({
    channel: choice(recordedChannels, key("contact.intake.channel.required")),
    receivedDate: dateInput({
      messages: dateMessages("contact.intake.receivedDate"),
      earliest: {
        date: (today) => addToIsoDate(today, { days: -90 }),
        message: key("contact.intake.receivedDate.tooEarly"),
      },
      latest: { date: (today) => today, message: key("contact.intake.receivedDate.inFuture") },
    }),
    receivedTime: formattedText(
      { required: key("contact.intake.receivedTime.required"), invalid: key("contact.intake.receivedTime.invalid") },
      normaliseTime,
    ),
    referrerKind: choice(referrerKinds, key("contact.intake.referrerKind.required")),
    organisationId: z.string().optional(),
    organisationType: z.string().optional(),
    individualName: optionalText(key("contact.intake.individualName.tooLong"), 100),
    relationship: z.string().optional(),
    individualPhone: optionalText(key("contact.intake.individualPhone.tooLong"), 30),
    sourceReference: optionalText(key("contact.intake.sourceReference.tooLong"), 50),
  })
  .superRefine(
    (answers, ctx) => {
      const issue = (path: string, message: Parameters<typeof key>[0]) =>
        ctx.addIssue({ code: "custom", path: [path], message });
      if (answers.referrerKind === "professional") {
        const known = typeof answers.organisationId === "string" && answers.organisationId !== "";
        if (!known) issue("organisationId", key("contact.intake.organisationId.required"));
        else if (
          answers.organisationId === otherOrganisation &&
          !(organisationTypes as readonly unknown[]).includes(answers.organisationType)
        ) {
          issue("organisationType", key("contact.intake.organisationType.required"));
        } else if (answers.organisationId !== otherOrganisation && !isUuid(answers.organisationId)) {
          issue("organisationId", key("contact.intake.organisationId.required"));
        }
      }
      if (answers.referrerKind === "individual") {
        if (!answers.individualName) issue("individualName", key("contact.intake.individualName.required"));
        if (!(individualRelationships as readonly unknown[]).includes(answers.relationship)) {
          issue("relationship", key("contact.intake.relationship.required"));
        }
      }
      if (typeof answers.receivedDate === "string" && typeof answers.receivedTime === "string") {
        if (receivedAtOf(answers as IntakeAnswers) > new Date()) {
          issue("receivedTime", key("contact.intake.receivedTime.inFuture"));
        }
      }
    },
    { when: () => true },
  )
  .transform((answers) => ({
    channel: answers.channel,
    receivedDate: answers.receivedDate,
    receivedTime: answers.receivedTime,
    referrerKind: answers.referrerKind,
    ...(answers.referrerKind === "professional"
      ? {
          organisationId: answers.organisationId,
          ...(answers.organisationId === otherOrganisation
            ? { organisationType: answers.organisationType as OrganisationType }
            : {}),
        }
      : {}),
    ...(answers.referrerKind === "individual"
      ? {
          individualName: answers.individualName,
          relationship: answers.relationship as IndividualRelationship,
          ...(answers.individualPhone ? { individualPhone: answers.individualPhone } : {}),
        }
      : {}),
    ...(answers.sourceReference ? { sourceReference: answers.sourceReference } : {}),
  }));

export type IntakeAnswers = z.output<typeof intakeSchema>;

export const intakeFieldOrder = [
  "channel",
  "receivedDate",
  "receivedTime",
  "sourceReference",
  "referrerKind",
  "organisationId",
  "organisationType",
  "individualName",
  "relationship",
  "individualPhone",
] as const;
