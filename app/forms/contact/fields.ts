import { z } from "zod";
import { normalisePostcode } from "~/domain/contact/postcode";
import { optionalText as anyOptionalText, requiredText as anyRequiredText } from "~/forms/text";
import { key, type ContactMessageKey } from "./messages";

/**
 * Field builders shared by the contact pages. Conform turns an empty box into
 * `undefined` before these run, so a required field is simply one that is not
 * optional, and its `error` is the "Enter…" / "Select…" key. Every parsed value
 * is also a valid input (text is trimmed, postcodes normalised), so a saved
 * answer can be re-validated as it is.
 */

export const requiredText = anyRequiredText<ContactMessageKey>;
export const optionalText = anyOptionalText<ContactMessageKey>;

export function choice<const T extends readonly [string, ...string[]]>(values: T, required: ContactMessageKey) {
  return z.enum(values, { error: required });
}

export const yesNo = ["yes", "no"] as const;
export const yesNoNotKnown = ["yes", "no", "notKnown"] as const;

/**
 * A required value with a format of its own (postcode, email, phone, time):
 * "Enter…" when empty, otherwise the format message, never both at once.
 * `normalise` returns the value to keep, or undefined if it is not valid.
 */
export function formattedText(
  messages: { required: ContactMessageKey; invalid: ContactMessageKey },
  normalise: (trimmed: string) => string | undefined,
) {
  return z.string({ error: messages.required }).transform((value, ctx) => {
    const trimmed = value.trim();
    const normalised = trimmed === "" ? undefined : normalise(trimmed);
    if (normalised !== undefined) return normalised;
    ctx.addIssue({ code: "custom", message: trimmed === "" ? messages.required : messages.invalid });
    return z.NEVER;
  });
}

const addressLimits = { line: 100, town: 60 } as const;

export const addressSchema = z.object({
  line1: requiredText(
    { required: key("contact.address.line1.required"), tooLong: key("contact.address.line1.tooLong") },
    addressLimits.line,
  ),
  line2: optionalText(key("contact.address.line2.tooLong"), addressLimits.line),
  town: requiredText(
    { required: key("contact.address.town.required"), tooLong: key("contact.address.town.tooLong") },
    addressLimits.town,
  ),
  postcode: formattedText(
    { required: key("contact.address.postcode.required"), invalid: key("contact.address.postcode.invalid") },
    normalisePostcode,
  ),
});

/** For an address asked "if known": any part may be left out, but a postcode that is given must be real. */
export const optionalAddressSchema = z.object({
  line1: optionalText(key("contact.address.line1.tooLong"), addressLimits.line),
  line2: optionalText(key("contact.address.line2.tooLong"), addressLimits.line),
  town: optionalText(key("contact.address.town.tooLong"), addressLimits.town),
  postcode: z
    .string()
    .transform((value, ctx) => {
      const trimmed = value.trim();
      if (trimmed === "") return undefined;
      const postcode = normalisePostcode(trimmed);
      if (postcode !== undefined) return postcode;
      ctx.addIssue({ code: "custom", message: key("contact.address.postcode.invalid") });
      return z.NEVER;
    })
    .optional(),
});
