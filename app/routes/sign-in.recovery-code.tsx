import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useSearchParams } from "@remix-run/react";
import { minutesUntil, redirectWithSession } from "~/auth/responses.server";
import { getPendingSession, safeRedirect } from "~/auth/session.server";
import { clientOf, signInWithRecoveryCode } from "~/auth/sign-in.server";
import { FormErrorSummary, useGovukForm } from "~/components/forms/govuk-form";
import { Button } from "~/components/govuk/button";
import { Input } from "~/components/govuk/input";
import { key } from "~/forms/auth/fields";
import { recoveryCodeSchema } from "~/forms/auth/sign-in";
import { createTranslator } from "~/i18n/messages";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";
import { errorReply } from "~/forms/reply.server";

export const handle = { titleKey: "auth.recoveryCode.title" };
export const meta: MetaFunction = () => [{ title: pageTitle("auth.recoveryCode.title") }];

export async function loader({ request }: LoaderFunctionArgs) {
  if (!(await getPendingSession(request, "two_factor"))) throw redirect("/sign-in");
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const pending = await getPendingSession(request, "two_factor");
  if (!pending) throw redirect("/sign-in");
  const submission = parseWithZod(await request.formData(), { schema: recoveryCodeSchema });
  if (submission.status !== "success") return errorReply(submission, { hideFields: ["code"] });
  const result = await signInWithRecoveryCode(clientOf(request, context), pending, submission.value.code);
  if (result.outcome === "signedIn") {
    return redirectWithSession(safeRedirect(submission.value.redirectTo), result.token);
  }
  const message =
    result.outcome === "throttled"
      ? createTranslator("en")("auth.twoFactor.throttled", { minutes: minutesUntil(result.until) })
      : key("auth.recoveryCode.invalid");
  return errorReply(submission, { fieldErrors: { code: [message] }, hideFields: ["code"] });
}

export default function RecoveryCode() {
  const t = useT();
  const [searchParams] = useSearchParams();
  const redirectTo = searchParams.get("redirectTo") ?? "";
  const lastResult = useActionData<typeof action>();
  const form = useGovukForm({
    id: "sign-in-recovery-code",
    lastResult,
    titleKey: "auth.recoveryCode.title",
    fieldOrder: ["code"],
  });
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <FormErrorSummary form={form} />
        <h1 className="govuk-heading-l">{t("auth.recoveryCode.title")}</h1>
        <p className="govuk-body">{t("auth.recoveryCode.hint")}</p>
        <Form method="post" {...form.formProps} noValidate>
          <input type="hidden" name="redirectTo" value={redirectTo} />
          <Input
            key={form.replyKey}
            label={t("auth.recoveryCode.label")}
            labelSize="s"
            {...form.field("code")}
            autoComplete="off"
            spellCheck={false}
            width="10"
          />
          <Button>{t("auth.twoFactor.submit")}</Button>
        </Form>
        <p className="govuk-body">{t("auth.recoveryCode.noneLeft")}</p>
        <p className="govuk-body">
          <Link className="govuk-link" to={`/sign-in/two-factor?${new URLSearchParams({ redirectTo })}`}>
            {t("auth.recoveryCode.useApp")}
          </Link>
        </p>
      </div>
    </div>
  );
}
