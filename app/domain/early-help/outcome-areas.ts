import type { EarlyHelpMessageKey } from "./validation";

/**
 * The ten headline outcomes of the national Supporting Families outcome
 * framework. Tagging goals with them lets a council report progress in the
 * framework's terms without recoding plans.
 */
export const outcomeAreas = [
  "education",
  "early_years",
  "health",
  "substance_use",
  "family_relationships",
  "safe_from_abuse_and_exploitation",
  "crime",
  "domestic_abuse",
  "housing",
  "financial_stability",
] as const;
export type OutcomeArea = (typeof outcomeAreas)[number];

export const outcomeAreaLabels = {
  education: "earlyHelp.outcomeArea.education",
  early_years: "earlyHelp.outcomeArea.earlyYears",
  health: "earlyHelp.outcomeArea.health",
  substance_use: "earlyHelp.outcomeArea.substanceUse",
  family_relationships: "earlyHelp.outcomeArea.familyRelationships",
  safe_from_abuse_and_exploitation: "earlyHelp.outcomeArea.safeFromAbuseAndExploitation",
  crime: "earlyHelp.outcomeArea.crime",
  domestic_abuse: "earlyHelp.outcomeArea.domesticAbuse",
  housing: "earlyHelp.outcomeArea.housing",
  financial_stability: "earlyHelp.outcomeArea.financialStability",
} as const satisfies Record<OutcomeArea, EarlyHelpMessageKey>;
