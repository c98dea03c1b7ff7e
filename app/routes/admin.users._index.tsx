import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { requirePermission } from "~/auth/authorise.server";
import { NotificationBanner } from "~/components/govuk/notification-banner";
import { Table } from "~/components/govuk/table";
import { UserStatusTag } from "~/components/auth/user-status-tag";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";
import { englandAndWalesHolidayCoverage, holidayCoverageIsShort } from "~/domain/working-days/holiday-coverage";
import { formatDate } from "~/domain/date-format";
import { listUsers } from "~/services/admin.server";

export const meta: MetaFunction = () => [{ title: pageTitle("admin.users.title") }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requirePermission(request, "admin.users", { context });
  const holidays = englandAndWalesHolidayCoverage(new Date());
  return { users: await listUsers(), holidaysShort: holidayCoverageIsShort(holidays) ? holidays : null };
}

export default function Users() {
  const t = useT();
  const { users, holidaysShort } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const invited = searchParams.get("invited");
  return (
    <>
      {invited ? <NotificationBanner type="success" heading={t("admin.users.invited", { email: invited })} /> : null}
      {holidaysShort ? (
        <NotificationBanner
          titleId="bank-holidays-title"
          heading={t("admin.bankHolidays.short", { date: formatDate(holidaysShort.coveredUntil) })}
        >
          <p className="govuk-body">{t("admin.bankHolidays.whatToDo")}</p>
        </NotificationBanner>
      ) : null}
      <h1 className="govuk-heading-l">{t("admin.users.title")}</h1>
      <Link
        to="/admin/users/invite"
        className="govuk-button"
        role="button"
        draggable="false"
        data-module="govuk-button"
      >
        {t("admin.users.invite")}
      </Link>
      <Table
        rows={users}
        rowKey={(user) => user.id}
        columns={[
          {
            header: t("admin.users.name"),
            cell: (user) => (
              <Link className="govuk-link" to={`/admin/users/${user.id}`}>
                {user.name}
              </Link>
            ),
          },
          { header: t("admin.users.email"), cell: (user) => user.email },
          { header: t("admin.users.organisation"), cell: (user) => user.organisationName },
          { header: t("admin.users.role"), cell: (user) => t(`role.${user.role}`) },
          {
            header: t("admin.users.status"),
            cell: (user) => <UserStatusTag status={user.status} />,
          },
        ]}
      />
    </>
  );
}
