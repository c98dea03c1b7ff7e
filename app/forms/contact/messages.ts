import type { contact } from "~/i18n/en/contact";
import type { DateInputMessages } from "~/forms/date-input";

export type ContactMessageKey = keyof typeof contact;

/**
 * Schemas carry message keys, never sentences. Passing every key through
 * `key()` types it against the English catalogue, so a key with no English
 * text (or a typo) fails the typecheck instead of showing a raw key to a user.
 */
export function key<K extends ContactMessageKey>(messageKey: K): K {
  return messageKey;
}

type DateSuffix = keyof DateInputMessages;

/** The full set of GOV.UK date messages for a field whose keys share a prefix, such as "contact.child.dateOfBirth". */
export function dateMessages<P extends string>(
  prefix: `${P}.${DateSuffix}` extends ContactMessageKey ? P : never,
): DateInputMessages {
  const message = (suffix: DateSuffix) => `${prefix}.${suffix}`;
  return {
    required: message("required"),
    missingDay: message("missingDay"),
    missingMonth: message("missingMonth"),
    missingYear: message("missingYear"),
    missingDayAndMonth: message("missingDayAndMonth"),
    missingDayAndYear: message("missingDayAndYear"),
    missingMonthAndYear: message("missingMonthAndYear"),
    yearFourDigits: message("yearFourDigits"),
    invalid: message("invalid"),
  };
}
