/**
 * Which screening decisions a MASH manager must approve before they stand.
 * Councils draw the line in different places, so the rule is data; the
 * defaults cover the decisions that most need a second pair of eyes: starting
 * child protection enquiries, and closing a contact the referrer put at a
 * targeted or specialist level (3 or 4) with an outcome that answers a lower
 * level (no further action, advice, universal services, early help below the
 * referrer's level).
 */
export interface SignOffRule {
  /** Outcome ids a manager always signs off. */
  alwaysFor: readonly string[];
  /**
   * When the referrer put the contact at this level or above, a manager signs
   * off any outcome that answers a lower level than theirs (the level each
   * outcome answers is in `outcome-fit.ts`); `null` turns it off.
   */
  whenOutcomeBelowReferrerFrom: number | null;
  /** Outcome ids a manager signs off when the referrer suggested at least `level`, whatever the outcome answers. */
  whenReferrerSuggestedAtLeast: readonly { outcome: string; level: number }[];
  /**
   * Sign off any decision this many levels or more below the referrer's
   * suggestion, for councils that want every sharp disagreement reviewed
   * before the referrer is told; `null` turns it off.
   */
  whenDecidedBelowReferrerBy: number | null;
}

export const defaultSignOffRule: SignOffRule = {
  alwaysFor: ["strategy_discussion", "multi_agency_child_protection"],
  whenOutcomeBelowReferrerFrom: 3,
  whenReferrerSuggestedAtLeast: [],
  whenDecidedBelowReferrerBy: null,
};

export interface SignOffDecision {
  outcome: string;
  decidedLevel: number;
}

export interface SignOffContext {
  /** The referrer may not have suggested a level (a contact phoned in and typed up by the MASH). */
  referrerSuggestedLevel: number | null;
  /** The level the decision's outcome answers (`levelAnswered`); null for outcomes that answer none. */
  outcomeAnswersLevel: number | null;
}

export function needsSignOff(decision: SignOffDecision, context: SignOffContext, rule: SignOffRule): boolean {
  if (rule.alwaysFor.includes(decision.outcome)) return true;
  const suggested = context.referrerSuggestedLevel;
  if (suggested === null) return false;
  const closedBelowReferrer =
    rule.whenOutcomeBelowReferrerFrom !== null &&
    suggested >= rule.whenOutcomeBelowReferrerFrom &&
    context.outcomeAnswersLevel !== null &&
    context.outcomeAnswersLevel < suggested;
  const referrerJudgedHigher = rule.whenReferrerSuggestedAtLeast.some(
    ({ outcome, level }) => outcome === decision.outcome && suggested >= level,
  );
  const sharpDisagreement =
    rule.whenDecidedBelowReferrerBy !== null && suggested - decision.decidedLevel >= rule.whenDecidedBelowReferrerBy;
  return closedBelowReferrer || referrerJudgedHigher || sharpDisagreement;
}
