import { z } from "zod";
import { formattedText, requiredText } from "./fields";
import { key } from "./messages";

/** Prefilled from the referrer's account but editable: people cover for colleagues and change phone numbers. */
export const referrerSchema = z.object({
  name: requiredText(
    { required: key("contact.referrer.name.required"), tooLong: key("contact.referrer.name.tooLong") },
    100,
  ),
  role: requiredText(
    { required: key("contact.referrer.role.required"), tooLong: key("contact.referrer.role.tooLong") },
    100,
  ),
  organisation: requiredText(
    { required: key("contact.referrer.organisation.required"), tooLong: key("contact.referrer.organisation.tooLong") },
    150,
  ),
  phone: formattedText(
    { required: key("contact.referrer.phone.required"), invalid: key("contact.referrer.phone.invalid") },
    checkPhone,
  ),
  email: formattedText(
    { required: key("contact.referrer.email.required"), invalid: key("contact.referrer.email.invalid") },
    checkEmail,
  ),
});

export type ReferrerAnswers = z.output<typeof referrerSchema>;

/**
 * The MASH phones referrers back, so the number must be diallable: a UK number
 * (landline or mobile, with or without +44) or an international one with its
 * country code, and an optional extension. Kept as typed, which is how the
 * referrer recognises it.
 */
function checkPhone(phone: string): string | undefined {
  const digits = phone
    .replace(/\(0\)/, "")
    .replace(/(?:ext\.?|extension|x)\s*\d{1,6}$/i, "")
    .replace(/[\s().-]/g, "");
  return /^(?:(?:\+44|0044|0)\d{9,10}|\+[1-9]\d{7,14})$/.test(digits) ? phone : undefined;
}

/** Deliberately loose (one @, a dot in the domain, no spaces): stricter checks reject real addresses. */
function checkEmail(email: string): string | undefined {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) ? email : undefined;
}
