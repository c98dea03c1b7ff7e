import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/authorise.server";
import { can } from "~/auth/permissions";
import { formatDate } from "~/domain/date-format";
import { PlanStatusTag, ReviewStatusTag } from "~/components/early-help/tags";
import { usePlanT } from "~/components/early-help/terms";
import { ButtonGroup } from "~/components/govuk/button";
import { familyColumn } from "~/components/early-help/plan-columns";
import { Pagination } from "~/components/govuk/pagination";
import { Table } from "~/components/govuk/table";
import { trendLabels } from "~/domain/early-help/score-trend";
import { earlyHelpPaths } from "~/early-help-paths";
import { pageTitle } from "~/i18n/page-title";
import { pageRequest } from "~/lists/pages";
import { auditActor, recordView } from "~/services/audit.server";
import { plansFor, plansPageSize, type PlanRole } from "~/services/early-help-lists.server";

export const meta: MetaFunction = () => [{ title: pageTitle("plans.list.title") }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "earlyHelp.viewOwnPlans", { context });
  const plans = await plansFor(user, pageRequest(request.url, plansPageSize));
  await recordView(auditActor(context, user), {
    action: "earlyHelp.plans.listed",
    details: { count: plans.items.length, page: plans.page },
  });
  return {
    plans,
    firstNumber: (plans.page - 1) * plansPageSize + 1,
    canStart: user.role !== "social_worker",
    isManager: can(user, "earlyHelp.allocate"),
  };
}

const roleLabels = {
  lead: "plans.list.role.lead",
  socialWorker: "plans.list.role.socialWorker",
  team: "plans.list.role.team",
} as const satisfies Record<PlanRole, string>;

export default function EarlyHelpPlans() {
  const t = usePlanT();
  const { plans, firstNumber, canStart, isManager } = useLoaderData<typeof loader>();
  return (
    <>
      <h1 className="govuk-heading-l">{t("plans.list.heading")}</h1>
      <p className="govuk-body">{t("plans.list.lead")}</p>
      <ButtonGroup>
        {canStart ? (
          <Link to={earlyHelpPaths.newPlan()} className="govuk-button" data-module="govuk-button">
            {t("plans.list.start")}
          </Link>
        ) : null}
        {isManager ? (
          <>
            <Link to={earlyHelpPaths.coordinator()} className="govuk-link">
              {t("plans.list.coordinator")}
            </Link>
            <Link to={earlyHelpPaths.stepDowns()} className="govuk-link">
              {t("plans.list.stepDowns")}
            </Link>
          </>
        ) : null}
      </ButtonGroup>
      {plans.total === 0 ? (
        <p className="govuk-body">{t("plans.list.none")}</p>
      ) : (
        <>
          <Table
            caption={
              plans.pageCount === 1
                ? t("plans.list.caption")
                : t("plans.list.captionPage", {
                    from: firstNumber.toLocaleString("en-GB"),
                    to: (firstNumber + plans.items.length - 1).toLocaleString("en-GB"),
                    count: plans.total.toLocaleString("en-GB"),
                  })
            }
            rows={plans.items}
            rowKey={(plan) => plan.id}
            columns={[
              familyColumn(t),
              { header: t("plans.list.column.reference"), cell: (plan) => plan.reference },
              { header: t("plans.list.column.role"), cell: (plan) => t(roleLabels[plan.role]) },
              { header: t("plans.list.column.status"), cell: (plan) => <PlanStatusTag status={plan.status} /> },
              {
                header: t("plans.list.column.nextReview"),
                cell: (plan) =>
                  plan.nextReviewDue ? (
                    <>
                      {formatDate(plan.nextReviewDue)}
                      {plan.reviewStatus && plan.reviewStatus !== "on_track" ? (
                        <>
                          <br />
                          <ReviewStatusTag status={plan.reviewStatus} />
                        </>
                      ) : null}
                    </>
                  ) : (
                    t("plans.list.noReview")
                  ),
              },
              { header: t("plans.list.column.trend"), cell: (plan) => t(trendLabels[plan.trend]) },
            ]}
          />
          <Pagination page={plans.page} pageCount={plans.pageCount} />
        </>
      )}
    </>
  );
}
