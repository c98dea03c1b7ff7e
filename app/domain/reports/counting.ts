/** The outcome that closes a contact with no further action at the front door. */
export const nfaOutcomeId = "nfa";

/** Earlier contacts count as repeats for this many months, as the census counts re-referrals. */
export const repeatMonths = 12;
