import { describe, expect, it } from "vitest";
import { defaultSignOffRule, needsSignOff, type SignOffRule } from "./sign-off";

describe("needsSignOff with the default rule", () => {
  it.each([
    ["every strategy discussion", "strategy_discussion", 4, null, true],
    ["a strategy discussion the referrer rated lower", "strategy_discussion", 4, 2, true],
    ["every referral to the Multi-Agency Child Protection Team", "multi_agency_child_protection", 4, 1, true],
    ["NFA where the referrer suggested level 4", "nfa", 1, 4, true],
    ["NFA where the referrer suggested level 3", "nfa", 1, 3, true],
    ["NFA where the referrer suggested level 2", "nfa", 1, 2, false],
    ["NFA where the referrer suggested level 1", "nfa", 1, 1, false],
    ["NFA where the referrer suggested no level", "nfa", 1, null, false],
    ["a social care assessment", "social_care_assessment", 4, 4, false],
    ["early help where the referrer suggested level 4", "early_help_taf", 3, 4, false],
    ["advice and signposting where the referrer suggested level 3", "advice_signposting", 1, 3, false],
  ] as const)(
    "%s (outcome %s, decided level %s, referrer suggested %s): %s",
    (_description, outcome, decidedLevel, referrerSuggestedLevel, expected) => {
      expect(needsSignOff({ outcome, decidedLevel }, { referrerSuggestedLevel }, defaultSignOffRule)).toBe(expected);
    },
  );
});

describe("needsSignOff with a council's own rule", () => {
  const rule: SignOffRule = {
    alwaysFor: ["lado"],
    whenReferrerSuggestedAtLeast: [
      { outcome: "nfa", level: 2 },
      { outcome: "advice_signposting", level: 4 },
    ],
    whenDecidedBelowReferrerBy: 2,
  };

  it.each([
    ["an outcome it always signs off", "lado", 1, null, true],
    ["a strategy discussion, which it leaves to the screener", "strategy_discussion", 4, 4, false],
    ["NFA where the referrer suggested its lower threshold, level 2", "nfa", 1, 2, true],
    ["advice where the referrer suggested level 4", "advice_signposting", 3, 4, true],
    ["advice where the referrer suggested level 3", "advice_signposting", 2, 3, false],
    ["a decision two levels below the referrer's", "early_help_single_agency", 2, 4, true],
    ["a decision one level below the referrer's", "early_help_taf", 3, 4, false],
    ["a decision above the referrer's", "social_care_assessment", 4, 2, false],
    ["a decision where the referrer suggested no level", "universal_services", 1, null, false],
  ] as const)(
    "%s (outcome %s, decided level %s, referrer suggested %s): %s",
    (_description, outcome, decidedLevel, referrerSuggestedLevel, expected) => {
      expect(needsSignOff({ outcome, decidedLevel }, { referrerSuggestedLevel }, rule)).toBe(expected);
    },
  );
});
