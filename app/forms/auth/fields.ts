import { z } from "zod";
import type { auth } from "~/i18n/en/auth";
import { passwordMaxLength, passwordMinLength } from "~/auth/password-rules";

export type AuthMessageKey = keyof typeof auth;

/** Types a message key against the English catalogue, so a typo fails the typecheck rather than reaching a user. */
export function key<K extends AuthMessageKey>(messageKey: K): K {
  return messageKey;
}

export function requiredText(required: AuthMessageKey, maxLength: number, tooLong: AuthMessageKey) {
  return z.string({ error: required }).trim().min(1, { message: required, abort: true }).max(maxLength, tooLong);
}

export function optionalText(maxLength: number, tooLong: AuthMessageKey) {
  return z
    .string()
    .trim()
    .max(maxLength, tooLong)
    .optional()
    .transform((value) => value || undefined);
}

/** Loose on purpose (one @, a dot in the domain, no spaces); stored lower-cased, as accounts are. */
export function emailAddress(required: AuthMessageKey, invalid: AuthMessageKey) {
  return z
    .string({ error: required })
    .trim()
    .toLowerCase()
    .max(254, invalid)
    .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, invalid);
}

/** A new password, typed twice. The common-password check happens on the server only (the list is large). */
export const newPasswordFields = {
  password: z
    .string({ error: key("auth.password.required") })
    .refine((value) => [...value].length >= passwordMinLength, key("auth.password.tooShort"))
    .refine((value) => value.length <= passwordMaxLength, key("auth.password.tooLong")),
  confirmPassword: z.string({ error: key("auth.password.confirmRequired") }),
};

export function passwordsMatch(value: { password: string; confirmPassword: string }, ctx: z.RefinementCtx) {
  if (value.password !== value.confirmPassword) {
    ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: key("auth.password.mismatch") });
  }
}
