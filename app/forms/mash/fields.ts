import { z } from "zod";
import type { mash } from "~/i18n/en/mash";

export type MashMessageKey = keyof typeof mash;

/** Schemas carry message keys, typed against the MASH catalogue so that a typo fails the typecheck. */
export function key<K extends MashMessageKey>(messageKey: K): K {
  return messageKey;
}

export function requiredText(messages: { required: MashMessageKey; tooLong: MashMessageKey }, maxLength: number) {
  return z
    .string({ error: messages.required })
    .trim()
    .min(1, { message: messages.required, abort: true })
    .max(maxLength, messages.tooLong);
}

/** Whitespace-only counts as not answered. */
export function optionalText(tooLong: MashMessageKey, maxLength: number) {
  return z
    .string()
    .trim()
    .max(maxLength, tooLong)
    .transform((value) => value || undefined)
    .optional();
}

/** Record ids travel in hidden fields and addresses; anything else is not one of ours. */
export const recordId = z.uuid();
