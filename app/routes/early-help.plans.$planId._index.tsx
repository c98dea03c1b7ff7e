import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { requirePermission } from "~/auth/authorise.server";
import { formatDate } from "~/domain/date-format";
import { GoalsSection } from "~/components/early-help/plan/goals-section";
import { PeopleSection } from "~/components/early-help/plan/people-section";
import { PlanSummary } from "~/components/early-help/plan/plan-summary";
import { PlanTaskList } from "~/components/early-help/plan/plan-tasks";
import { AssessmentCard, ConsentCard, StepDownHandover } from "~/components/early-help/plan/records-section";
import { ReviewsSection } from "~/components/early-help/plan/reviews-section";
import { StepUpBanners } from "~/components/early-help/plan/step-up-banners";
import { PlanHeading } from "~/components/early-help/plan-heading";
import { usePlanT } from "~/components/early-help/terms";
import { NotificationBanner } from "~/components/govuk/notification-banner";
import { WarningText } from "~/components/govuk/warning-text";
import { childName } from "~/domain/early-help/child-name";
import { isOpen } from "~/domain/early-help/plan-status";
import { earlyHelpPaths } from "~/early-help-paths";
import { pageTitle } from "~/i18n/page-title";
import { planPage } from "~/services/early-help-plan-page.server";

export const meta: MetaFunction = () => [{ title: pageTitle("plans.plan.title") }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "earlyHelp.viewOwnPlans", { context });
  return planPage(context, user, params.planId);
}

export default function PlanPage() {
  const t = usePlanT();
  const page = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const { plan } = page.detail;
  const consent = plan.consent;
  return (
    <>
      {searchParams.get("done") ? <NotificationBanner type="success" heading={t("plans.plan.saved")} /> : null}
      <StepUpBanners page={page} />
      <PlanHeading reference={plan.reference} childNames={page.detail.children.map(childName)} />

      {page.editable && consent === null ? (
        <WarningText assistiveText={t("plans.warning")}>{t("plans.plan.consentMissing")}</WarningText>
      ) : null}
      {consent?.withdrawal && isOpen(plan) ? (
        <WarningText assistiveText={t("plans.warning")}>
          {t("plans.plan.consentWithdrawn", {
            name: consent.withdrawal.by.name,
            date: formatDate(consent.withdrawal.on),
          })}
        </WarningText>
      ) : null}

      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <PlanSummary page={page} />
        </div>
      </div>

      {page.access === "edit" ? (
        <>
          <h2 className="govuk-heading-m">{t("plans.plan.tasksHeading")}</h2>
          <PlanTaskList planId={plan.id} tasks={page.tasks} />
        </>
      ) : null}

      <StepDownHandover page={page} />
      <GoalsSection page={page} />
      <ReviewsSection page={page} />
      <PeopleSection page={page} />
      <ConsentCard page={page} />
      <AssessmentCard page={page} />
      <p className="govuk-body">
        <Link className="govuk-link" to={earlyHelpPaths.plans()}>
          {t("plans.backToList")}
        </Link>
      </p>
    </>
  );
}
