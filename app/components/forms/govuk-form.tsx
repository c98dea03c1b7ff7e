import { getFormProps, useForm, type DefaultValue, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form, Link } from "@remix-run/react";
import { useEffect, useRef, type ReactNode } from "react";
import { z } from "zod";
import { Button, ButtonGroup } from "~/components/govuk/button";
import { ErrorSummary, type ErrorSummaryItem } from "~/components/govuk/error-summary";
import { saveAndReturnIntent, unvalidatedIntents } from "~/forms/form-intents";
import { isMessageKey, translateError, type MessageKey, type MessageParams, type Translate } from "~/i18n/messages";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";
import { errorSummary, fieldError, fieldId, type SummaryOptions } from "./form-errors";

/**
 * The one way every form page does GOV.UK validation with Conform. With a
 * schema, the same zod schema checks the answers in the browser on submit (no
 * round trip) and on the server (always); without one, only the server does
 * (a password is checked against the database). Either way the page shows the
 * GOV.UK error summary, each item linking to its field, the field's own
 * message, and "Error: " in the title. Inputs are plain uncontrolled HTML, so
 * everything works with JavaScript off, and what was typed is never cleared.
 *
 * Each GOV.UK component takes its id, name, error and saved or typed value
 * from one of the helpers, spread into its props:
 * `<Input {...form.field("email")} label=… />`, `<Radios {...form.choice("level")} … />`,
 * `<DateInput {...form.date("heldOn")} … />`.
 */

export { fieldId };

export type FormReply = SubmissionResult<string[]>;

interface GovukFormOptions extends SummaryOptions {
  id: string;
  /** Checks the answers in the browser too; leave out for answers only the server can check. */
  schema?: z.ZodType;
  lastResult?: FormReply | null;
  defaultValue?: Record<string, unknown>;
  /** The page's title, to begin with "Error: " when the browser finds errors (the server's are handled by the layout). */
  titleKey: MessageKey;
  /** The translator for the messages, when the page has its own words (early help's {plan} and {leadProfessional}). */
  translate?: Translate;
  /** Fills in a message that names what was chosen in a field ("A strategy discussion is only for level 4"). */
  paramsFor?: (name: string, message: string) => MessageParams | undefined;
}

export interface FieldProps {
  id: string;
  name: string;
  error?: string;
}

export interface GovukForm {
  formProps: ReturnType<typeof getFormProps>;
  summary: ErrorSummaryItem[];
  hasErrors: boolean;
  /** Changes with every reply from the server: a key for boxes that must start empty again (passwords, codes). */
  replyKey: number;
  /** The field's first error message, translated. */
  error: (name: string) => string | undefined;
  /** What the field held when the page was drawn: what was typed (after an error) or what was saved. */
  value: (name: string) => string | undefined;
  values: (name: string) => string[];
  /** Props for a text box, text area or select. */
  field: (name: string) => FieldProps & { defaultValue?: string };
  /** Props for radios or checkboxes. */
  choice: (name: string) => FieldProps & { selected: string[] };
  /** Props for a GOV.UK date input: its three boxes. */
  date: (name: string) => FieldProps & { defaultValue: DateParts };
}

interface DateParts {
  day?: string;
  month?: string;
  year?: string;
}

