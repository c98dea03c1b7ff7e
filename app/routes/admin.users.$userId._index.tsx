import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { requirePermission } from "~/auth/authorise.server";
import { UserStatusTag } from "~/components/auth/user-status-tag";
import { BackLink } from "~/components/govuk/back-link";
import { Button, ButtonGroup } from "~/components/govuk/button";
import { NotificationBanner } from "~/components/govuk/notification-banner";
import { SummaryList } from "~/components/govuk/summary-list";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";
import { resendInvitation } from "~/services/accounts.server";
import { findUser, setUserActive } from "~/services/admin.server";
import { auditActor } from "~/services/audit.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  {
    title: data ? pageTitle("admin.user.title", { params: { name: data.user.name } }) : pageTitle("admin.users.title"),
  },
];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  await requirePermission(request, "admin.users", { context });
  const user = await findUser(params.userId ?? "");
  if (!user) throw new Response("Not found", { status: 404 });
  return { user };
}

/** Sending a new invitation and reactivating need no reason; deactivating has its own page, which asks for one. */
export async function action({ request, params, context }: ActionFunctionArgs) {
  const admin = await requirePermission(request, "admin.users", { context });
  const user = await findUser(params.userId ?? "");
  if (!user) throw new Response("Not found", { status: 404 });
  const intent = (await request.formData()).get("intent");
  const actor = auditActor(context, admin);
  if (intent === "resend-invitation" && user.status === "invited") {
    await resendInvitation({ ...actor, user: actor.user! }, admin, user.id);
    throw redirect(`/admin/users/${user.id}?done=invitation`);
  }
  if (intent === "reactivate" && user.status === "deactivated") {
    await setUserActive(actor, user.id, true, null);
    throw redirect(`/admin/users/${user.id}?done=reactivated`);
  }
  throw redirect(`/admin/users/${user.id}`);
}

const doneMessages = {
  invitation: "admin.user.invitationResent",
  reactivated: "admin.user.reactivated",
  deactivated: "admin.user.deactivated",
  role: "admin.user.roleChanged",
} as const;

export default function UserDetails() {
  const t = useT();
  const { user } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const done = searchParams.get("done") as keyof typeof doneMessages | null;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/admin/users" />
        {done && doneMessages[done] ? <NotificationBanner type="success" heading={t(doneMessages[done])} /> : null}
        <h1 className="govuk-heading-l">{user.name}</h1>
        <SummaryList
          rows={[
            { key: t("admin.user.email"), value: user.email },
            { key: t("admin.user.jobTitle"), value: user.jobTitle ?? t("common.notProvided") },
            {
              key: t("admin.user.organisation"),
              value: user.organisationName,
              change: { href: `/admin/users/${user.id}/role`, visuallyHiddenText: t("admin.user.changeRoleHidden") },
            },
            {
              key: t("admin.user.role"),
              value: t(`role.${user.role}`),
              change: { href: `/admin/users/${user.id}/role`, visuallyHiddenText: t("admin.user.changeRoleHidden") },
            },
            {
              key: t("admin.user.status"),
              value: <UserStatusTag status={user.status} />,
            },
            {
              key: t("admin.user.twoFactor"),
              value: t(user.twoFactorEnrolledAt ? "auth.account.twoFactor.on" : "auth.account.twoFactor.off"),
            },
          ]}
        />
        <ButtonGroup>
          {user.status === "invited" ? (
            <Form method="post">
              <input type="hidden" name="intent" value="resend-invitation" />
              <Button variant="secondary">{t("admin.user.resendInvitation")}</Button>
            </Form>
          ) : null}
          {user.status === "deactivated" ? (
            <Form method="post">
              <input type="hidden" name="intent" value="reactivate" />
              <Button variant="secondary">{t("admin.user.reactivate")}</Button>
            </Form>
          ) : (
            <Link
              to={`/admin/users/${user.id}/deactivate`}
              className="govuk-button govuk-button--warning"
              role="button"
              draggable="false"
              data-module="govuk-button"
            >
              {t("admin.user.deactivate")}
            </Link>
          )}
        </ButtonGroup>
        <p className="govuk-body">
          <Link className="govuk-link" to={`/admin/audit?${new URLSearchParams({ email: user.email })}`}>
            {t("admin.user.activity")}
          </Link>
        </p>
      </div>
    </div>
  );
}
