import { useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import type { z } from "zod";
import { clientOf } from "~/auth/sign-in.server";
import { formErrors } from "~/components/auth/form-errors";
import { Button } from "~/components/govuk/button";
import { ErrorSummary } from "~/components/govuk/error-summary";
import { Input } from "~/components/govuk/input";
import { key } from "~/forms/auth/fields";
import { forgotPasswordSchema } from "~/forms/auth/sign-in";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";
import { requestPasswordReset } from "~/services/accounts.server";

export const handle = { titleKey: "auth.forgot.title" };
export const meta: MetaFunction = () => [{ title: pageTitle("auth.forgot.title") }];

export async function action({ request, context }: ActionFunctionArgs) {
  const submission = parseWithZod(await request.formData(), { schema: forgotPasswordSchema });
  if (submission.status !== "success") return submission.reply();
  const result = await requestPasswordReset(clientOf(request, context), submission.value.email);
  if (result === "throttled") return submission.reply({ fieldErrors: { email: [key("auth.forgot.throttled")] } });
  // The same page whether or not the address has an account.
  throw redirect("/forgot-password/check-email");
}

export default function ForgotPassword() {
  const t = useT();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm<z.input<typeof forgotPasswordSchema>>({ lastResult });
  const errors = formErrors(t, fields, ["email"] as const);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={errors.summary} />
        <h1 className="govuk-heading-l">{t("auth.forgot.title")}</h1>
        <p className="govuk-body">{t("auth.forgot.hint")}</p>
        <Form method="post" id={form.id} noValidate>
          <Input
            id="email"
            name="email"
            type="email"
            autoComplete="email"
            spellCheck={false}
            label={t("auth.forgot.email.label")}
            error={errors.field.email}
            defaultValue={fields.email.initialValue}
          />
          <Button>{t("auth.forgot.submit")}</Button>
        </Form>
      </div>
    </div>
  );
}
