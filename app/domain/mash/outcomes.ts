/**
 * The outcomes a screener can record. Councils name and group them
 * differently, and England's Families First reform replaces some of them, so
 * each council picks or edits a list rather than the code knowing the names.
 * Labels are message keys: the words live in the message catalogue (English
 * and Welsh).
 */

/**
 * What the portal starts after the decision. `early_help_plan` creates or
 * updates a plan with a lead professional; `step_down` hands a family over to
 * the early help service with a summary, for a council that adds such an
 * outcome; `none` starts nothing here (advice given, or the work continues in
 * social care's own system).
 */
type OutcomeFollowOn = "early_help_plan" | "step_down" | "none";

export interface DecisionOutcome {
  /** Stored with every decision and used by rules such as sign-off, so it must never change once used. */
  id: string;
  labelKey: string;
  followOn: OutcomeFollowOn;
  /**
   * The child is accepted for a social care response: when the decision
   * stands, a referral is made for them (the census's and Annex A's
   * referral; table `referrals`). A council adds it to any outcome of its own
   * that counts as a referral.
   */
  createsReferral?: boolean;
}

const nfa = { id: "nfa", labelKey: "outcome.nfa", followOn: "none" } satisfies DecisionOutcome;
const adviceAndSignposting = {
  id: "advice_signposting",
  labelKey: "outcome.adviceSignposting",
  followOn: "none",
} satisfies DecisionOutcome;
const universalServices = {
  id: "universal_services",
  labelKey: "outcome.universalServices",
  followOn: "none",
} satisfies DecisionOutcome;
const alreadyOpen = { id: "already_open", labelKey: "outcome.alreadyOpen", followOn: "none" } satisfies DecisionOutcome;
const lado = { id: "lado", labelKey: "outcome.lado", followOn: "none" } satisfies DecisionOutcome;

export const preReformOutcomes: readonly DecisionOutcome[] = [
  nfa,
  adviceAndSignposting,
  universalServices,
  { id: "early_help_single_agency", labelKey: "outcome.earlyHelpSingleAgency", followOn: "early_help_plan" },
  { id: "early_help_taf", labelKey: "outcome.earlyHelpTaf", followOn: "early_help_plan" },
  {
    id: "social_care_assessment",
    labelKey: "outcome.socialCareAssessment",
    followOn: "none",
    createsReferral: true,
  },
  { id: "strategy_discussion", labelKey: "outcome.strategyDiscussion", followOn: "none", createsReferral: true },
  alreadyOpen,
  lado,
];

/**
 * For councils that have reorganised under Families First: Family Help brings
 * targeted early help and child-in-need work together under a lead
 * practitioner, and child protection enquiries go to the Multi-Agency Child
 * Protection Team.
 */
export const familiesFirstOutcomes: readonly DecisionOutcome[] = [
  nfa,
  adviceAndSignposting,
  universalServices,
  { id: "family_help", labelKey: "outcome.familyHelp", followOn: "early_help_plan" },
  {
    id: "multi_agency_child_protection",
    labelKey: "outcome.multiAgencyChildProtection",
    followOn: "none",
    createsReferral: true,
  },
  alreadyOpen,
  lado,
];
