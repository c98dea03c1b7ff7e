import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { can } from "~/auth/permissions";
import { formatDateTime } from "~/domain/date-format";
import { usePlanT } from "~/components/early-help/terms";
import { TimeLeftText } from "~/components/early-help/time-left";
import { Tag } from "~/components/govuk/tag";
import { Table } from "~/components/govuk/table";
import { stepDownStatusLabels } from "~/domain/early-help/step-down";
import { earlyHelpPaths } from "~/early-help-paths";
import { pageTitle } from "~/i18n/page-title";
import { auditActor, recordView } from "~/services/audit.server";
import { requireStepDownUser } from "~/services/early-help-step-down-pages.server";
import { listStepDowns } from "~/services/early-help-step-downs.server";

export const meta: MetaFunction = () => [{ title: pageTitle("stepDowns.list.title") }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireStepDownUser(request, context);
  const lists = await listStepDowns(user);
  await recordView(auditActor(context, user), { action: "earlyHelp.stepDowns.listed" });
  return { ...lists, isManager: can(user, "stepDown.accept"), canCreate: can(user, "stepDown.create") };
}

export default function StepDowns() {
  const t = usePlanT();
  const data = useLoaderData<typeof loader>();
  const family = {
    header: t("stepDowns.list.column.family"),
    cell: (item: (typeof data.pending)[number]) => (
      <Link className="govuk-link" to={earlyHelpPaths.stepDown(item.id)}>
        {item.childNames.join(", ")}
        <span className="govuk-visually-hidden"> {item.reference}</span>
      </Link>
    ),
  };
  return (
    <>
      <h1 className="govuk-heading-l">
        {t(data.isManager ? "stepDowns.list.headingManager" : "stepDowns.list.headingSocialWorker")}
      </h1>
      {data.canCreate ? (
        <Link className="govuk-button" data-module="govuk-button" to={earlyHelpPaths.newStepDown()}>
          {t("stepDowns.list.create")}
        </Link>
      ) : null}
      <h2 className="govuk-heading-m">{t("stepDowns.list.pending")}</h2>
      {data.pending.length === 0 ? (
        <p className="govuk-body">{t("stepDowns.list.nonePending")}</p>
      ) : (
        <Table
          rows={data.pending}
          rowKey={(item) => item.id}
          columns={[
            family,
            { header: t("plans.list.column.reference"), cell: (item) => item.reference },
            { header: t("stepDowns.list.column.sent"), cell: (item) => formatDateTime(item.submittedAt) },
            { header: t("stepDowns.list.column.due"), cell: (item) => formatDateTime(item.dueAt) },
            { header: t("stepDowns.list.column.timeLeft"), cell: (item) => <TimeLeftText timeLeft={item.timeLeft} /> },
          ]}
        />
      )}
      <h2 className="govuk-heading-m">{t("stepDowns.list.decided")}</h2>
      {data.decided.length === 0 ? (
        <p className="govuk-body">{t("stepDowns.list.noneDecided")}</p>
      ) : (
        <Table
          rows={data.decided}
          rowKey={(item) => item.id}
          columns={[
            family,
            { header: t("plans.list.column.reference"), cell: (item) => item.reference },
            {
              header: t("plans.list.column.status"),
              cell: (item) => (
                <Tag colour={item.status === "accepted" ? "green" : "orange"}>
                  {t(stepDownStatusLabels[item.status])}
                </Tag>
              ),
            },
            {
              header: t("stepDowns.list.column.decided"),
              cell: (item) => (item.decidedAt ? formatDateTime(item.decidedAt) : ""),
            },
          ]}
        />
      )}
    </>
  );
}