export function useGovukForm(options: GovukFormOptions): GovukForm {
  const pageT = useT();
  const t = options.translate ?? pageT;
  const { schema } = options;
  const [form] = useForm<Record<string, unknown>>({
    id: options.id,
    lastResult: options.lastResult,
    // Saved answers come in any shape (lists, nested addresses, dates as day/month/year); Conform serialises them.
    defaultValue: options.defaultValue as DefaultValue<Record<string, string>>,
    shouldValidate: "onSubmit",
    shouldRevalidate: "onSubmit",
    onValidate: schema
      ? ({ formData }) => {
          const intent = formData.get("intent");
          const unvalidated = typeof intent === "string" && unvalidatedIntents.has(intent);
          return parseWithZod(formData, { schema: unvalidated ? z.any() : schema });
        }
      : undefined,
  });

  const errors = form.allErrors;
  const translate = (name: string, message: string) => {
    const params = options.paramsFor?.(name, message);
    return params && isMessageKey(message) ? t(message, params) : translateError(t, message);
  };
  const summary = errorSummary(errors, options).map(({ field, ...item }) => ({
    ...item,
    text: translate(field, item.text),
  }));
  const hasErrors = summary.length > 0;

  useEffect(() => {
    if (hasErrors) document.title = pageTitle(options.titleKey, { hasErrors: true });
  }, [hasErrors, options.titleKey]);

  const replyKey = useReplyKey(options.lastResult);
  const initial = (options.lastResult?.initialValue ?? options.defaultValue ?? {}) as Record<string, unknown>;
  const at = (name: string) => valueAt(initial, name);
  const error = (name: string) => {
    const message = fieldError(errors, name);
    return message === undefined ? undefined : translate(name, message);
  };
  const value = (name: string) => asText(at(name));
  const values = (name: string) => {
    const found = at(name);
    if (Array.isArray(found)) return found.filter((item): item is string => typeof item === "string");
    return typeof found === "string" ? [found] : [];
  };
  const props = (name: string): FieldProps => ({ id: fieldId(name), name, error: error(name) });

  return {
    formProps: getFormProps(form),
    summary,
    hasErrors,
    replyKey,
    error,
    value,
    values,
    field: (name) => ({ ...props(name), defaultValue: value(name) }),
    choice: (name) => ({ ...props(name), selected: values(name) }),
    date: (name) => ({ ...props(name), defaultValue: dateParts(at(name)) }),
  };
}

/** Reads "address.postcode" or "children[0].name" out of nested answers. */
function valueAt(answers: Record<string, unknown>, name: string): unknown {
  return name
    .split(/[.[\]]+/)
    .filter(Boolean)
    .reduce<unknown>(
      (node, segment) =>
        typeof node === "object" && node !== null ? (node as Record<string, unknown>)[segment] : undefined,
      answers,
    );
}

function asText(found: unknown): string | undefined {
  return typeof found === "string" ? found : typeof found === "number" ? String(found) : undefined;
}

/** A saved date ("2026-03-04") or what was typed into the three boxes. */
function dateParts(found: unknown): DateParts {
  if (typeof found === "string" && /^\d{4}-\d{2}-\d{2}$/.test(found)) {
    const [year, month, day] = found.split("-");
    return { day: String(Number(day)), month: String(Number(month)), year };
  }
  const parts = (typeof found === "object" && found !== null ? found : {}) as Record<string, unknown>;
  return { day: asText(parts.day), month: asText(parts.month), year: asText(parts.year) };
}

/**
 * A number that changes with every answer from the server. Without JavaScript
 * the page is new anyway; with it, keying boxes by this number makes React
 * draw them afresh, so a password or code is never shown back.
 */
function useReplyKey(reply: unknown): number {
  const latest = useRef({ reply, key: 0 });
  if (latest.current.reply !== reply) latest.current = { reply, key: latest.current.key + 1 };
  return latest.current.key;
}

/** The GOV.UK error summary for a form: the page puts it first in its main column, above the heading. */
export function FormErrorSummary({ form }: { form: GovukForm }) {
  return <ErrorSummary errors={form.summary} />;
}

interface GovukFormLayoutProps {
  form: GovukForm;
  children: ReactNode;
  submitText: string;
  /** A red button, for an action that cannot be undone. */
  variant?: "primary" | "warning";
  /** Offer "Save and come back later" next to the main button. */
  saveAndReturn?: boolean;
  /** A link back without saving, after the buttons. */
  cancel?: { href: string; text: string };
  encType?: "multipart/form-data";
  action?: string;
}

/** The form element, ending with the GOV.UK button group. */
export function GovukFormLayout({
  form,
  children,
  submitText,
  variant,
  saveAndReturn,
  cancel,
  encType,
  action,
}: GovukFormLayoutProps) {
  const t = useT();
  return (
    // Keyed by the form's id, so moving to another child's page (same route) starts with fresh inputs.
    <Form key={form.formProps.id} method="post" encType={encType} action={action} {...form.formProps} noValidate>
      {children}
      <ButtonGroup>
        <Button variant={variant}>{submitText}</Button>
        {saveAndReturn ? (
          <Button variant="secondary" name="intent" value={saveAndReturnIntent}>
            {t("contactJourney.saveAndReturn")}
          </Button>
        ) : null}
        {cancel ? (
          <Link className="govuk-link" to={cancel.href}>
            {cancel.text}
          </Link>
        ) : null}
      </ButtonGroup>
    </Form>
  );
}
