import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { redirectClearingSession } from "~/auth/responses.server";
import { clientOf } from "~/auth/sign-in.server";
import { ChoosePasswordPage, UnusableLinkPage } from "~/components/auth/choose-password-page";
import { config } from "~/config.server";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";
import { readNewPassword } from "~/route-support/new-password.server";
import { passwordResetIsUsable, resetPassword } from "~/services/accounts.server";

export const handle = { titleKey: "auth.reset.title" };

export async function loader({ params }: LoaderFunctionArgs) {
  return { usable: await passwordResetIsUsable(params.token ?? ""), minutes: config().PASSWORD_RESET_EXPIRY_MINUTES };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: pageTitle(data?.usable ? "auth.reset.title" : "auth.reset.invalid.title") },
];

export async function action({ request, params, context }: ActionFunctionArgs) {
  const chosen = await readNewPassword(request);
  if (chosen.reply) return chosen.reply;
  if (!(await resetPassword(clientOf(request, context), params.token ?? "", chosen.password))) {
    throw redirect(`/reset-password/${params.token}`);
  }
  return redirectClearingSession("/sign-in?reset=done");
}

export default function ResetPassword() {
  const t = useT();
  const { usable, minutes } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  if (!usable) {
    return (
      <UnusableLinkPage
        title={t("auth.reset.invalid.title")}
        body={t("auth.reset.invalid.body", { minutes })}
        next={{ to: "/forgot-password", text: t("auth.reset.invalid.again") }}
      />
    );
  }
  return (
    <ChoosePasswordPage
      id="reset-password-token"
      titleKey="auth.reset.title"
      intro={<p className="govuk-body">{t("auth.reset.intro")}</p>}
      submitText={t("auth.reset.submit")}
      lastResult={lastResult}
    />
  );
}
