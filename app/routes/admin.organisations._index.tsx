import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { requirePermission } from "~/auth/authorise.server";
import { NotificationBanner } from "~/components/govuk/notification-banner";
import { Table } from "~/components/govuk/table";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";
import { listOrganisations } from "~/services/admin.server";

export const meta: MetaFunction = () => [{ title: pageTitle("admin.organisations.title") }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requirePermission(request, "admin.organisations", { context });
  return { organisations: await listOrganisations() };
}

export default function Organisations() {
  const t = useT();
  const { organisations } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  return (
    <>
      {searchParams.get("saved") ? (
        <NotificationBanner type="success" heading={t("admin.organisations.saved")} />
      ) : null}
      <h1 className="govuk-heading-l">{t("admin.organisations.title")}</h1>
      <Link
        to="/admin/organisations/new"
        className="govuk-button"
        role="button"
        draggable="false"
        data-module="govuk-button"
      >
        {t("admin.organisations.add")}
      </Link>
      <Table
        rows={organisations}
        rowKey={(organisation) => organisation.id}
        columns={[
          { header: t("admin.organisations.name"), cell: (organisation) => organisation.name },
          { header: t("admin.organisations.type"), cell: (organisation) => t(`organisationType.${organisation.type}`) },
          { header: t("admin.organisations.phone"), cell: (organisation) => organisation.phone ?? "" },
          { header: t("admin.organisations.users"), cell: (organisation) => organisation.users, numeric: true },
          {
            header: <span className="govuk-visually-hidden">{t("admin.organisations.change")}</span>,
            cell: (organisation) => (
              <Link className="govuk-link" to={`/admin/organisations/${organisation.id}`}>
                {t("admin.organisations.change")}
                <span className="govuk-visually-hidden">
                  {" "}
                  {t("admin.organisations.changeHidden", { name: organisation.name })}
                </span>
              </Link>
            ),
          },
        ]}
      />
    </>
  );
}
