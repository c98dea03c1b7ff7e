import { Link } from "@remix-run/react";
import { formatDate } from "~/domain/date-format";
import { SummaryCard, SummaryList } from "~/components/govuk/summary-list";
import { consentPurposeLabels } from "~/domain/early-help/consent";
import { earlyHelpPaths } from "~/early-help-paths";
import type { PlanPage } from "~/services/early-help-plan-page.server";
import { usePlanT } from "../terms";

const lines = (text: string) => <span className="app-preserve-lines">{text}</span>;

/** The handover from social care, when the plan began as a step-down. */
export function StepDownHandover({ page }: { page: PlanPage }) {
  const t = usePlanT();
  const { stepDown } = page.detail;
  if (!stepDown) return null;
  return (
    <SummaryCard title={t("plans.plan.handoverHeading", { reference: stepDown.reference })}>
      <SummaryList
        rows={[
          { key: t("stepDowns.field.handoverSummary"), value: lines(stepDown.handoverSummary) },
          { key: t("stepDowns.field.currentRisks"), value: lines(stepDown.currentRisks) },
          { key: t("stepDowns.field.mustContinue"), value: lines(stepDown.mustContinue) },
          {
            key: t("stepDowns.field.transitionMeeting"),
            value: stepDown.transitionMeetingOn ? formatDate(stepDown.transitionMeetingOn) : "",
          },
        ]}
      />
    </SummaryCard>
  );
}

/** Who gave consent, to what, and any withdrawal. */
export function ConsentCard({ page }: { page: PlanPage }) {
  const t = usePlanT();
  const { plan } = page.detail;
  const consent = plan.consent;
  if (!consent) return null;
  return (
    <SummaryCard
      title={t("plans.consent.heading")}
      actions={
        page.editable && consent.withdrawal === null ? (
          <Link className="govuk-link" to={earlyHelpPaths.withdrawConsent(plan.id)}>
            {t("plans.consent.withdrawLink")}
          </Link>
        ) : undefined
      }
    >
      <SummaryList
        rows={[
          { key: t("plans.consent.givenBy"), value: `${consent.givenBy.name} (${consent.givenBy.relationship})` },
          { key: t("plans.consent.givenOnLabel"), value: formatDate(consent.givenOn) },
          {
            key: t("plans.consent.purposesLabel"),
            value: (
              <ul className="govuk-list">
                {consent.purposes.map((purpose) => (
                  <li key={purpose}>{t(consentPurposeLabels[purpose])}</li>
                ))}
              </ul>
            ),
          },
          ...(consent.withdrawal
            ? [
                {
                  key: t("plans.consent.withdrawnLabel"),
                  value: `${consent.withdrawal.by.name} (${consent.withdrawal.by.relationship}), ${formatDate(consent.withdrawal.on)}`,
                },
              ]
            : []),
        ]}
      />
    </SummaryCard>
  );
}

/** The family's assessment: strengths and needs in each domain, and the family's and child's own words. */
export function AssessmentCard({ page }: { page: PlanPage }) {
  const t = usePlanT();
  const { assessment } = page.detail.plan;
  if (!assessment) return null;
  return (
    <SummaryCard title={t("plans.assessment.heading")}>
      <SummaryList
        rows={[
          ...assessment.domains.flatMap((domain) => [
            { key: t("plans.assessment.strengthsIn", { domain: domain.domainName }), value: lines(domain.strengths) },
            { key: t("plans.assessment.needsIn", { domain: domain.domainName }), value: lines(domain.needs) },
          ]),
          { key: t("plans.assessment.familyView"), value: lines(assessment.familyView) },
          { key: t("plans.assessment.childVoice"), value: lines(assessment.childVoice) },
        ]}
      />
    </SummaryCard>
  );
}
