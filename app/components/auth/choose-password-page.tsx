import { Form, Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { NewPasswordFields } from "~/components/auth/new-password-fields";
import { FormErrorSummary, useGovukForm, type FormReply } from "~/components/forms/govuk-form";
import { Button } from "~/components/govuk/button";
import type { MessageKey } from "~/i18n/messages";
import { useT } from "~/i18n/use-t";

/** The page an emailed link opens to choose a password: accepting an invitation, or resetting a forgotten one. */
export function ChoosePasswordPage({
  id,
  titleKey,
  intro,
  submitText,
  lastResult,
}: {
  id: string;
  titleKey: MessageKey;
  intro: ReactNode;
  submitText: string;
  lastResult?: FormReply;
}) {
  const t = useT();
  const form = useGovukForm({ id, lastResult, titleKey, fieldOrder: ["password", "confirmPassword"] });
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <FormErrorSummary form={form} />
        <h1 className="govuk-heading-l">{t(titleKey)}</h1>
        {intro}
        <Form method="post" {...form.formProps} noValidate>
          <NewPasswordFields key={form.replyKey} form={form} />
          <Button>{submitText}</Button>
        </Form>
      </div>
    </div>
  );
}

/** What the same link opens once it has been used or has run out, with the way to carry on. */
export function UnusableLinkPage({
  title,
  body,
  next,
}: {
  title: string;
  body: string;
  next: { to: string; text: string };
}) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{title}</h1>
        <p className="govuk-body">{body}</p>
        <p className="govuk-body">
          <Link className="govuk-link" to={next.to}>
            {next.text}
          </Link>
        </p>
      </div>
    </div>
  );
}
