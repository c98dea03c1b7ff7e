import type { ReactNode } from "react";
import { FormErrorSummary, GovukFormLayout, type GovukForm } from "~/components/forms/govuk-form";
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
  form: GovukForm;
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
        <FormErrorSummary form={form} />
        {heading}
        <GovukFormLayout
          form={form}
          submitText={submitText}
          variant={warning ? "warning" : undefined}
          cancel={{ href: cancelHref, text: t("plans.form.cancel") }}
        >
          {children}
        </GovukFormLayout>
      </div>
    </div>
  );
}
