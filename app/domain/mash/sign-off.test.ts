import { describe, expect, it } from "vitest";
import { defaultOutcomeFit, levelAnswered } from "./outcome-fit";
import { defaultSignOffRule, needsSignOff, type SignOffRule } from "./sign-off";

const signOff = (outcome: string, decidedLevel: number, referrerSuggestedLevel: number | null, rule: SignOffRule) =>
  needsSignOff(
    { outcome, decidedLevel },
    { referrerSuggestedLevel, outcomeAnswersLevel: levelAnswered(outcome, defaultOutcomeFit) },
    rule,
  );

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
    ["advice and signposting where the referrer suggested level 3", "advice_signposting", 1, 3, true],
    ["advice and signposting where the referrer suggested level 4", "advice_signposting", 2, 4, true],
    ["advice and signposting where the referrer suggested level 2", "advice_signposting", 1, 2, false],
    ["universal services where the referrer suggested level 3", "universal_services", 1, 3, true],
    ["universal services where the referrer suggested level 4", "universal_services", 1, 4, true],
    ["single-agency early help where the referrer suggested level 3", "early_help_single_agency", 2, 3, true],
    ["early help with a team around the family where the referrer suggested level 4", "early_help_taf", 3, 4, true],
    ["Family Help where the referrer suggested level 4", "family_help", 3, 4, true],
    // Early help with a team around the family is the level 3 response: it does not close the contact below the referrer.
    ["early help with a team around the family where the referrer suggested level 3", "early_help_taf", 3, 3, false],
    ["single-agency early help where the referrer suggested level 2", "early_help_single_agency", 2, 2, false],
    ["a social care assessment where the referrer suggested level 4", "social_care_assessment", 4, 4, false],
    ["already open where the referrer suggested level 4", "already_open", 4, 4, false],
    ["a referral to the LADO where the referrer suggested level 4", "lado", 4, 4, false],
  ] as const)(
    "%s (outcome %s, decided level %s, referrer suggested %s): %s",
    (_description, outcome, decidedLevel, referrerSuggestedLevel, expected) => {
      expect(signOff(outcome, decidedLevel, referrerSuggestedLevel, defaultSignOffRule)).toBe(expected);
    },
  );
});

describe("needsSignOff with a council's own rule", () => {
  const rule: SignOffRule = {
    alwaysFor: ["lado"],
    whenOutcomeBelowReferrerFrom: null,
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
      expect(signOff(outcome, decidedLevel, referrerSuggestedLevel, rule)).toBe(expected);
    },
  );

  it("signs off closing below the referrer from the level it chooses", () => {
    const fromLevel2 = { ...defaultSignOffRule, whenOutcomeBelowReferrerFrom: 2 };
    expect(signOff("universal_services", 1, 2, fromLevel2)).toBe(true);
    expect(signOff("universal_services", 1, 2, defaultSignOffRule)).toBe(false);
  });
});
