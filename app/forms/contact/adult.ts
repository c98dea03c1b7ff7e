import { z } from "zod";
import { addToIsoDate, optionalDateInput } from "~/forms/date-input";
import { choice, optionalAddressSchema, optionalText, requiredText, yesNoNotKnown } from "./fields";
import { key } from "./messages";

/**
 * One page per adult in the household or otherwise significant to the
 * children. Referrers often know an adult only by first name ("Mum's partner,
 * Dean"), so only the first name and relationship are required, and the date
 * of birth and an address elsewhere are asked "if known".
 */

const adultDetails = z.object({
  firstName: requiredText(
    { required: key("contact.adult.firstName.required"), tooLong: key("contact.adult.firstName.tooLong") },
    100,
  ),
  lastName: optionalText(key("contact.adult.lastName.tooLong"), 100),
  /** Free text, because one adult can be "mother of Amy, stepmother of Ben": a list of relationships cannot say that. */
  relationship: requiredText(
    { required: key("contact.adult.relationship.required"), tooLong: key("contact.adult.relationship.tooLong") },
    200,
  ),
  parentalResponsibility: choice(yesNoNotKnown, key("contact.adult.parentalResponsibility.required")),
  dateOfBirth: optionalDateInput({
    messages: {
      missingDay: key("contact.adult.dateOfBirth.missingDay"),
      missingMonth: key("contact.adult.dateOfBirth.missingMonth"),
      missingYear: key("contact.adult.dateOfBirth.missingYear"),
      missingDayAndMonth: key("contact.adult.dateOfBirth.missingDayAndMonth"),
      missingDayAndYear: key("contact.adult.dateOfBirth.missingDayAndYear"),
      missingMonthAndYear: key("contact.adult.dateOfBirth.missingMonthAndYear"),
      yearFourDigits: key("contact.adult.dateOfBirth.yearFourDigits"),
      invalid: key("contact.adult.dateOfBirth.invalid"),
    },
    earliest: {
      date: (today) => addToIsoDate(today, { years: -120 }),
      message: key("contact.adult.dateOfBirth.invalid"),
    },
    latest: { date: (today) => today, message: key("contact.adult.dateOfBirth.tooLate") },
  }),
});

const whereTheyLive = z.discriminatedUnion(
  "livesWithChild",
  [
    z.object({ livesWithChild: z.literal("yes") }),
    z.object({ livesWithChild: z.literal("no"), address: optionalAddressSchema }),
  ],
  { error: key("contact.adult.livesWithChild.required") },
);

const knownRisk = z.discriminatedUnion(
  "knownRisk",
  [
    z.object({ knownRisk: z.literal(["no", "notKnown"]) }),
    z.object({
      knownRisk: z.literal("yes"),
      riskDetails: requiredText(
        { required: key("contact.adult.riskDetails.required"), tooLong: key("contact.adult.riskDetails.tooLong") },
        2000,
      ),
    }),
  ],
  { error: key("contact.adult.knownRisk.required") },
);

export const adultSchema = adultDetails.and(whereTheyLive).and(knownRisk);

export type AdultAnswers = z.output<typeof adultSchema>;
