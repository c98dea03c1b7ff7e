import { z } from "zod";
import { ethnicityCodes } from "~/domain/contact/census";
import { addToIsoDate, dateInput } from "~/forms/date-input";
import { optionalNhsNumber } from "~/forms/nhs-number";
import { addressSchema, choice, optionalText, requiredText, yesNo, yesNoNotKnown } from "./fields";
import { dateMessages } from "~/forms/date-input";
import { key } from "./messages";

/**
 * One page per child. An unborn baby is a child for this form: the question
 * "Is this an unborn baby?" swaps date of birth for the expected due date, and
 * makes the first name optional because many babies are not named yet. Fields
 * of the branch not chosen are dropped, so a half-typed due date hidden behind
 * the other radio cannot block the page.
 */

const nameLength = 100;

const childDetails = z.object({
  lastName: requiredText(
    { required: key("contact.child.lastName.required"), tooLong: key("contact.child.lastName.tooLong") },
    nameLength,
  ),
  sex: choice(["female", "male", "notKnown"], key("contact.child.sex.required")),
  /** Annex A and the census record sex; this is for the child's own description, used in how the MASH speaks to and about them. */
  genderIdentity: optionalText(key("contact.child.genderIdentity.tooLong"), 100),
  nhsNumber: optionalNhsNumber({
    length: key("contact.child.nhsNumber.length"),
    placeholder: key("contact.child.nhsNumber.placeholder"),
    checkDigit: key("contact.child.nhsNumber.invalid"),
    testNumber: key("contact.child.nhsNumber.testNumber"),
    notIssued: key("contact.child.nhsNumber.notIssued"),
  }),
  address: addressSchema,
  schoolOrSetting: optionalText(key("contact.child.schoolOrSetting.tooLong"), 150),
  ethnicity: z.enum(ethnicityCodes, { error: key("contact.child.ethnicity.invalid") }).optional(),
  disability: choice(yesNoNotKnown, key("contact.child.disability.required")),
  disabilityDetails: optionalText(key("contact.child.disabilityDetails.tooLong"), 500),
  firstLanguage: requiredText(
    { required: key("contact.child.firstLanguage.required"), tooLong: key("contact.child.firstLanguage.tooLong") },
    60,
  ),
  interpreterNeeded: choice(yesNo, key("contact.child.interpreterNeeded.required")),
});

const bornChild = z.object({
  isUnborn: z.literal("no"),
  firstName: requiredText(
    { required: key("contact.child.firstName.required"), tooLong: key("contact.child.firstName.tooLong") },
    nameLength,
  ),
  otherNames: optionalText(key("contact.child.otherNames.tooLong"), 200),
  /** Front Door is a children's service: at 18 a young person is referred to adult services instead. */
  dateOfBirth: dateInput({
    messages: dateMessages("contact.child.dateOfBirth"),
    earliest: {
      date: (today) => addToIsoDate(today, { years: -18, days: 1 }),
      message: key("contact.child.dateOfBirth.tooEarly"),
    },
    latest: { date: (today) => today, message: key("contact.child.dateOfBirth.tooLate") },
  }),
});

const unbornChild = z.object({
  isUnborn: z.literal("yes"),
  firstName: optionalText(key("contact.child.firstName.tooLong"), nameLength),
  /** Up to two weeks past (a baby can be overdue) and 42 weeks ahead (a whole pregnancy). */
  dueDate: dateInput({
    messages: dateMessages("contact.child.dueDate"),
    earliest: { date: (today) => addToIsoDate(today, { days: -14 }), message: key("contact.child.dueDate.tooEarly") },
    latest: { date: (today) => addToIsoDate(today, { days: 42 * 7 }), message: key("contact.child.dueDate.tooLate") },
  }),
});

export const childSchema = childDetails.and(
  z.discriminatedUnion("isUnborn", [bornChild, unbornChild], { error: key("contact.child.isUnborn.required") }),
);

export type ChildAnswers = z.output<typeof childSchema>;
