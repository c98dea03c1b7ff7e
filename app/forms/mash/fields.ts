import type { mash } from "~/i18n/en/mash";
import { optionalText as anyOptionalText, requiredText as anyRequiredText } from "~/forms/text";
import { uuid } from "~/forms/uuid";

export type MashMessageKey = keyof typeof mash;

/** Schemas carry message keys, typed against the MASH catalogue so that a typo fails the typecheck. */
export function key<K extends MashMessageKey>(messageKey: K): K {
  return messageKey;
}

export const requiredText = anyRequiredText<MashMessageKey>;
export const optionalText = anyOptionalText<MashMessageKey>;

/** Record ids travel in hidden fields and addresses; anything else is not one of ours. */
export const recordId = uuid();
