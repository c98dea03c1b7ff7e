import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { requirePermission } from "~/auth/authorise.server";
import { isTwoFactorEnrolled } from "~/services/account.server";
import { NotificationBanner } from "~/components/govuk/notification-banner";
import { SummaryList } from "~/components/govuk/summary-list";
import { config } from "~/config.server";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";

export const meta: MetaFunction = () => [{ title: pageTitle("auth.account.title") }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "account.manage", { context });
  const settings = config();
  return {
    user: {
      name: user.name,
      email: user.email,
      role: user.role,
      organisationName: user.organisationName,
      jobTitle: user.jobTitle,
      phone: user.phone,
    },
    twoFactor: await isTwoFactorEnrolled(user.id),
    idleMinutes: user.role === "admin" ? settings.ADMIN_SESSION_IDLE_MINUTES : settings.SESSION_IDLE_MINUTES,
    absoluteHours: settings.SESSION_ABSOLUTE_HOURS,
  };
}

export default function Account() {
  const t = useT();
  const { user, twoFactor, idleMinutes, absoluteHours } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const notProvided = t("common.notProvided");
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {searchParams.get("password") === "changed" ? (
          <NotificationBanner type="success" heading={t("auth.changePassword.done")} />
        ) : null}
        <h1 className="govuk-heading-l">{t("auth.account.title")}</h1>
        <h2 className="govuk-heading-m">{t("auth.account.details")}</h2>
        <SummaryList
          rows={[
            { key: t("auth.account.name"), value: user.name },
            { key: t("auth.account.email"), value: user.email },
            { key: t("auth.account.organisation"), value: user.organisationName },
            { key: t("auth.account.role"), value: t(`role.${user.role}`) },
            { key: t("auth.account.jobTitle"), value: user.jobTitle ?? notProvided },
            { key: t("auth.account.phone"), value: user.phone ?? notProvided },
          ]}
        />
        <p className="govuk-body">{t("auth.account.detailsHint")}</p>
        <h2 className="govuk-heading-m">{t("auth.account.security")}</h2>
        <SummaryList
          rows={[
            {
              key: t("auth.account.password"),
              value: (
                <Link className="govuk-link" to="/account/password">
                  {t("auth.account.changePassword")}
                </Link>
              ),
            },
            {
              key: t("auth.account.twoFactor"),
              value: (
                <>
                  {t(twoFactor ? "auth.account.twoFactor.on" : "auth.account.twoFactor.off")}.{" "}
                  <Link className="govuk-link" to="/account/two-factor">
                    {t("auth.account.twoFactor.manage")}
                  </Link>
                </>
              ),
            },
            {
              key: t("auth.account.sessions"),
              value: (
                <Link className="govuk-link" to="/account/sessions">
                  {t("auth.account.sessions.manage")}
                </Link>
              ),
            },
          ]}
        />
        <p className="govuk-body">{t("auth.account.timeoutNotice", { minutes: idleMinutes, hours: absoluteHours })}</p>
        <h2 className="govuk-heading-m">{t("notifications.account.heading")}</h2>
        <p className="govuk-body">
          <Link className="govuk-link" to="/account/notifications">
            {t("notifications.account.link")}
          </Link>
        </p>
      </div>
    </div>
  );
}
