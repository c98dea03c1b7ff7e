/**
 * How each outcome fits the levels of need. A strategy discussion for a child
 * at level 1, or no further action for a child the screener places at level 4
 * with nothing said about why, is a decision that does not hold together: it
 * is refused on the decision page. The rules are data, keyed by outcome id,
 * for the levels of the council's threshold document (Northmoor's four here);
 * a council with other levels or outcomes edits this table.
 */
export interface OutcomeFit {
  /**
   * The highest level of need the outcome answers. Closing a contact with an
   * outcome that answers a lower level than the referrer put the contact at
   * (advice for a child they judged at level 4) is what a manager signs off
   * (`sign-off.ts`). `null` for outcomes that answer no particular level: the
   * case is already open, or the concern is about an adult (LADO).
   */
  answersLevel: number | null;
  /** The only levels the outcome may be recorded at; any level when absent. */
  onlyAtLevels?: readonly number[];
  /** Levels at which the outcome may be recorded only with a reason saying why it is right there. */
  reasonAtLevels?: readonly number[];
}

export type OutcomeFitRules = Readonly<Record<string, OutcomeFit>>;

/** For the outcomes in `outcomes.ts`, before and after the Families First reform. */
export const defaultOutcomeFit: OutcomeFitRules = {
  nfa: { answersLevel: 1, reasonAtLevels: [3, 4] },
  advice_signposting: { answersLevel: 1, reasonAtLevels: [4] },
  universal_services: { answersLevel: 1, reasonAtLevels: [4] },
  early_help_single_agency: { answersLevel: 2 },
  early_help_taf: { answersLevel: 3 },
  family_help: { answersLevel: 3 },
  social_care_assessment: { answersLevel: 4, onlyAtLevels: [3, 4] },
  strategy_discussion: { answersLevel: 4, onlyAtLevels: [4] },
  multi_agency_child_protection: { answersLevel: 4, onlyAtLevels: [4] },
  already_open: { answersLevel: null },
  lado: { answersLevel: null },
};

export type OutcomeFitProblem =
  { kind: "notAtLevel"; onlyAtLevels: readonly number[] } | { kind: "reasonNeeded"; reasonAtLevels: readonly number[] };

/** What is wrong with recording `outcome` at `decidedLevel`, or null when they fit. An outcome with no rule fits any level. */
export function outcomeFitProblem(
  decision: { outcome: string; decidedLevel: number },
  reason: string | null | undefined,
  rules: OutcomeFitRules,
): OutcomeFitProblem | null {
  const fit = rules[decision.outcome];
  if (!fit) return null;
  if (fit.onlyAtLevels && !fit.onlyAtLevels.includes(decision.decidedLevel)) {
    return { kind: "notAtLevel", onlyAtLevels: fit.onlyAtLevels };
  }
  if (fit.reasonAtLevels?.includes(decision.decidedLevel) && !reason?.trim()) {
    return { kind: "reasonNeeded", reasonAtLevels: fit.reasonAtLevels };
  }
  return null;
}

/** The level an outcome answers, for the sign-off rule; null when it answers none or has no rule. */
export function levelAnswered(outcome: string, rules: OutcomeFitRules): number | null {
  return rules[outcome]?.answersLevel ?? null;
}

/** Outcome ids that every outcome list must have a fit for, so a council adding an outcome writes its rule too. */
export function outcomesWithoutFit(outcomeIds: readonly string[], rules: OutcomeFitRules): string[] {
  return outcomeIds.filter((id) => !Object.hasOwn(rules, id));
}
