import type { AppLoadContext } from "@remix-run/node";
import { can } from "~/auth/permissions";
import type { CurrentUser } from "~/auth/session.server";
import { canRequestStepUp } from "~/domain/early-help/access";
import { chartReviews, planPermissions, planTasks, reviewIsTracked } from "~/domain/early-help/plan-overview";
import { isOpen } from "~/domain/early-help/plan-status";
import { nextReviewDue, reviewStatus } from "~/domain/early-help/reviews";
import { planTrend } from "~/domain/early-help/score-trend";
import { openPlan } from "./early-help-plan-records.server";
import { earlyHelpSettings } from "./early-help-settings.server";
import { contactReferences, stepUpOutcome } from "./early-help-step-ups.server";

/**
 * Everything the plan's own page shows, read-only: the plan (its opening
 * audited as a view of each child), its task list, the review clock and the
 * outcome trend, and the MASH's answer to its latest step-up. The MASH's
 * decision service applies that answer to the plan when it is made, so
 * reading the page never writes.
 */
export async function planPage(
  context: Pick<AppLoadContext, "ipAddress" | "correlationId">,
  user: CurrentUser,
  planId: string | undefined,
  now: Date = new Date(),
) {
  const { detail, access } = await openPlan(context, user, planId, { need: "view", page: "plan" });
  const { plan } = detail;
  const settings = earlyHelpSettings();
  const due = isOpen(plan)
    ? nextReviewDue({ startedOn: plan.startedOn, reviews: detail.reviews }, settings.reviewPolicy)
    : null;
  const status =
    due && reviewIsTracked(plan.status)
      ? reviewStatus(due, now, settings.reviewPolicy, (from, days) => settings.clock.addWorkingDays(from, days))
      : null;
  const chart = chartReviews(plan, detail.reviews, detail.finalScores);
  const latestStepUp = detail.stepUps[0] ?? null;
  const references = await contactReferences(
    [plan.contactId, ...detail.stepUps.map((stepUp) => stepUp.contactId)].filter((id): id is string => id !== null),
  );
  const canAllocate = can(user, "earlyHelp.allocate") && isOpen(plan);
  const canStepUp = access === "edit" && canRequestStepUp(user, { leadProfessionalId: plan.leadProfessionalId });
  return {
    detail,
    access,
    ...planPermissions({ plan, access }),
    tasks: planTasks({
      plan,
      access,
      counts: {
        children: detail.children.length,
        team: detail.team.length,
        goals: detail.goals.length,
        reviews: detail.reviews.length,
      },
      leadName: detail.leadProfessional?.name ?? null,
      reviewStatus: status,
      canAllocate,
      canStepUp,
    }),
    chartReviews: chart,
    nextReviewDue: due,
    reviewStatus: status,
    trend: planTrend(detail.goals, chart),
    contactReference: plan.contactId ? (references.get(plan.contactId) ?? null) : null,
    stepUpReferences: Object.fromEntries(references),
    stepUpOutcome: latestStepUp?.decision ? await stepUpOutcome(latestStepUp.contactId) : undefined,
  };
}

export type PlanPage = Awaited<ReturnType<typeof planPage>>;
