import { z } from "zod";
import { individualRelationships, type IndividualRelationship } from "~/domain/contact/channels";
import { normalisePostcode } from "~/domain/contact/postcode";
import type { PublicConcernAnswers } from "~/domain/contact/public-concern";
import { optionalText as anyOptionalText, requiredText as anyRequiredText } from "~/forms/text";
import type { publicConcern } from "~/i18n/en/public-concern";

type PublicConcernMessageKey = keyof typeof publicConcern;
const key = <K extends PublicConcernMessageKey>(messageKey: K): K => messageKey;
const requiredText = anyRequiredText<PublicConcernMessageKey>;
const optionalText = anyOptionalText<PublicConcernMessageKey>;

export const publicConcernLimits = { worryMinimum: 20, worry: 5000 } as const;

/** The hidden field a person never sees or fills in; a form that arrives with it filled was sent by a program. */
export const honeypotField = "website";

function optionalFormatted(invalid: PublicConcernMessageKey, check: (value: string) => string | undefined) {
  return z
    .string()
    .optional()
    .transform((value, ctx) => {
      const trimmed = value?.trim() ?? "";
      if (trimmed === "") return undefined;
      const checked = check(trimmed);
      if (checked === undefined) {
        ctx.addIssue({ code: "custom", message: invalid });
        return z.NEVER;
      }
      return checked;
    });
}

const phone = (value: string) => (/^\+?[\d\s().-]{10,20}$/.test(value) ? value : undefined);
const email = (value: string) => (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value) ? value : undefined);

/**
 * The public form: what they know of the child, what worries them, and
 * either who they are (a name, how they know the child, and a phone number or
 * email) or nothing at all. Every question about the child is optional except
 * something to know them by.
 */
export const publicConcernSchema = z
  .object({
    childFirstName: optionalText(key("publicConcern.child.firstName.tooLong"), 100),
    childLastName: optionalText(key("publicConcern.child.lastName.tooLong"), 100),
    childAge: optionalText(key("publicConcern.child.age.tooLong"), 50),
    whereTheyLive: optionalText(key("publicConcern.child.whereTheyLive.tooLong"), 500),
    postcode: optionalFormatted(key("publicConcern.child.postcode.invalid"), normalisePostcode),
    school: optionalText(key("publicConcern.child.school.tooLong"), 150),
    worry: requiredText(
      { required: key("publicConcern.worry.required"), tooLong: key("publicConcern.worry.tooLong") },
      publicConcernLimits.worry,
    ).min(publicConcernLimits.worryMinimum, key("publicConcern.worry.tooShort")),
    reporter: z.enum(["named", "anonymous"], { error: key("publicConcern.reporter.required") }),
    reporterName: optionalText(key("publicConcern.reporter.name.tooLong"), 100),
    relationship: z.string().optional(),
    phone: optionalFormatted(key("publicConcern.reporter.phone.invalid"), phone),
    email: optionalFormatted(key("publicConcern.reporter.email.invalid"), email),
  })
  .superRefine(
    (answers, ctx) => {
      if (!answers.childFirstName && !answers.childLastName) {
        ctx.addIssue({ code: "custom", path: ["childFirstName"], message: key("publicConcern.child.name.required") });
      }
      if (answers.reporter !== "named") return;
      if (!answers.reporterName) {
        ctx.addIssue({ code: "custom", path: ["reporterName"], message: key("publicConcern.reporter.name.required") });
      }
      if (!(individualRelationships as readonly unknown[]).includes(answers.relationship)) {
        ctx.addIssue({
          code: "custom",
          path: ["relationship"],
          message: key("publicConcern.reporter.relationship.required"),
        });
      }
      if (!answers.phone && !answers.email) {
        ctx.addIssue({ code: "custom", path: ["phone"], message: key("publicConcern.reporter.contact.required") });
      }
    },
    { when: () => true },
  )
  .transform((answers): PublicConcernAnswers => ({
    child: {
      ...(answers.childFirstName ? { firstName: answers.childFirstName } : {}),
      ...(answers.childLastName ? { lastName: answers.childLastName } : {}),
      ...(answers.childAge ? { age: answers.childAge } : {}),
      ...(answers.whereTheyLive ? { whereTheyLive: answers.whereTheyLive } : {}),
      ...(answers.postcode ? { postcode: answers.postcode } : {}),
      ...(answers.school ? { schoolOrSetting: answers.school } : {}),
    },
    worry: answers.worry,
    reporter:
      answers.reporter === "anonymous"
        ? { anonymous: true }
        : {
            anonymous: false,
            name: answers.reporterName!,
            relationship: answers.relationship as IndividualRelationship,
            ...(answers.phone ? { phone: answers.phone } : {}),
            ...(answers.email ? { email: answers.email } : {}),
          },
  }));

/** Field names in the order the page shows them, for the error summary. */
export const publicConcernFieldOrder = [
  "childFirstName",
  "childLastName",
  "childAge",
  "whereTheyLive",
  "postcode",
  "school",
  "worry",
  "reporter",
  "reporterName",
  "relationship",
  "phone",
  "email",
] as const;
