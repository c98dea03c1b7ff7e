import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/authorise.server";
import { clientOf, regenerateRecoveryCodes } from "~/auth/sign-in.server";
import { RecoveryCodes } from "~/components/auth/recovery-codes";
import { BackLink } from "~/components/govuk/back-link";
import { Button } from "~/components/govuk/button";
import { pageTitle } from "~/i18n/page-title";
import { isTwoFactorEnrolled, twoFactorStatus } from "~/services/account.server";
import { useT } from "~/i18n/use-t";

export const meta: MetaFunction = () => [{ title: pageTitle("auth.manageTwoFactor.title") }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "account.manage", { context });
  return twoFactorStatus(user.id);
}

/** "Get new recovery codes": the old ones stop working, and the new ones are shown once, here. */
export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requirePermission(request, "account.manage", { context });
  if (!(await isTwoFactorEnrolled(user.id))) return { recoveryCodes: null };
  return { recoveryCodes: await regenerateRecoveryCodes(clientOf(request, context), user) };
}

export default function ManageTwoFactor() {
  const t = useT();
  const { enrolled, codesLeft } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  if (actionData?.recoveryCodes) {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">{t("auth.manageTwoFactor.newCodesTitle")}</h1>
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
        <BackLink to="/account" />
        <h1 className="govuk-heading-l">{t("auth.manageTwoFactor.title")}</h1>
        <p className="govuk-body">{t(enrolled ? "auth.manageTwoFactor.on" : "auth.manageTwoFactor.off")}</p>
        {enrolled ? <p className="govuk-body">{t("auth.manageTwoFactor.codesLeft", { count: codesLeft })}</p> : null}
        <p className="govuk-body">
          <Link className="govuk-link" to="/account/two-factor/new-app">
            {t(enrolled ? "auth.manageTwoFactor.newApp" : "auth.manageTwoFactor.setUp")}
          </Link>
        </p>
        {enrolled ? (
          <Form method="post">
            <p className="govuk-body">{t("auth.manageTwoFactor.newCodesHint")}</p>
            <Button variant="secondary">{t("auth.manageTwoFactor.newCodes")}</Button>
          </Form>
        ) : null}
      </div>
    </div>
  );
}
