import { useRef } from "react";
import type { ErrorSummaryItem } from "~/components/govuk/error-summary";
import { translateError, type Translate } from "~/i18n/messages";

/**
 * The first error of each field, translated, in the order the fields appear
 * on the page: for the error summary, and for each field's own message. The
 * field's id is its name, so the summary's links land on it.
 */
export function formErrors<Name extends string>(
  t: Translate,
  fields: Record<Name, { errors?: string[] }>,
  order: readonly Name[],
): { summary: ErrorSummaryItem[]; field: Record<Name, string | undefined> } {
  const field = {} as Record<Name, string | undefined>;
  const summary: ErrorSummaryItem[] = [];
  for (const name of order) {
    const message = fields[name].errors?.[0];
    field[name] = message === undefined ? undefined : translateError(t, message);
    if (field[name]) summary.push({ fieldId: name, text: field[name] });
  }
  return { summary, field };
}

/**
 * A key that changes with every answer from the server, for a form whose
 * boxes must start empty again after an error (passwords and codes are never
 * sent back). Without JavaScript the page is new anyway; with it, a changed
 * key makes React draw the form afresh.
 */
export function useAnswerKey(answer: unknown): number {
  const latest = useRef({ answer, key: 0 });
  if (latest.current.answer !== answer) latest.current = { answer, key: latest.current.key + 1 };
  return latest.current.key;
}
