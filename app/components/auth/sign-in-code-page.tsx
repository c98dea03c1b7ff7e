import { Form, Link, useSearchParams } from "@remix-run/react";
import type { ReactNode } from "react";
import { FormErrorSummary, useGovukForm, type FormReply, type GovukForm } from "~/components/forms/govuk-form";
import { Button } from "~/components/govuk/button";
import type { MessageKey } from "~/i18n/messages";
import { useT } from "~/i18n/use-t";

/**
 * The second step of signing in: one box for a code, and a link to the other
 * way of giving one (an authenticator app, a recovery code). Where the user
 * was going goes with the form and with the link, so neither loses it.
 */
export function SignInCodePage({
  id,
  titleKey,
  hint,
  lastResult,
  codeBox,
  after,
  otherWay,
}: {
  id: string;
  titleKey: MessageKey;
  hint: string;
  lastResult?: FormReply;
  /** The code box, drawn from the form so it takes its error and starts empty after every reply. */
  codeBox: (form: GovukForm) => ReactNode;
  after?: ReactNode;
  otherWay: { path: string; text: string };
}) {
  const t = useT();
  const [searchParams] = useSearchParams();
  const redirectTo = searchParams.get("redirectTo") ?? "";
  const form = useGovukForm({ id, lastResult, titleKey, fieldOrder: ["code"] });
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <FormErrorSummary form={form} />
        <h1 className="govuk-heading-l">{t(titleKey)}</h1>
        <p className="govuk-body">{hint}</p>
        <Form method="post" {...form.formProps} noValidate>
          <input type="hidden" name="redirectTo" value={redirectTo} />
          {codeBox(form)}
          <Button>{t("auth.twoFactor.submit")}</Button>
        </Form>
        {after}
        <p className="govuk-body">
          <Link className="govuk-link" to={`${otherWay.path}?${new URLSearchParams({ redirectTo })}`}>
            {otherWay.text}
          </Link>
        </p>
      </div>
    </div>
  );
}
