import type { SubmissionResult } from "@conform-to/react";
import { useEffect } from "react";
import type { ErrorSummaryItem } from "~/components/govuk/error-summary";
import { translateError, type MessageKey, type Translate } from "~/i18n/messages";
import { pageTitle } from "~/i18n/page-title";

export type FormReply = SubmissionResult<string[]>;

/** The id of a field's input (or first radio, or day box): "givenBy.name" → "givenBy-name", "children[0].firstName" → "children-0-firstName". */
export function fieldId(name: string): string {
  return name.replace(/\]/g, "").replace(/[.[]/g, "-");
}

export interface FormFeedback {
  summary: ErrorSummaryItem[];
  hasErrors: boolean;
  /** The field's first error, translated. */
  error: (name: string) => string | undefined;
  /** What the field held when the page was drawn: what was typed (after an error), or the saved answer. */
  value: (name: string) => string | undefined;
  values: (name: string) => string[];
  /** The three boxes of a date field. */
  date: (name: string) => { day?: string; month?: string; year?: string };
}

/**
 * Reads a Conform reply for a page that validates on the server only: the
 * error summary (in the order of `fieldOrder`, each linking to its field), each
 * field's message and what was typed. A form-level problem (path "") links to
 * `formErrorField`. Sets "Error: " in the title when JavaScript is on; the
 * layout does so for the first render from the page's `handle.titleKey`.
 */
export function useFormFeedback(
  t: Translate,
  lastResult: FormReply | null | undefined,
  options: {
    titleKey: MessageKey;
    fieldOrder: readonly string[];
    formErrorField: string;
    defaults?: Record<string, unknown>;
  },
): FormFeedback {
  const errors = lastResult?.error ?? {};
  const names = Object.keys(errors).filter((name) => errors[name]?.length);
  const position = (name: string) => {
    const index = options.fieldOrder.findIndex(
      (field) => name === field || name.startsWith(`${field}.`) || name.startsWith(`${field}[`),
    );
    return index === -1 ? options.fieldOrder.length : index;
  };
  const error = (name: string) => {
    const message = errors[name]?.[0];
    return message === undefined ? undefined : translateError(t, message);
  };
  const summary = names
    .sort((a, b) => position(a) - position(b))
    .map((name) => ({ fieldId: fieldId(name === "" ? options.formErrorField : name), text: error(name) ?? "" }));
  const hasErrors = summary.length > 0;

  useEffect(() => {
    if (hasErrors) document.title = pageTitle(options.titleKey, { hasErrors: true });
  }, [hasErrors, options.titleKey]);

  const initial = (lastResult?.initialValue ?? options.defaults ?? {}) as Record<string, unknown>;
  const at = (name: string): unknown =>
    name
      .split(/[.[\]]+/)
      .filter(Boolean)
      .reduce<unknown>(
        (node, segment) =>
          typeof node === "object" && node !== null ? (node as Record<string, unknown>)[segment] : undefined,
        initial,
      );
  const text = (found: unknown) =>
    typeof found === "string" ? found : typeof found === "number" ? String(found) : undefined;
  return {
    summary,
    hasErrors,
    error,
    value: (name) => text(at(name)),
    values: (name) => {
      const found = at(name);
      if (Array.isArray(found)) return found.filter((item): item is string => typeof item === "string");
      return typeof found === "string" ? [found] : [];
    },
    date: (name) => {
      const found = at(name);
      if (typeof found === "string" && /^\d{4}-\d{2}-\d{2}$/.test(found)) {
        const [year, month, day] = found.split("-");
        return { day: String(Number(day)), month: String(Number(month)), year };
      }
      const parts = (typeof found === "object" && found !== null ? found : {}) as Record<string, unknown>;
      return { day: text(parts.day), month: text(parts.month), year: text(parts.year) };
    },
  };
}
