import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { clientOf } from "~/auth/sign-in.server";
import { FormErrorSummary, useGovukForm } from "~/components/forms/govuk-form";
import { Button } from "~/components/govuk/button";
import { Input } from "~/components/govuk/input";
import { key } from "~/forms/auth/fields";
import { forgotPasswordSchema } from "~/forms/auth/sign-in";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";
import { requestPasswordReset } from "~/services/accounts.server";
import { errorReply } from "~/forms/reply.server";

export const handle = { titleKey: "auth.forgot.title" };
export const meta: MetaFunction = () => [{ title: pageTitle("auth.forgot.title") }];

export async function action({ request, context }: ActionFunctionArgs) {
  const submission = parseWithZod(await request.formData(), { schema: forgotPasswordSchema });
  if (submission.status !== "success") return errorReply(submission);
  const result = await requestPasswordReset(clientOf(request, context), submission.value.email);
  if (result === "throttled") return errorReply(submission, { fieldErrors: { email: [key("auth.forgot.throttled")] } });
  // The same page whether or not the address has an account.
  throw redirect("/forgot-password/check-email");
}

export default function ForgotPassword() {
  const t = useT();
  const lastResult = useActionData<typeof action>();
  const form = useGovukForm({
    id: "forgot-password",
    lastResult,
    titleKey: "auth.forgot.title",
    fieldOrder: ["email"],
  });
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <FormErrorSummary form={form} />
        <h1 className="govuk-heading-l">{t("auth.forgot.title")}</h1>
        <p className="govuk-body">{t("auth.forgot.hint")}</p>
        <Form method="post" {...form.formProps} noValidate>
          <Input
            type="email"
            autoComplete="email"
            spellCheck={false}
            label={t("auth.forgot.email.label")}
            {...form.field("email")}
          />
          <Button>{t("auth.forgot.submit")}</Button>
        </Form>
      </div>
    </div>
  );
}
