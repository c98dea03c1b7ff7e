import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/authorise.server";
import { minutesUntil } from "~/auth/responses.server";
import { changeAuthenticator, clientOf } from "~/auth/sign-in.server";
import { formatSecretForTyping, qrCodeImage, totpKeyUri } from "~/auth/two-factor.server";
import { pendingTwoFactorSecret } from "~/services/account.server";
import { AuthenticatorSetup } from "~/components/auth/authenticator-setup";
import { CodeInput } from "~/components/auth/code-input";
import { FormErrorSummary, useGovukForm } from "~/components/forms/govuk-form";
import { RecoveryCodes } from "~/components/auth/recovery-codes";
import { BackLink } from "~/components/govuk/back-link";
import { Button } from "~/components/govuk/button";
import { NotificationBanner } from "~/components/govuk/notification-banner";
import { key } from "~/forms/auth/fields";
import { totpCodeSchema } from "~/forms/auth/sign-in";
import { createTranslator } from "~/i18n/messages";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";

export const handle = { titleKey: "auth.changeApp.title" };
export const meta: MetaFunction = () => [{ title: pageTitle("auth.changeApp.title") }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "account.manage", { context });
  const secret = await pendingTwoFactorSecret(user.id);
  return {
    email: user.email,
    qrCode: await qrCodeImage(totpKeyUri(user.email, secret)),
    typedKey: formatSecretForTyping(secret),
  };
}

/** The current app keeps working until the new one has proved itself with a code. */
export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requirePermission(request, "account.manage", { context });
  const submission = parseWithZod(await request.formData(), { schema: totpCodeSchema });
  if (submission.status !== "success") return { result: submission.reply({ hideFields: ["code"] }), status: "error" };
  const outcome = await changeAuthenticator(clientOf(request, context), user, submission.value.code);
  if (outcome.outcome === "changed") return { recoveryCodes: outcome.recoveryCodes };
  const message =
    outcome.outcome === "throttled"
      ? createTranslator("en")("auth.twoFactor.throttled", { minutes: minutesUntil(outcome.until) })
      : key("auth.twoFactor.code.invalid");
  return { result: submission.reply({ fieldErrors: { code: [message] }, hideFields: ["code"] }), status: "error" };
}

export default function NewAuthenticatorApp() {
  const t = useT();
  const setup = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const lastResult = actionData && "result" in actionData ? actionData.result : undefined;
  const form = useGovukForm({
    id: "account-two-factor-new-app",
    lastResult,
    titleKey: "auth.changeApp.title",
    fieldOrder: ["code"],
  });
  if (actionData && "recoveryCodes" in actionData && actionData.recoveryCodes) {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <NotificationBanner type="success" heading={t("auth.manageTwoFactor.changed")} />
          <h1 className="govuk-heading-l">{t("auth.recoveryCodes.title")}</h1>
          <RecoveryCodes
            codes={actionData.recoveryCodes}
            continueTo="/account"
            continueText={t("auth.manageTwoFactor.done")}
          />
        </div>
      </div>
    );
  }
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/account/two-factor" />
        <FormErrorSummary form={form} />
        <h1 className="govuk-heading-l">{t("auth.changeApp.title")}</h1>
        <AuthenticatorSetup {...setup} />
        <Form method="post" {...form.formProps} noValidate>
          <CodeInput key={form.replyKey} label={t("auth.twoFactor.code.label")} {...form.field("code")} />
          <Button>{t("auth.changeApp.submit")}</Button>
        </Form>
      </div>
    </div>
  );
}
