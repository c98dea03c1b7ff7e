import { z } from "zod";

/**
 * Free-text fields whose errors are catalogue keys. Generic over the key type,
 * so each form area fixes it to its own catalogue and a typo in a key still
 * fails the typecheck.
 */

export function requiredText<K extends string>(messages: { required: K; tooLong: K }, maxLength: number) {
  return z
    .string({ error: messages.required })
    .trim()
    .min(1, { message: messages.required, abort: true })
    .max(maxLength, messages.tooLong);
}

/** Whitespace-only counts as not answered, and is kept as nothing rather than as "". */
export function optionalText<K extends string>(tooLong: K, maxLength: number) {
  return z
    .string()
    .trim()
    .max(maxLength, tooLong)
    .transform((value) => value || undefined)
    .optional();
}
