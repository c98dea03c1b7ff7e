import type { MessageKey } from "~/i18n/messages";

/** A problem with what was asked, named by the form field it belongs to; `key` is a catalogue key. */
export interface FormError {
  field: string;
  key: MessageKey;
}

/**
 * What every use-case answers: done (with anything the page needs next), or
 * refused with errors the form shows beside the answers it keeps.
 */
export type UseCaseResult<T = object> = ({ ok: true } & T) | { ok: false; errors: FormError[] };

export const refused = (errors: FormError[]): { ok: false; errors: FormError[] } => ({ ok: false, errors });
