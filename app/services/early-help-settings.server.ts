import { config } from "~/config.server";
import type { CoordinatorPolicy } from "~/domain/early-help/coordinator";
import type { ReviewPolicy } from "~/domain/early-help/reviews";
import type { StepDownPolicy } from "~/domain/early-help/step-down";
import type { PlanModelConfig } from "~/domain/early-help/terminology";
import { createScreeningClock, defaultScreeningTimelinessPolicy } from "~/domain/mash/policy";
import type { WorkingDayClock } from "~/domain/working-days";

export interface EarlyHelpSettings {
  model: PlanModelConfig;
  reviewPolicy: ReviewPolicy;
  coordinatorPolicy: CoordinatorPolicy;
  stepDownPolicy: StepDownPolicy;
  /** The council's working days (England and Wales bank holidays, the MASH's office hours). */
  clock: WorkingDayClock;
}

let cached: EarlyHelpSettings | undefined;

/** This council's early help rules, from the environment (see `app/config.server.ts`). */
export function earlyHelpSettings(): EarlyHelpSettings {
  if (cached) return cached;
  const settings = config();
  cached = {
    model:
      settings.EARLY_HELP_VOCABULARY === "family_help"
        ? { vocabulary: "family_help", childInNeedPlans: settings.EARLY_HELP_CHILD_IN_NEED_PLANS }
        : { vocabulary: "early_help" },
    reviewPolicy: {
      intervalWeeks: settings.EARLY_HELP_REVIEW_INTERVAL_WEEKS,
      dueSoonWorkingDays: settings.EARLY_HELP_REVIEW_DUE_SOON_WORKING_DAYS,
    },
    coordinatorPolicy: { openLongerThanMonths: settings.EARLY_HELP_OPEN_LONGER_THAN_MONTHS },
    stepDownPolicy: { responseWorkingDays: settings.STEP_DOWN_RESPONSE_WORKING_DAYS },
    clock: createScreeningClock(defaultScreeningTimelinessPolicy),
  };
  return cached;
}

/** The kind of plan a new plan gets: the council's own name for targeted early help. */
export function defaultPlanKind(): "early_help" | "family_help" {
  return earlyHelpSettings().model.vocabulary === "family_help" ? "family_help" : "early_help";
}
