import { z } from "zod";
import { optionalDateInput } from "~/forms/date-input";
import { key as contactKey } from "~/forms/contact/messages";
import { dateMessages } from "~/forms/date-input";
import { optionalNhsNumber } from "~/forms/nhs-number";
import { key, optionalText, requiredText } from "./fields";

const reasonLimit = 2000;

/**
 * Correcting a person record: the name, the date of birth (empty for an
 * unborn child) and the NHS number, checked as on the contact form, with why.
 */
export const correctPersonSchema = z.object({
  firstName: optionalText(key("mash.person.correct.firstName.tooLong"), 100),
  lastName: requiredText(
    { required: key("mash.person.correct.lastName.required"), tooLong: key("mash.person.correct.lastName.tooLong") },
    100,
  ),
  dateOfBirth: optionalDateInput({
    messages: dateMessages("contact.child.dateOfBirth"),
    latest: { date: (today) => today, message: contactKey("contact.child.dateOfBirth.tooLate") },
  }),
  nhsNumber: optionalNhsNumber({
    length: contactKey("contact.child.nhsNumber.length"),
    placeholder: contactKey("contact.child.nhsNumber.placeholder"),
    checkDigit: contactKey("contact.child.nhsNumber.invalid"),
    testNumber: contactKey("contact.child.nhsNumber.testNumber"),
    notIssued: contactKey("contact.child.nhsNumber.notIssued"),
  }),
  reason: requiredText(
    { required: key("mash.person.correct.reason.required"), tooLong: key("mash.person.correct.reason.tooLong") },
    reasonLimit,
  ),
});

export const mergePersonsSchema = z.object({
  reason: requiredText(
    { required: key("mash.person.merge.reason.required"), tooLong: key("mash.person.merge.reason.tooLong") },
    reasonLimit,
  ),
});

export const undoMergeSchema = z.object({
  reason: requiredText(
    { required: key("mash.person.unmerge.reason.required"), tooLong: key("mash.person.unmerge.reason.tooLong") },
    reasonLimit,
  ),
});
