import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { passwordProblem } from "~/auth/password-policy.server";
import { redirectClearingSession } from "~/auth/responses.server";
import { clientOf } from "~/auth/sign-in.server";
import { FormErrorSummary, useGovukForm } from "~/components/forms/govuk-form";
import { NewPasswordFields } from "~/components/auth/new-password-fields";
import { Button } from "~/components/govuk/button";
import { config } from "~/config.server";
import { newPasswordSchema } from "~/forms/auth/sign-in";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";
import { passwordResetIsUsable, resetPassword } from "~/services/accounts.server";
import { errorReply } from "~/forms/reply.server";

export const handle = { titleKey: "auth.reset.title" };

export async function loader({ params }: LoaderFunctionArgs) {
  return { usable: await passwordResetIsUsable(params.token ?? ""), minutes: config().PASSWORD_RESET_EXPIRY_MINUTES };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: pageTitle(data?.usable ? "auth.reset.title" : "auth.reset.invalid.title") },
];

export async function action({ request, params, context }: ActionFunctionArgs) {
  const submission = parseWithZod(await request.formData(), { schema: newPasswordSchema });
  if (submission.status !== "success") return errorReply(submission, { hideFields: ["password", "confirmPassword"] });
  const problem = passwordProblem(submission.value.password);
  if (problem)
    return errorReply(submission, {
      fieldErrors: { password: [problem] },
      hideFields: ["password", "confirmPassword"],
    });
  if (!(await resetPassword(clientOf(request, context), params.token ?? "", submission.value.password))) {
    throw redirect(`/reset-password/${params.token}`);
  }
  return redirectClearingSession("/sign-in?reset=done");
}

export default function ResetPassword() {
  const t = useT();
  const { usable, minutes } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const form = useGovukForm({
    id: "reset-password-token",
    lastResult,
    titleKey: "auth.reset.title",
    fieldOrder: ["password", "confirmPassword"],
  });
  if (!usable) {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">{t("auth.reset.invalid.title")}</h1>
          <p className="govuk-body">{t("auth.reset.invalid.body", { minutes })}</p>
          <p className="govuk-body">
            <Link className="govuk-link" to="/forgot-password">
              {t("auth.reset.invalid.again")}
            </Link>
          </p>
        </div>
      </div>
    );
  }
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <FormErrorSummary form={form} />
        <h1 className="govuk-heading-l">{t("auth.reset.title")}</h1>
        <p className="govuk-body">{t("auth.reset.intro")}</p>
        <Form method="post" {...form.formProps} noValidate>
          <NewPasswordFields key={form.replyKey} form={form} />
          <Button>{t("auth.reset.submit")}</Button>
        </Form>
      </div>
    </div>
  );
}
