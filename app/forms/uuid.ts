import { z } from "zod";
import { isUuid } from "~/domain/uuid";

/**
 * A record's id in a form field, checked by the one uuid rule (`~/domain/uuid`).
 * Zod's own `z.uuid()` is stricter than PostgreSQL (it wants a version and
 * variant), so forms use this instead. Without a message, an id that is not
 * one is a tampered field, with no error to show beside it. Spaces around a
 * typed-in id are dropped.
 */
export function uuid<K extends string>(message?: K) {
  return z
    .string(message ? { error: message } : undefined)
    .trim()
    .refine(isUuid, message ? { message } : undefined);
}
