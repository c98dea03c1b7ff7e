import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { redirectWithSession } from "~/auth/responses.server";
import { clientOf } from "~/auth/sign-in.server";
import { ChoosePasswordPage, UnusableLinkPage } from "~/components/auth/choose-password-page";
import { config } from "~/config.server";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";
import { readNewPassword } from "~/route-support/new-password.server";
import { acceptInvitation, findInvitation } from "~/services/accounts.server";

export const handle = { titleKey: "auth.invitation.title" };

export async function loader({ params }: LoaderFunctionArgs) {
  return { invitation: await findInvitation(params.token ?? ""), hours: config().INVITATION_EXPIRY_HOURS };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: pageTitle(data?.invitation ? "auth.invitation.title" : "auth.invitation.invalid.title") },
];

export async function action({ request, params, context }: ActionFunctionArgs) {
  const chosen = await readNewPassword(request);
  if (chosen.reply) return chosen.reply;
  const accepted = await acceptInvitation(clientOf(request, context), params.token ?? "", chosen.password);
  if (!accepted) throw redirect(`/invitation/${params.token}`);
  return redirectWithSession(accepted.stage === "signed_in" ? "/home" : "/sign-in/set-up-two-factor", accepted.token);
}

export default function Invitation() {
  const t = useT();
  const { invitation, hours } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  if (!invitation) {
    return (
      <UnusableLinkPage
        title={t("auth.invitation.invalid.title")}
        body={t("auth.invitation.invalid.body", { hours })}
        next={{ to: "/sign-in", text: t("auth.invitation.usedSignIn") }}
      />
    );
  }
  return (
    <ChoosePasswordPage
      id="invitation-token"
      titleKey="auth.invitation.title"
      intro={
        <>
          <p className="govuk-body">
            {t("auth.invitation.intro", {
              role: t(`role.${invitation.role}`),
              organisation: invitation.organisationName,
            })}
          </p>
          <p className="govuk-body">{t("auth.invitation.email", { email: invitation.email })}</p>
        </>
      }
      submitText={t("auth.invitation.submit")}
      lastResult={lastResult}
    />
  );
}
