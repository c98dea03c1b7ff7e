import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/authorise.server";
import { formatDate } from "~/domain/date-format";
import { PlanStatusTag } from "~/components/early-help/tags";
import { usePlanT } from "~/components/early-help/terms";
import { familyColumn } from "~/components/early-help/plan-columns";
import { Table } from "~/components/govuk/table";
import { earlyHelpPaths } from "~/early-help-paths";
import { pageTitle } from "~/i18n/page-title";
import { auditActor, recordView } from "~/services/audit.server";
import { coordinatorView, type FlaggedPlans } from "~/services/early-help-coordinator.server";

export const meta: MetaFunction = () => [{ title: pageTitle("coordinator.title") }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "earlyHelp.allocate", { context });
  const view = await coordinatorView();
  await recordView(auditActor(context, user), { action: "earlyHelp.coordinator.viewed" });
  return view;
}

function PlanTable({ flagged, date }: { flagged: FlaggedPlans; date: "started" | "review" }) {
  const t = usePlanT();
  if (flagged.total === 0) return <p className="govuk-body">{t("coordinator.none")}</p>;
  return (
    <>
      {flagged.total > flagged.plans.length ? (
        <p className="govuk-body">
          {t("coordinator.showing", {
            shown: flagged.plans.length.toLocaleString("en-GB"),
            total: flagged.total.toLocaleString("en-GB"),
          })}
        </p>
      ) : null}
      <Table
        rows={flagged.plans}
        rowKey={(plan) => plan.id}
        columns={[
          familyColumn(t),
          { header: t("plans.list.column.reference"), cell: (plan) => plan.reference },
          { header: t("plans.list.column.status"), cell: (plan) => <PlanStatusTag status={plan.status} /> },
          { header: t("coordinator.column.lead"), cell: (plan) => plan.leadProfessionalName ?? t("plans.plan.noLead") },
          date === "review"
            ? {
                header: t("coordinator.column.reviewDue"),
                cell: (plan) => (plan.nextReviewDue ? formatDate(plan.nextReviewDue) : ""),
              }
            : { header: t("coordinator.column.started"), cell: (plan) => formatDate(plan.startedOn) },
        ]}
      />
    </>
  );
}

export default function Coordinator() {
  const t = usePlanT();
  const view = useLoaderData<typeof loader>();
  return (
    <>
      <h1 className="govuk-heading-l">{t("coordinator.heading")}</h1>
      <div className="govuk-grid-row">
        {[
          { count: view.withoutLead.total, label: t("coordinator.count.withoutLead"), href: "#without-lead" },
          { count: view.reviewOverdue.total, label: t("coordinator.count.reviewOverdue"), href: "#review-overdue" },
          { count: view.stepDownsWaiting, label: t("coordinator.count.stepDowns"), href: earlyHelpPaths.stepDowns() },
          {
            count: view.openTooLong.total,
            label: t("coordinator.count.openTooLong", { months: view.openLongerThanMonths }),
            href: "#open-too-long",
          },
        ].map((tile) => (
          <div key={tile.href} className="govuk-grid-column-one-quarter">
            <p className="govuk-body">
              <a className="govuk-link app-count" href={tile.href}>
                <span className="govuk-heading-xl govuk-!-margin-bottom-1">{tile.count}</span>
                {tile.label}
              </a>
            </p>
          </div>
        ))}
      </div>
      <h2 className="govuk-heading-m" id="without-lead">
        {t("coordinator.withoutLead")}
      </h2>
      <PlanTable flagged={view.withoutLead} date="started" />
      <h2 className="govuk-heading-m" id="review-overdue">
        {t("coordinator.reviewOverdue")}
      </h2>
      <PlanTable flagged={view.reviewOverdue} date="review" />
      <h2 className="govuk-heading-m">{t("coordinator.stepDowns")}</h2>
      <p className="govuk-body">
        {t("coordinator.stepDownsBody", { count: view.stepDownsWaiting, overdue: view.stepDownsOverdue })}{" "}
        <Link className="govuk-link" to={earlyHelpPaths.stepDowns()}>
          {t("coordinator.stepDownsLink")}
        </Link>
      </p>
      <h2 className="govuk-heading-m" id="open-too-long">
        {t("coordinator.openTooLong", { months: view.openLongerThanMonths })}
      </h2>
      <PlanTable flagged={view.openTooLong} date="started" />
    </>
  );
}
