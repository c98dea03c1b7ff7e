import { getFormProps, useForm, type DefaultValue, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form, type ShouldRevalidateFunction } from "@remix-run/react";
import { useEffect, type ReactNode } from "react";
import { z } from "zod";
import { Button, ButtonGroup } from "~/components/govuk/button";
import { databaseUnavailableKey, saveAndReturnIntent } from "~/forms/form-intents";
import { ErrorSummary, type ErrorSummaryItem } from "~/components/govuk/error-summary";
import { translateError, type MessageKey } from "~/i18n/messages";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";

/**
 * One way for every form page to do GOV.UK validation with Conform: the same
 * zod schema checks the answers in the browser on submit (no round trip) and
 * on the server (always); either way the page shows the GOV.UK error summary,
 * each item linking to its field, the field's own message, and "Error: " in
 * the title. Inputs are plain uncontrolled HTML, so everything works with
 * JavaScript off, and what was typed is never cleared.
 */

/** Buttons that submit the form for something other than an answer (a search): the browser does not validate them. */
const unvalidatedIntents = new Set([saveAndReturnIntent, "search", "clear-search"]);

export type FormReply = SubmissionResult<string[]>;

/**
 * For every form route: after a reply with errors, the page stays exactly as
 * it is and no loader runs again. Running them would gain nothing, and when
 * the reply is "the database is unavailable" they would fail and replace the
 * page (and what was typed) with an error page.
 */
export const keepPageAfterErrors: ShouldRevalidateFunction = ({ actionResult, defaultShouldRevalidate }) =>
  (actionResult as { status?: string } | undefined)?.status === "error" ? false : defaultShouldRevalidate;

/** The id a field's input (or first radio, or day box) has, which the summary links to: "address.postcode" → "address-postcode". */
export function fieldId(name: string): string {
  return name.replace(/\]/g, "").replace(/[.[]/g, "-");
}

interface GovukFormOptions {
  id: string;
  schema: z.ZodType;
  lastResult?: FormReply | null;
  defaultValue?: Record<string, unknown>;
  /** Field names in the order they appear on the page, which the summary follows. */
  fieldOrder: readonly string[];
  /** The field a problem with the answers as a whole (path "") links to; none for "the service is down". */
  formErrorField?: string;
  /** Fields whose every message goes in the summary (an uploaded file can have many problems); others show their first. */
  listEveryMessage?: readonly string[];
  /** The page's title, to begin with "Error: " when the browser finds errors (the server's are handled by the layout). */
  titleKey: MessageKey;
}

export interface GovukForm {
  formProps: ReturnType<typeof getFormProps>;
  summary: ErrorSummaryItem[];
  hasErrors: boolean;
  /** The field's first error message, translated. */
  error: (name: string) => string | undefined;
  /** What the field held when the page was drawn: what was typed (after an error) or what was saved. */
  value: (name: string) => string | undefined;
  values: (name: string) => string[];
}

export function useGovukForm(options: GovukFormOptions): GovukForm {
  const t = useT();
  const [form] = useForm<Record<string, unknown>>({
    id: options.id,
    lastResult: options.lastResult,
    // Saved answers come in any shape (lists, nested addresses, dates as day/month/year); Conform serialises them.
    defaultValue: options.defaultValue as DefaultValue<Record<string, string>>,
    shouldValidate: "onSubmit",
    shouldRevalidate: "onSubmit",
    onValidate({ formData }) {
      const intent = formData.get("intent");
      if (typeof intent === "string" && unvalidatedIntents.has(intent))
        return parseWithZod(formData, { schema: z.any() });
      return parseWithZod(formData, { schema: options.schema });
    },
  });

  const errors = form.allErrors;
  const message = (name: string) => {
    const first = errors[name]?.[0];
    return first === undefined ? undefined : translateError(t, first);
  };
  const serviceDown = errors[""]?.includes(databaseUnavailableKey) ?? false;
  const names = Object.keys(errors).filter((name) => errors[name]?.length);
  const position = (name: string) => {
    const index = options.fieldOrder.findIndex((field) => name === field || name.startsWith(`${field}.`));
    return index === -1 ? options.fieldOrder.length : index;
  };
  const summary = names
    .sort((a, b) => (a === "" ? -1 : b === "" ? 1 : position(a) - position(b)))
    .flatMap((name) => {
      const link =
        name !== ""
          ? fieldId(name)
          : serviceDown
            ? undefined
            : options.formErrorField && fieldId(options.formErrorField);
      const texts = options.listEveryMessage?.includes(name)
        ? (errors[name] ?? []).map((text) => translateError(t, text))
        : [message(name) ?? ""];
      return texts.map((text) => ({ fieldId: link, text }));
    });
  const hasErrors = summary.length > 0;

  useEffect(() => {
    if (hasErrors) document.title = pageTitle(options.titleKey, { hasErrors: true });
  }, [hasErrors, options.titleKey]);

  const initial = (options.lastResult?.initialValue ?? options.defaultValue ?? {}) as Record<string, unknown>;
  const at = (name: string): unknown =>
    name
      .split(/[.[\]]+/)
      .filter(Boolean)
      .reduce<unknown>(
        (node, segment) =>
          typeof node === "object" && node !== null ? (node as Record<string, unknown>)[segment] : undefined,
        initial,
      );

  return {
    formProps: getFormProps(form),
    summary,
    hasErrors,
    // A problem with the page as a whole shows at the field it is about, unless it is that the service is down.
    error: (name) => (name === "" && serviceDown ? undefined : message(name)),
    value: (name) => {
      const found = at(name);
      return typeof found === "string" ? found : typeof found === "number" ? String(found) : undefined;
    },
    values: (name) => {
      const found = at(name);
      if (Array.isArray(found)) return found.filter((item): item is string => typeof item === "string");
      return typeof found === "string" ? [found] : [];
    },
  };
}

interface GovukFormProps {
  form: GovukForm;
  children: ReactNode;
  submitText: string;
  /** Offer "Save and come back later" next to the main button. */
  saveAndReturn?: boolean;
  method?: "post";
  encType?: "multipart/form-data";
  action?: string;
}

/** The GOV.UK error summary for a form: the page puts it first in its main column, above the heading. */
export function FormErrorSummary({ form }: { form: GovukForm }) {
  return <ErrorSummary errors={form.summary} />;
}

/** The form element, ending with the GOV.UK button group. */
export function GovukFormLayout({ form, children, submitText, saveAndReturn, encType, action }: GovukFormProps) {
  const t = useT();
  return (
    // Keyed by the form's id, so moving to another child's page (same route) starts with fresh inputs.
    <Form key={form.formProps.id} method="post" encType={encType} action={action} {...form.formProps} noValidate>
      {children}
      <ButtonGroup>
        <Button>{submitText}</Button>
        {saveAndReturn ? (
          <Button variant="secondary" name="intent" value={saveAndReturnIntent}>
            {t("contactJourney.saveAndReturn")}
          </Button>
        ) : null}
      </ButtonGroup>
    </Form>
  );
}
