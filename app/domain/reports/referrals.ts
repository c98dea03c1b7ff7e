/**
 * Until the front door keeps a referral record of its own, a child's
 * outcome that starts a social care response is what makes the contact a
 * referral: an assessment, a strategy discussion, or (after the Families
 * First reform) the multi-agency child protection team.
 */
export const referralOutcomeIds = ["social_care_assessment", "strategy_discussion", "multi_agency_child_protection"];

/** The outcome that closes a contact with no further action. */
export const nfaOutcomeId = "nfa";

/** Earlier contacts and referrals count as repeats for this many months, as the census counts re-referrals. */
export const repeatMonths = 12;
