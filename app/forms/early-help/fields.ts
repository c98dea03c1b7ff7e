import { z } from "zod";
import { dateInput, optionalDateInput, type DateBound, type DateInputMessages } from "~/forms/date-input";
import type { MessageKey } from "~/i18n/messages";

/**
 * Field builders for the early help pages. Like the contact form's, schemas
 * carry catalogue keys, never sentences; `k()` types a key against the
 * catalogue so a typo fails the typecheck. Conform has already turned empty
 * boxes into `undefined`, so "required" is simply "not optional".
 */
export function k<K extends MessageKey>(key: K): K {
  return key;
}

const textLimit = 5000;

export function requiredText(required: MessageKey, tooLong: MessageKey = "plans.form.tooLong", maxLength = textLimit) {
  return z.string({ error: required }).trim().min(1, { message: required, abort: true }).max(maxLength, tooLong);
}

/** Saved as "" when left empty, which is how a half-written assessment keeps its blanks. */
export function optionalText(tooLong: MessageKey = "plans.form.tooLong", maxLength = textLimit) {
  return z
    .string()
    .trim()
    .max(maxLength, tooLong)
    .optional()
    .transform((value) => value ?? "");
}

export function optionalNullableText(tooLong: MessageKey = "plans.form.tooLong", maxLength = 300) {
  return z
    .string()
    .trim()
    .max(maxLength, tooLong)
    .optional()
    .transform((value) => value || null);
}

export function choice<const T extends readonly [string, ...string[]]>(values: T, required: MessageKey) {
  return z.enum(values, { error: required });
}

export function date(messages: DateInputMessages, bounds: { earliest?: DateBound; latest?: DateBound } = {}) {
  return dateInput({ messages, ...bounds });
}

export function optionalDate(messages: DateInputMessages) {
  return optionalDateInput({ messages });
}

/** Scores are whole numbers from 0 to 10; an empty box is left for the domain's "enter a score" check. */
export const score = z.number({ error: "earlyHelp.score.error.range" }).optional();

export const requiredScore = (required: MessageKey) =>
  z
    .number({ error: required })
    .int("earlyHelp.score.error.range")
    .min(0, "earlyHelp.score.error.range")
    .max(10, "earlyHelp.score.error.range");

/** Loose on purpose (one @, a dot in the domain): stricter checks turn away real addresses. */
export const optionalEmail = z
  .string()
  .trim()
  .optional()
  .refine((value) => !value || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value), "plans.form.emailInvalid")
  .transform((value) => value || null);

/**
 * A use-case's refusals as Conform field errors. Rule errors name the domain's
 * fields; `rename` maps those to the page's field names where they differ. A
 * refusal about the plan as a whole ("status", or "") becomes a form error.
 */
export function toFieldErrors(
  errors: readonly { field: string; key: string }[],
  rename: Record<string, string> = {},
): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const { field, key } of errors) {
    const name = rename[field] ?? (field === "status" ? "" : field);
    (result[name] ??= []).push(key);
  }
  return result;
}
