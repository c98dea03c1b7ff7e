import { closureReasonLabels, type ClosureReason } from "~/domain/early-help/closure";
import { planStatusLabels, type PlanStatus } from "~/domain/early-help/plan-status";
import { type Translate } from "~/i18n/messages";
import type { Dashboard } from "./reports.server";
import { figure, labels, type FigureSection } from "./report-figure-table.server";

/** Early help's figures as tables and charts. */
export function earlyHelpSection(earlyHelp: Dashboard["earlyHelp"], t: Translate): FigureSection {
  const { label, bars, count } = labels(t);
  const openPlans = earlyHelp.openPlans.map((row) => [
    label(planStatusLabels[row.status as PlanStatus] ?? "", row.status),
    row.count,
  ]);
  const plansWork = [
    [t("reports.earlyHelp.reviewsHeld"), earlyHelp.reviews.held],
    [t("reports.earlyHelp.reviewsOnTime"), earlyHelp.reviews.onTime],
    [t("reports.earlyHelp.goalsImproved"), earlyHelp.goals.improved],
    [t("reports.earlyHelp.goalsSame"), earlyHelp.goals.same],
    [t("reports.earlyHelp.goalsWorse"), earlyHelp.goals.worse],
    [t("reports.earlyHelp.averageChange"), earlyHelp.goals.averageChange ?? ""],
  ];
  const closures = earlyHelp.closures.map((row) => [
    label(closureReasonLabels[row.reason as ClosureReason] ?? "", row.reason),
    row.count,
  ]);
  const steps = [
    [t("reports.earlyHelp.steps.made"), earlyHelp.stepUps.requested, earlyHelp.stepDowns.sent],
    [t("reports.earlyHelp.steps.accepted"), earlyHelp.stepUps.accepted, earlyHelp.stepDowns.accepted],
    [t("reports.earlyHelp.steps.refused"), earlyHelp.stepUps.notAccepted, earlyHelp.stepDowns.returned],
    [t("reports.earlyHelp.steps.waiting"), earlyHelp.stepUps.waiting, earlyHelp.stepDowns.waiting],
    [
      t("reports.earlyHelp.steps.medianHours"),
      earlyHelp.stepUps.medianHoursToDecision ?? "",
      earlyHelp.stepDowns.medianHoursToAcceptance ?? "",
    ],
  ];
  return {
    id: "early-help",
    heading: t("reports.section.earlyHelp"),
    figures: [
      figure(
        "open-plans",
        t("reports.figure.openPlans"),
        [t("reports.column.status"), count],
        openPlans,
        bars(openPlans, 1),
      ),
      figure(
        "reviews-and-goals",
        t("reports.figure.reviewsAndGoals"),
        [t("reports.column.measure"), count],
        plansWork,
        bars(plansWork.slice(0, 5), 1),
      ),
      figure(
        "closures",
        t("reports.figure.closures"),
        [t("reports.column.reason"), count],
        closures,
        bars(closures, 1),
      ),
      figure(
        "step-ups-and-downs",
        t("reports.figure.steps"),
        [t("reports.column.measure"), t("reports.column.stepUps"), t("reports.column.stepDowns")],
        steps,
        null,
      ),
    ],
  };
}
