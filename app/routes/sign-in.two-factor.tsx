import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useSearchParams } from "@remix-run/react";
import { minutesUntil, redirectWithSession } from "~/auth/responses.server";
import { getPendingSession, safeRedirect } from "~/auth/session.server";
import { clientOf, signInWithTotp } from "~/auth/sign-in.server";
import { CodeInput } from "~/components/auth/code-input";
import { FormErrorSummary, useGovukForm } from "~/components/forms/govuk-form";
import { Button } from "~/components/govuk/button";
import { key } from "~/forms/auth/fields";
import { totpCodeSchema } from "~/forms/auth/sign-in";
import { createTranslator } from "~/i18n/messages";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";
import { errorReply } from "~/forms/reply.server";

export const handle = { titleKey: "auth.twoFactor.title" };
export const meta: MetaFunction = () => [{ title: pageTitle("auth.twoFactor.title") }];

/** Only a session that has passed the password step may be here; anyone else starts again. */
export async function loader({ request }: LoaderFunctionArgs) {
  if (!(await getPendingSession(request, "two_factor"))) throw redirect("/sign-in");
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const pending = await getPendingSession(request, "two_factor");
  if (!pending) throw redirect("/sign-in");
  const submission = parseWithZod(await request.formData(), { schema: totpCodeSchema });
  if (submission.status !== "success") return errorReply(submission, { hideFields: ["code"] });
  const result = await signInWithTotp(clientOf(request, context), pending, submission.value.code);
  if (result.outcome === "signedIn") {
    return redirectWithSession(safeRedirect(submission.value.redirectTo), result.token);
  }
  const message = {
    invalid: key("auth.twoFactor.code.invalid"),
    replayed: key("auth.twoFactor.code.replayed"),
    throttled: createTranslator("en")("auth.twoFactor.throttled", {
      minutes: result.outcome === "throttled" ? minutesUntil(result.until) : 0,
    }),
  }[result.outcome];
  return errorReply(submission, { fieldErrors: { code: [message] }, hideFields: ["code"] });
}

export default function TwoFactor() {
  const t = useT();
  const [searchParams] = useSearchParams();
  const redirectTo = searchParams.get("redirectTo") ?? "";
  const lastResult = useActionData<typeof action>();
  const form = useGovukForm({
    id: "sign-in-two-factor",
    lastResult,
    titleKey: "auth.twoFactor.title",
    fieldOrder: ["code"],
  });
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <FormErrorSummary form={form} />
        <h1 className="govuk-heading-l">{t("auth.twoFactor.title")}</h1>
        <p className="govuk-body">{t("auth.twoFactor.hint")}</p>
        <Form method="post" {...form.formProps} noValidate>
          <input type="hidden" name="redirectTo" value={redirectTo} />
          <CodeInput key={form.replyKey} label={t("auth.twoFactor.code.label")} {...form.field("code")} />
          <Button>{t("auth.twoFactor.submit")}</Button>
        </Form>
        <p className="govuk-body">
          <Link className="govuk-link" to={`/sign-in/recovery-code?${new URLSearchParams({ redirectTo })}`}>
            {t("auth.twoFactor.useRecoveryCode")}
          </Link>
        </p>
      </div>
    </div>
  );
}
