import { defaultOutcomeFit, outcomesWithoutFit, type OutcomeFitRules } from "~/domain/mash/outcome-fit";
import { preReformOutcomes, type DecisionOutcome } from "~/domain/mash/outcomes";
import {
  createScreeningClock,
  defaultScreeningTimelinessPolicy,
  screeningDueTimes,
  timelinessPolicyProblems,
  writtenConfirmationDueAt,
  type ScreeningDueTimes,
  type ScreeningTimelinessPolicy,
} from "~/domain/mash/policy";
import type { RagRating } from "~/domain/mash/rag";
import { defaultSignOffRule, type SignOffRule } from "~/domain/mash/sign-off";

/**
 * This council's MASH rules: which outcomes a screener chooses from, which
 * levels each outcome fits, which decisions a manager signs off and the
 * screening timescales. A council that has reorganised under Families First
 * swaps in `familiesFirstOutcomes`.
 */
export const mashSettings: {
  outcomes: readonly DecisionOutcome[];
  outcomeFit: OutcomeFitRules;
  signOffRule: SignOffRule;
  timeliness: ScreeningTimelinessPolicy;
} = {
  outcomes: preReformOutcomes,
  outcomeFit: defaultOutcomeFit,
  signOffRule: defaultSignOffRule,
  timeliness: defaultScreeningTimelinessPolicy,
};

const unfitted = outcomesWithoutFit(
  mashSettings.outcomes.map(({ id }) => id),
  mashSettings.outcomeFit,
);
if (unfitted.length > 0) {
  throw new Error(
    `Every outcome needs a rule in app/domain/mash/outcome-fit.ts saying which levels it fits; missing: ${unfitted.join(", ")}`,
  );
}

const policyProblems = timelinessPolicyProblems(mashSettings.timeliness);
if (policyProblems.length > 0) {
  throw new Error(
    `The screening timescales in app/domain/mash/policy.ts cannot be used:\n${policyProblems.join("\n")}`,
  );
}

export const screeningClock = createScreeningClock(mashSettings.timeliness);

/**
 * A contact's deadlines as stored when it arrives, whichever way it arrived
 * (a partner's form, a step-up): nobody has rated it yet, so screening runs
 * on Red's clock.
 */
export function deadlinesOnArrival(receivedAt: Date): ScreeningDueTimes {
  return screeningDueTimes(receivedAt, null, mashSettings.timeliness, screeningClock);
}

/** The screening deadline a RAG rating gives a contact received at `receivedAt`. */
export function screeningDueAtFor(receivedAt: Date, rag: RagRating | null): Date {
  return screeningDueTimes(receivedAt, rag, mashSettings.timeliness, screeningClock).screeningDueAt;
}

/** When a professional's phoned report received at `receivedAt` is to be confirmed in writing. */
export function confirmationDueAtFor(receivedAt: Date): Date {
  return writtenConfirmationDueAt(receivedAt, mashSettings.timeliness, screeningClock);
}
