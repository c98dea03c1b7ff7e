import { useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import type { z } from "zod";
import { Form, Link, useActionData, useSearchParams } from "@remix-run/react";
import { minutesUntil, redirectWithSession } from "~/auth/responses.server";
import { getCurrentUser, safeRedirect } from "~/auth/session.server";
import { clientOf, signInWithPassword } from "~/auth/sign-in.server";
import { formErrors, useAnswerKey } from "~/components/auth/form-errors";
import { Button } from "~/components/govuk/button";
import { ErrorSummary } from "~/components/govuk/error-summary";
import { Input } from "~/components/govuk/input";
import { NotificationBanner } from "~/components/govuk/notification-banner";
import { key } from "~/forms/auth/fields";
import { signInSchema } from "~/forms/auth/sign-in";
import { createTranslator } from "~/i18n/messages";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";

export const handle = { titleKey: "auth.signIn.title" };
export const meta: MetaFunction = () => [{ title: pageTitle("auth.signIn.title") }];

export async function loader({ request }: LoaderFunctionArgs) {
  if (await getCurrentUser(request)) {
    throw redirect(safeRedirect(new URL(request.url).searchParams.get("redirectTo")));
  }
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const submission = parseWithZod(await request.formData(), { schema: signInSchema });
  if (submission.status !== "success") return submission.reply({ hideFields: ["password"] });
  const { email, password } = submission.value;
  const result = await signInWithPassword(clientOf(request, context), email, password);
  if (result.outcome !== "session") {
    const t = createTranslator("en");
    const message =
      result.outcome === "invalid"
        ? key("auth.signIn.invalid")
        : result.scope === "ip"
          ? t("auth.signIn.ipThrottled")
          : t("auth.signIn.accountLocked", { minutes: minutesUntil(result.until) });
    return submission.reply({ fieldErrors: { email: [message] }, hideFields: ["password"] });
  }
  const redirectTo = safeRedirect(submission.value.redirectTo);
  const next = {
    signed_in: redirectTo,
    two_factor: `/sign-in/two-factor?${new URLSearchParams({ redirectTo })}`,
    two_factor_enrolment: `/sign-in/set-up-two-factor?${new URLSearchParams({ redirectTo })}`,
  }[result.stage];
  return redirectWithSession(next, result.token);
}

export default function SignIn() {
  const t = useT();
  const [searchParams] = useSearchParams();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm<z.input<typeof signInSchema>>({ lastResult });
  const answerKey = useAnswerKey(lastResult);
  const errors = formErrors(t, fields, ["email", "password"] as const);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={errors.summary} />
        {searchParams.get("reset") === "done" ? (
          <NotificationBanner type="success" heading={t("auth.signIn.passwordReset")} />
        ) : null}
        <h1 className="govuk-heading-l">{t("auth.signIn.title")}</h1>
        <Form method="post" id={form.id} noValidate>
          <input type="hidden" name="redirectTo" value={searchParams.get("redirectTo") ?? ""} />
          <Input
            id="email"
            name="email"
            type="email"
            autoComplete="username"
            spellCheck={false}
            label={t("auth.signIn.email.label")}
            error={errors.field.email}
            defaultValue={fields.email.initialValue}
          />
          <Input
            key={answerKey}
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            label={t("auth.signIn.password.label")}
            error={errors.field.password}
          />
          <Button>{t("auth.signIn.submit")}</Button>
        </Form>
        <p className="govuk-body">
          <Link className="govuk-link" to="/forgot-password">
            {t("auth.signIn.forgotPassword")}
          </Link>
        </p>
        <p className="govuk-body">{t("auth.signIn.noAccount")}</p>
      </div>
    </div>
  );
}
