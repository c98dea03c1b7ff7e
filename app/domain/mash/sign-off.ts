/**
 * Which screening decisions a MASH manager must approve before they stand.
 * Councils draw the line in different places, so the rule is data; the
 * defaults cover the decisions that most need a second pair of eyes: starting
 * child protection enquiries, and closing a contact the referrer judged to
 * need a targeted or specialist service.
 */
export interface SignOffRule {
  /** Outcome ids a manager always signs off. */
  alwaysFor: readonly string[];
  /** Outcome ids a manager signs off when the referrer suggested at least `level`. */
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
  whenReferrerSuggestedAtLeast: [{ outcome: "nfa", level: 3 }],
  whenDecidedBelowReferrerBy: null,
};

export interface SignOffDecision {
  outcome: string;
  decidedLevel: number;
}

/** The referrer may not have suggested a level (a contact phoned in and typed up by the MASH). */
export interface SignOffContext {
  referrerSuggestedLevel: number | null;
}

export function needsSignOff(decision: SignOffDecision, context: SignOffContext, rule: SignOffRule): boolean {
  if (rule.alwaysFor.includes(decision.outcome)) return true;
  const suggested = context.referrerSuggestedLevel;
  if (suggested === null) return false;
  const referrerJudgedHigher = rule.whenReferrerSuggestedAtLeast.some(
    ({ outcome, level }) => outcome === decision.outcome && suggested >= level,
  );
  const sharpDisagreement =
    rule.whenDecidedBelowReferrerBy !== null && suggested - decision.decidedLevel >= rule.whenDecidedBelowReferrerBy;
  return referrerJudgedHigher || sharpDisagreement;
}
