import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { requirePermission } from "~/auth/authorise.server";
import { passwordProblem } from "~/auth/password-policy.server";
import { clientOf } from "~/auth/sign-in.server";
import { FormErrorSummary, useGovukForm } from "~/components/forms/govuk-form";
import { NewPasswordFields } from "~/components/auth/new-password-fields";
import { BackLink } from "~/components/govuk/back-link";
import { Button } from "~/components/govuk/button";
import { Input } from "~/components/govuk/input";
import { key } from "~/forms/auth/fields";
import { changePasswordSchema } from "~/forms/auth/sign-in";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";
import { changePassword } from "~/services/accounts.server";
import { errorReply } from "~/forms/reply.server";

export const handle = { titleKey: "auth.changePassword.title" };
export const meta: MetaFunction = () => [{ title: pageTitle("auth.changePassword.title") }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requirePermission(request, "account.manage", { context });
  return null;
}

const hideFields = ["currentPassword", "password", "confirmPassword"];

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requirePermission(request, "account.manage", { context });
  const submission = parseWithZod(await request.formData(), { schema: changePasswordSchema });
  if (submission.status !== "success") return errorReply(submission, { hideFields });
  const problem = passwordProblem(submission.value.password);
  if (problem) return errorReply(submission, { fieldErrors: { password: [problem] }, hideFields });
  const result = await changePassword(
    clientOf(request, context),
    user,
    submission.value.currentPassword,
    submission.value.password,
  );
  if (result !== "changed") {
    const message =
      result === "throttled" ? key("auth.changePassword.locked") : key("auth.changePassword.current.wrong");
    return errorReply(submission, { fieldErrors: { currentPassword: [message] }, hideFields });
  }
  throw redirect("/account?password=changed");
}

export default function ChangePassword() {
  const t = useT();
  const lastResult = useActionData<typeof action>();
  const form = useGovukForm({
    id: "account-password",
    lastResult,
    titleKey: "auth.changePassword.title",
    fieldOrder: ["currentPassword", "password", "confirmPassword"],
  });
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/account" />
        <FormErrorSummary form={form} />
        <h1 className="govuk-heading-l">{t("auth.changePassword.title")}</h1>
        <p className="govuk-body">{t("auth.changePassword.intro")}</p>
        <Form method="post" {...form.formProps} noValidate>
          <Input
            key={form.replyKey}
            type="password"
            autoComplete="current-password"
            label={t("auth.changePassword.current.label")}
            {...form.field("currentPassword")}
          />
          <NewPasswordFields key={`new-${form.replyKey}`} form={form} />
          <Button>{t("auth.changePassword.submit")}</Button>
        </Form>
      </div>
    </div>
  );
}
