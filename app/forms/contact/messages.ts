import type { contact } from "~/i18n/en/contact";

export type ContactMessageKey = keyof typeof contact;

/**
 * Schemas carry message keys, never sentences. Passing every key through
 * `key()` types it against the English catalogue, so a key with no English
 * text (or a typo) fails the typecheck instead of showing a raw key to a user.
 */
export function key<K extends ContactMessageKey>(messageKey: K): K {
  return messageKey;
}
