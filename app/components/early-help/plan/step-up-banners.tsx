import { Link } from "@remix-run/react";
import { formatDateTime } from "~/domain/date-format";
import { NotificationBanner } from "~/components/govuk/notification-banner";
import { isOpen } from "~/domain/early-help/plan-status";
import { familiesFirstOutcomes, preReformOutcomes } from "~/domain/mash/outcomes";
import { earlyHelpPaths } from "~/early-help-paths";
import { isMessageKey } from "~/i18n/messages";
import type { PlanPage } from "~/services/early-help-plan-page.server";
import { usePlanT } from "../terms";

const outcomeLabels = new Map(
  [...preReformOutcomes, ...familiesFirstOutcomes].map((outcome) => [outcome.id, outcome.labelKey]),
);

/** A step-up waiting for the MASH, or the MASH's answer to the latest one, above everything else on the plan. */
export function StepUpBanners({ page }: { page: PlanPage }) {
  const t = usePlanT();
  const { plan } = page.detail;
  const latest = page.detail.stepUps[0];
  if (!latest) return null;
  const reference = page.stepUpReferences[latest.contactId] ?? "";
  if (plan.status === "stepped_up_pending") {
    return (
      <NotificationBanner titleId="step-up-pending-title" heading={t("plans.stepUp.pendingHeading", { reference })}>
        <p className="govuk-body">{t("plans.stepUp.pendingBody", { date: formatDateTime(latest.requestedAt) })}</p>
      </NotificationBanner>
    );
  }
  const outcome = page.stepUpOutcome;
  if (!latest.decision || !outcome) return null;
  return (
    <NotificationBanner
      titleId="step-up-decision-title"
      heading={t(latest.decision === "accepted" ? "plans.stepUp.acceptedHeading" : "plans.stepUp.notAcceptedHeading")}
    >
      <p className="govuk-body">
        {t("plans.stepUp.decidedOn", { reference, date: formatDateTime(outcome.decidedAt) })}
      </p>
      <ul className="govuk-list">
        {outcome.outcomes.map((child) => {
          const labelKey = outcomeLabels.get(child.outcome);
          return (
            <li key={child.childName}>
              {child.childName}: {labelKey && isMessageKey(labelKey) ? t(labelKey) : child.outcome}
            </li>
          );
        })}
      </ul>
      <h3 className="govuk-heading-s">{t("plans.stepUp.feedback")}</h3>
      <p className="govuk-body app-preserve-lines">{outcome.feedback}</p>
      {latest.decision === "accepted" && isOpen(plan) && page.editable ? (
        <p className="govuk-body">
          <Link
            className="govuk-notification-banner__link"
            to={earlyHelpPaths.close(plan.id, "stepped_up_to_social_care")}
          >
            {t("plans.stepUp.closeNow")}
          </Link>
        </p>
      ) : null}
    </NotificationBanner>
  );
}
