import { Form, Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { Button, ButtonGroup } from "~/components/govuk/button";
import { ErrorSummary } from "~/components/govuk/error-summary";
import type { FormFeedback } from "./form";
import { usePlanT } from "./terms";

/** A one-question-or-section page: error summary first, the heading, the form, and a way back without saving. */
export function FormPage({
  form,
  heading,
  submitText,
  cancelHref,
  children,
  warning,
}: {
  form: FormFeedback;
  heading: ReactNode;
  submitText: string;
  cancelHref: string;
  children: ReactNode;
  warning?: boolean;
}) {
  const t = usePlanT();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={form.summary} />
        {heading}
        <Form method="post" noValidate>
          {children}
          <ButtonGroup>
            <Button variant={warning ? "warning" : "primary"}>{submitText}</Button>
            <Link className="govuk-link" to={cancelHref}>
              {t("plans.form.cancel")}
            </Link>
          </ButtonGroup>
        </Form>
      </div>
    </div>
  );
}
