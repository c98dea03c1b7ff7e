import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { minutesUntil } from "~/auth/responses.server";
import { getCurrentUser, getPendingSession, safeRedirect, sessionCookie } from "~/auth/session.server";
import { clientOf, completeEnrolmentAndSignIn } from "~/auth/sign-in.server";
import { formatSecretForTyping, qrCodeImage, totpKeyUri } from "~/auth/two-factor.server";
import { pendingTwoFactorSecret } from "~/services/account.server";
import { AuthenticatorSetup } from "~/components/auth/authenticator-setup";
import { CodeInput } from "~/components/auth/code-input";
import { FormErrorSummary, useGovukForm } from "~/components/forms/govuk-form";
import { RecoveryCodes } from "~/components/auth/recovery-codes";
import { Button } from "~/components/govuk/button";
import { NotificationBanner } from "~/components/govuk/notification-banner";
import { key } from "~/forms/auth/fields";
import { totpCodeSchema } from "~/forms/auth/sign-in";
import { createTranslator } from "~/i18n/messages";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";

export const handle = { titleKey: "auth.enrol.title" };
export const meta: MetaFunction = () => [{ title: pageTitle("auth.enrol.title") }];

/**
 * First sign-in of someone who must use two-factor. Does not redirect when the
 * enrolment session has gone, because that is also what the page sees right
 * after enrolment replaced it: the recovery codes are then on the page.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const pending = await getPendingSession(request, "two_factor_enrolment");
  if (!pending) return { state: (await getCurrentUser(request)) ? "signedIn" : "signIn" } as const;
  const secret = await pendingTwoFactorSecret(pending.user.id);
  return {
    state: "setUp",
    email: pending.user.email,
    qrCode: await qrCodeImage(totpKeyUri(pending.user.email, secret)),
    typedKey: formatSecretForTyping(secret),
  } as const;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const pending = await getPendingSession(request, "two_factor_enrolment");
  if (!pending) throw redirect("/sign-in");
  const submission = parseWithZod(await request.formData(), { schema: totpCodeSchema });
  if (submission.status !== "success") return { result: submission.reply({ hideFields: ["code"] }), status: "error" };
  const outcome = await completeEnrolmentAndSignIn(clientOf(request, context), pending, submission.value.code);
  if (outcome.outcome === "signedIn") {
    return data(
      { recoveryCodes: outcome.recoveryCodes, redirectTo: safeRedirect(submission.value.redirectTo) },
      { headers: { "Set-Cookie": sessionCookie(outcome.token) } },
    );
  }
  const message =
    outcome.outcome === "throttled"
      ? createTranslator("en")("auth.twoFactor.throttled", { minutes: minutesUntil(outcome.until) })
      : key("auth.twoFactor.code.invalid");
  return { result: submission.reply({ fieldErrors: { code: [message] }, hideFields: ["code"] }), status: "error" };
}

export default function SetUpTwoFactor() {
  const t = useT();
  const loaderData = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const lastResult = actionData && "result" in actionData ? actionData.result : undefined;
  const form = useGovukForm({
    id: "sign-in-set-up-two-factor",
    lastResult,
    titleKey: "auth.enrol.title",
    fieldOrder: ["code"],
  });

  if (actionData && "recoveryCodes" in actionData) {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <NotificationBanner type="success" heading={t("auth.recoveryCodes.enrolled")} />
          <h1 className="govuk-heading-l">{t("auth.recoveryCodes.title")}</h1>
          <RecoveryCodes
            codes={actionData.recoveryCodes}
            continueTo={actionData.redirectTo}
            continueText={t("auth.recoveryCodes.continue")}
          />
        </div>
      </div>
    );
  }
  if (loaderData.state !== "setUp") {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">{t("auth.enrol.title")}</h1>
          <p className="govuk-body">
            <Link className="govuk-link" to={loaderData.state === "signedIn" ? "/home" : "/sign-in"}>
              {t(loaderData.state === "signedIn" ? "auth.continueToService" : "auth.signIn.sessionEnded")}
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
        <h1 className="govuk-heading-l">{t("auth.enrol.title")}</h1>
        <p className="govuk-body">{t("auth.enrol.intro")}</p>
        <AuthenticatorSetup qrCode={loaderData.qrCode} typedKey={loaderData.typedKey} email={loaderData.email} />
        <Form method="post" {...form.formProps} noValidate>
          <input type="hidden" name="redirectTo" value={searchParams.get("redirectTo") ?? ""} />
          <CodeInput key={form.replyKey} label={t("auth.twoFactor.code.label")} {...form.field("code")} />
          <Button>{t("auth.enrol.submit")}</Button>
        </Form>
      </div>
    </div>
  );
}
