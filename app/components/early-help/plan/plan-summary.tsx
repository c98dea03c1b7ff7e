import { formatDate } from "~/domain/date-format";
import { PlanStatusTag, ReviewStatusTag } from "~/components/early-help/tags";
import { SummaryList, type SummaryRow } from "~/components/govuk/summary-list";
import { closureReasonLabels } from "~/domain/early-help/closure";
import { trendLabels } from "~/domain/early-help/score-trend";
import { planKindLabels } from "~/domain/early-help/terminology";
import type { PlanPage } from "~/services/early-help-plan-page.server";
import { usePlanT } from "../terms";

function LeadProfessional({ lead }: { lead: NonNullable<PlanPage["detail"]["leadProfessional"]> }) {
  return (
    <>
      {lead.name}
      {lead.jobTitle ? `, ${lead.jobTitle}` : ""}
      <br />
      {lead.organisationName}
      <br />
      {lead.email}
      {lead.phone ? (
        <>
          <br />
          {lead.phone}
        </>
      ) : null}
    </>
  );
}

/** The plan at a glance: what kind, who leads it, when it is next reviewed, and how the family is doing. */
export function PlanSummary({ page }: { page: PlanPage }) {
  const t = usePlanT();
  const { detail } = page;
  const { plan } = detail;
  const rows: SummaryRow[] = [
    { key: t("plans.plan.kind"), value: t(planKindLabels[plan.kind]) },
    { key: t("plans.plan.status"), value: <PlanStatusTag status={plan.status} /> },
    { key: t("plans.plan.startedOn"), value: formatDate(plan.startedOn) },
    {
      key: t("plans.plan.lead"),
      value: detail.leadProfessional ? <LeadProfessional lead={detail.leadProfessional} /> : t("plans.plan.noLead"),
    },
    ...(plan.kind === "child_in_need"
      ? [{ key: t("plans.plan.socialWorker"), value: detail.socialWorker?.name ?? t("plans.plan.noSocialWorker") }]
      : []),
    {
      key: t("plans.plan.nextReview"),
      value: page.nextReviewDue ? (
        <>
          {formatDate(page.nextReviewDue)}
          {page.reviewStatus && page.reviewStatus !== "on_track" ? (
            <>
              {" "}
              <ReviewStatusTag status={page.reviewStatus} />
            </>
          ) : null}
        </>
      ) : (
        t("plans.list.noReview")
      ),
    },
    { key: t("plans.plan.trend"), value: t(trendLabels[page.trend]) },
    ...(page.contactReference ? [{ key: t("plans.plan.contact"), value: page.contactReference }] : []),
    ...(plan.concernSummary && plan.origin === "mash_decision"
      ? [{ key: t("plans.plan.concern"), value: <span className="app-preserve-lines">{plan.concernSummary}</span> }]
      : []),
    ...(plan.status === "closed" && plan.closureReason
      ? [
          { key: t("plans.plan.closedOn"), value: plan.closedOn ? formatDate(plan.closedOn) : "" },
          {
            key: t("plans.plan.closureReason"),
            value:
              plan.closureReason === "other" ? plan.closureOtherReason : t(closureReasonLabels[plan.closureReason]),
          },
        ]
      : []),
  ];
  return <SummaryList rows={rows} />;
}
