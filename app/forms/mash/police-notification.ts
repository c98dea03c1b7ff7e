import { z } from "zod";
import { normalisePostcode } from "~/domain/contact/postcode";
import { zonedTime } from "~/domain/working-days/local-time";
import { normaliseTime } from "~/forms/contact/emergency-calls";
import { addToIsoDate, dateInput, dateMessages, optionalDateInput } from "~/forms/date-input";
import { key, optionalText, requiredText } from "./fields";
import { uuid } from "~/forms/uuid";

/**
 * The compact page for police notifications (a public protection notice
 * after a domestic abuse incident, for example), which arrive in bulk: one
 * child per notification, the police's reference, when it was received and
 * what happened. Everything else the screener adds on the screening page.
 */

const london = zonedTime("Europe/London");

export const policeNotificationSchema = z
  .object({
    receivedDate: dateInput({
      messages: dateMessages("mash.police.receivedDate"),
      earliest: {
        date: (today) => addToIsoDate(today, { days: -90 }),
        message: key("mash.police.receivedDate.tooEarly"),
      },
      latest: { date: (today) => today, message: key("mash.police.receivedDate.inFuture") },
    }),
    receivedTime: z.string({ error: key("mash.police.receivedTime.required") }).transform((value, ctx) => {
      const time = normaliseTime(value.trim());
      if (time) return time;
      ctx.addIssue({ code: "custom", message: key("mash.police.receivedTime.invalid") });
      return z.NEVER;
    }),
    policeOrganisationId: uuid(key("mash.police.organisation.required")),
    policeReference: requiredText(
      { required: key("mash.police.reference.required"), tooLong: key("mash.police.reference.tooLong") },
      50,
    ),
    officerName: optionalText(key("mash.police.officer.tooLong"), 100),
    childFirstName: requiredText(
      { required: key("mash.police.childFirstName.required"), tooLong: key("mash.police.childFirstName.tooLong") },
      100,
    ),
    childLastName: requiredText(
      { required: key("mash.police.childLastName.required"), tooLong: key("mash.police.childLastName.tooLong") },
      100,
    ),
    childDateOfBirth: optionalDateInput({
      messages: dateMessages("mash.police.dateOfBirth"),
      earliest: {
        date: (today) => addToIsoDate(today, { years: -18, days: 1 }),
        message: key("mash.police.dateOfBirth.tooEarly"),
      },
      latest: { date: (today) => today, message: key("mash.police.dateOfBirth.tooLate") },
    }),
    postcode: z
      .string()
      .optional()
      .transform((value, ctx) => {
        const trimmed = value?.trim() ?? "";
        if (trimmed === "") return undefined;
        const postcode = normalisePostcode(trimmed);
        if (postcode) return postcode;
        ctx.addIssue({ code: "custom", message: key("mash.police.postcode.invalid") });
        return z.NEVER;
      }),
    summary: requiredText(
      { required: key("mash.police.summary.required"), tooLong: key("mash.police.summary.tooLong") },
      5000,
    ),
    immediateDanger: z.literal("yes").optional(),
  })
  .superRefine(
    (answers, ctx) => {
      if (typeof answers.receivedDate !== "string" || typeof answers.receivedTime !== "string") return;
      const [hours = 0, minutes = 0] = answers.receivedTime.split(":").map(Number);
      if (london.instantAt(answers.receivedDate, hours * 60 + minutes) > new Date()) {
        ctx.addIssue({ code: "custom", path: ["receivedTime"], message: key("mash.police.receivedTime.inFuture") });
      }
    },
    { when: () => true },
  );

export type PoliceNotificationAnswers = z.output<typeof policeNotificationSchema>;

export function policeNotificationReceivedAt(
  answers: Pick<PoliceNotificationAnswers, "receivedDate" | "receivedTime">,
) {
  const [hours = 0, minutes = 0] = answers.receivedTime.split(":").map(Number);
  return london.instantAt(answers.receivedDate, hours * 60 + minutes);
}

export const policeNotificationFieldOrder = [
  "receivedDate",
  "receivedTime",
  "policeOrganisationId",
  "policeReference",
  "officerName",
  "childFirstName",
  "childLastName",
  "childDateOfBirth",
  "postcode",
  "summary",
  "immediateDanger",
] as const;
