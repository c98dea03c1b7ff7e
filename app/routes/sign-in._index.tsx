import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useSearchParams } from "@remix-run/react";
import { minutesUntil, redirectWithSession } from "~/auth/responses.server";
import { getCurrentUser, safeRedirect } from "~/auth/session.server";
import { clientOf, signInWithPassword } from "~/auth/sign-in.server";
import { FormErrorSummary, useGovukForm } from "~/components/forms/govuk-form";
import { Button } from "~/components/govuk/button";
import { Input } from "~/components/govuk/input";
import { NotificationBanner } from "~/components/govuk/notification-banner";
import { key } from "~/forms/auth/fields";
import { signInSchema } from "~/forms/auth/sign-in";
import { createTranslator } from "~/i18n/messages";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";
import { errorReply } from "~/forms/reply.server";

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
  if (submission.status !== "success") return errorReply(submission, { hideFields: ["password"] });
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
    return errorReply(submission, { fieldErrors: { email: [message] }, hideFields: ["password"] });
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
  const form = useGovukForm({
    id: "sign-in",
    lastResult,
    titleKey: "auth.signIn.title",
    fieldOrder: ["email", "password"],
  });
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <FormErrorSummary form={form} />
        {searchParams.get("reset") === "done" ? (
          <NotificationBanner type="success" heading={t("auth.signIn.passwordReset")} />
        ) : null}
        <h1 className="govuk-heading-l">{t("auth.signIn.title")}</h1>
        <Form method="post" {...form.formProps} noValidate>
          <input type="hidden" name="redirectTo" value={searchParams.get("redirectTo") ?? ""} />
          <Input
            type="email"
            autoComplete="username"
            spellCheck={false}
            label={t("auth.signIn.email.label")}
            {...form.field("email")}
          />
          <Input
            key={form.replyKey}
            type="password"
            autoComplete="current-password"
            label={t("auth.signIn.password.label")}
            {...form.field("password")}
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
