import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/authorise.server";
import { NotificationBanner } from "~/components/govuk/notification-banner";
import { Table } from "~/components/govuk/table";
import { Tag } from "~/components/govuk/tag";
import { TimeLeftTag } from "~/components/mash/tags";
import { formatDateTime } from "~/domain/date-format";
import { pageTitle } from "~/i18n/page-title";
import { formatDuration } from "~/i18n/time-left";
import { useT } from "~/i18n/use-t";
import { mashPaths, readNotice } from "~/mash-paths";
import { auditActor } from "~/services/audit.server";
import { agencyChecks, type AgencyCheckEntry } from "~/services/mash-agency-checks.server";

export const meta: MetaFunction = () => [{ title: pageTitle("mash.agencyChecks.title") }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "mash.answerChecks", { context });
  return { ...(await agencyChecks(auditActor(context, user), user)), notice: readNotice(request.url) };
}

export default function AgencyChecks() {
  const t = useT();
  const { agency, open, answered, notice } = useLoaderData<typeof loader>();
  const common = [
    {
      header: t("mash.agencyChecks.column.contact"),
      cell: (entry: AgencyCheckEntry) => (
        <>
          {entry.reference}
          <br />
          <span className="govuk-body-s">{entry.children.join(", ")}</span>
        </>
      ),
    },
    {
      header: t("mash.checks.question"),
      cell: (entry: AgencyCheckEntry) => <span className="app-multiline">{entry.question}</span>,
    },
    {
      header: t("mash.agencyChecks.column.asked"),
      cell: (entry: AgencyCheckEntry) => `${entry.requestedByName}, ${formatDateTime(new Date(entry.requestedAt))}`,
    },
  ];
  return (
    <>
      {notice ? <NotificationBanner type="success" heading={t(`mash.notice.${notice}`)} /> : null}
      <h1 className="govuk-heading-l">{t("mash.agencyChecks.title")}</h1>
      {agency === null ? (
        <p className="govuk-body">{t("mash.agencyChecks.noAgency")}</p>
      ) : (
        <>
          <p className="govuk-body">{t("mash.agencyChecks.lead", { agency: t(`mash.agency.${agency}`) })}</p>
          <h2 className="govuk-heading-m">{t("mash.agencyChecks.open")}</h2>
          {open.length === 0 ? (
            <p className="govuk-body">{t("mash.agencyChecks.open.none")}</p>
          ) : (
            <Table
              rows={open}
              rowKey={(entry) => entry.id}
              columns={[
                ...common,
                {
                  header: t("mash.agencyChecks.column.due"),
                  cell: (entry) => (
                    <>
                      {formatDateTime(new Date(entry.dueAt))}
                      <br />
                      {entry.timeLeft ? <TimeLeftTag timeLeft={entry.timeLeft} /> : null}
                    </>
                  ),
                },
                {
                  header: t("mash.agencyChecks.column.action"),
                  cell: (entry) => (
                    <Link className="govuk-link" to={mashPaths.check(entry.id)}>
                      {t("mash.agencyChecks.answer")}
                      <span className="govuk-visually-hidden">
                        {" "}
                        {t("mash.agencyChecks.answerHidden", { reference: entry.reference })}
                      </span>
                    </Link>
                  ),
                },
              ]}
            />
          )}
          <h2 className="govuk-heading-m">{t("mash.agencyChecks.answered")}</h2>
          {answered.length === 0 ? (
            <p className="govuk-body">{t("mash.agencyChecks.answered.none")}</p>
          ) : (
            <Table
              rows={answered}
              rowKey={(entry) => entry.id}
              columns={[
                ...common,
                {
                  header: t("mash.agencyChecks.column.answered"),
                  cell: (entry) => (
                    <>
                      {entry.answeredAt ? formatDateTime(new Date(entry.answeredAt)) : null}
                      <br />
                      {entry.answeredLateBy ? (
                        <Tag colour="red">
                          {t("mash.checks.answeredLate", { duration: formatDuration(t, entry.answeredLateBy) })}
                        </Tag>
                      ) : (
                        <Tag colour="green">{t("mash.checks.answeredOnTime")}</Tag>
                      )}
                    </>
                  ),
                },
              ]}
            />
          )}
        </>
      )}
    </>
  );
}
