import { preReformOutcomes, type DecisionOutcome } from "~/domain/mash/outcomes";
import {
  createScreeningClock,
  defaultScreeningTimelinessPolicy,
  type ScreeningTimelinessPolicy,
} from "~/domain/mash/policy";
import { defaultSignOffRule, type SignOffRule } from "~/domain/mash/sign-off";

/**
 * This council's MASH rules: which outcomes a screener chooses from, which
 * decisions a manager signs off and the screening timescales. A council that
 * has reorganised under Families First swaps in `familiesFirstOutcomes`.
 */
export const mashSettings: {
  outcomes: readonly DecisionOutcome[];
  signOffRule: SignOffRule;
  timeliness: ScreeningTimelinessPolicy;
} = {
  outcomes: preReformOutcomes,
  signOffRule: defaultSignOffRule,
  timeliness: defaultScreeningTimelinessPolicy,
};

export const screeningClock = createScreeningClock(mashSettings.timeliness);
