import type { SubmissionResult } from "@conform-to/react";
import type { ErrorSummaryItem } from "~/components/govuk/error-summary";
import { isMessageKey, translateError, type MessageParams, type Translate } from "~/i18n/messages";

/**
 * Errors and typed-in values from the last submission (Conform's reply), for
 * forms whose fields are named at run time: each child's own decision.
 * `paramsFor` fills in a message that names what was chosen ("A strategy
 * discussion is only for level 4").
 */
export function submissionFields(
  t: Translate,
  lastResult: SubmissionResult | undefined,
  order: readonly string[],
  paramsFor?: (name: string, message: string) => MessageParams | undefined,
) {
  const translate = (name: string, message: string) => {
    const params = paramsFor?.(name, message);
    return params && isMessageKey(message) ? t(message, params) : translateError(t, message);
  };
  const error = (name: string) => {
    const message = lastResult?.error?.[name]?.[0];
    return message ? translate(name, message) : undefined;
  };
  const value = (name: string) => {
    const initial = lastResult?.initialValue?.[name];
    return typeof initial === "string" ? initial : undefined;
  };
  const summary: ErrorSummaryItem[] = [
    ...(lastResult?.error?.[""] ?? []).map((message) => ({
      fieldId: order[0] ?? "",
      text: translateError(t, message),
    })),
    ...order.flatMap((name) => {
      const text = error(name);
      return text ? [{ fieldId: name, text }] : [];
    }),
  ];
  return { error, value, summary };
}
