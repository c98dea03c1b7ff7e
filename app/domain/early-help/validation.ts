import type { earlyHelp } from "~/i18n/en/early-help";

/** Typed against the English catalogue so that a key with no sentence fails the typecheck. */
export type EarlyHelpMessageKey = keyof typeof earlyHelp;

/** `field` is the path of the value in the input, so a page can link its error summary to the right field. */
export interface FieldError {
  field: string;
  key: EarlyHelpMessageKey;
}

/** What a state change returns: the new state, or why it is not allowed. */
export type Outcome<T> = ({ ok: true } & T) | { ok: false; error: EarlyHelpMessageKey };

export function isBlank(text: string | null | undefined): boolean {
  return (text ?? "").trim() === "";
}
