import type { ErrorSummaryItem } from "~/components/govuk/error-summary";
import { databaseUnavailableKey } from "~/forms/form-intents";

/**
 * The error summary's rules, kept free of React so they can be tested alone:
 * which messages a reply's errors become, in what order and linking where.
 */

/** The id a field's input (or first radio, or day box) has, which the summary links to: "address.postcode" → "address-postcode", "children[0].name" → "children-0-name". */
export function fieldId(name: string): string {
  return name.replace(/\]/g, "").replace(/[.[]/g, "-");
}

export type FieldErrors = Record<string, string[] | null | undefined>;

/** True when the reply says nothing could be saved because the database is away: no field is to blame. */
export function isServiceDown(errors: FieldErrors): boolean {
  return errors[""]?.includes(databaseUnavailableKey) ?? false;
}

export interface SummaryOptions {
  /** Field names in the order they appear on the page, which the summary follows; nested names follow their parent. */
  fieldOrder: readonly string[];
  /** The field a problem with the answers as a whole (path "") links to. */
  formErrorField?: string;
  /** Fields whose every message goes in the summary (an uploaded file can have many problems); others show their first. */
  listEveryMessage?: readonly string[];
}

/** The field's first message, or none; a problem with the whole page is nobody's field when the service is down. */
export function fieldError(errors: FieldErrors, name: string): string | undefined {
  if (name === "" && isServiceDown(errors)) return undefined;
  return errors[name]?.[0] ?? undefined;
}

/**
 * The summary's items, untranslated: the page's own problem first, then each
 * field in page order. `field` is the error's path, for messages that name
 * what was chosen there.
 */
export function errorSummary(errors: FieldErrors, options: SummaryOptions): (ErrorSummaryItem & { field: string })[] {
  const position = (name: string) => {
    const index = options.fieldOrder.findIndex(
      (field) => name === field || name.startsWith(`${field}.`) || name.startsWith(`${field}[`),
    );
    return index === -1 ? options.fieldOrder.length : index;
  };
  const serviceDown = isServiceDown(errors);
  return Object.keys(errors)
    .filter((name) => errors[name]?.length)
    .sort((a, b) => (a === "" ? -1 : b === "" ? 1 : position(a) - position(b)))
    .flatMap((name) => {
      const link =
        name !== ""
          ? fieldId(name)
          : serviceDown || !options.formErrorField
            ? undefined
            : fieldId(options.formErrorField);
      const messages = errors[name] ?? [];
      const shown = options.listEveryMessage?.includes(name) ? messages : messages.slice(0, 1);
      return shown.map((text) => ({ field: name, fieldId: link, text }));
    });
}
