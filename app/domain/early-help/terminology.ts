import type { EarlyHelpMessageKey } from "./validation";

/**
 * Councils that have adopted the Families First reforms call the same work by
 * different names. The model is one; only the words change, so the words are
 * message keys chosen by configuration.
 */
export type Vocabulary = "early_help" | "family_help";

/**
 * The `…Capitalised` keys begin a sentence or heading. They exist because
 * "Family Help" keeps its capitals mid-sentence and "early help" does not, so
 * callers cannot capitalise a term themselves.
 */
export interface Terminology {
  plan: "earlyHelp.term.plan.earlyHelp" | "earlyHelp.term.plan.familyHelp";
  planCapitalised: "earlyHelp.term.planCapitalised.earlyHelp" | "earlyHelp.term.planCapitalised.familyHelp";
  leadProfessional: "earlyHelp.term.leadProfessional.earlyHelp" | "earlyHelp.term.leadProfessional.familyHelp";
  leadProfessionalCapitalised:
    "earlyHelp.term.leadProfessionalCapitalised.earlyHelp" | "earlyHelp.term.leadProfessionalCapitalised.familyHelp";
}

const terminologies = {
  early_help: {
    plan: "earlyHelp.term.plan.earlyHelp",
    planCapitalised: "earlyHelp.term.planCapitalised.earlyHelp",
    leadProfessional: "earlyHelp.term.leadProfessional.earlyHelp",
    leadProfessionalCapitalised: "earlyHelp.term.leadProfessionalCapitalised.earlyHelp",
  },
  family_help: {
    plan: "earlyHelp.term.plan.familyHelp",
    planCapitalised: "earlyHelp.term.planCapitalised.familyHelp",
    leadProfessional: "earlyHelp.term.leadProfessional.familyHelp",
    leadProfessionalCapitalised: "earlyHelp.term.leadProfessionalCapitalised.familyHelp",
  },
} as const satisfies Record<Vocabulary, Terminology>;

/**
 * Only a council using the Family Help vocabulary can run child in need plans
 * here: before the reforms, section 17 work lives in the social care system.
 */
export type PlanModelConfig = { vocabulary: "early_help" } | { vocabulary: "family_help"; childInNeedPlans: boolean };

export const planKinds = ["early_help", "family_help", "child_in_need"] as const;
export type PlanKind = (typeof planKinds)[number];

export const planKindLabels = {
  early_help: "earlyHelp.planKind.earlyHelp",
  family_help: "earlyHelp.planKind.familyHelp",
  child_in_need: "earlyHelp.planKind.childInNeed",
} as const satisfies Record<PlanKind, EarlyHelpMessageKey>;

/** Section 17 work stays statutory, so a social worker works alongside the lead practitioner. */
export function needsSocialWorker(kind: PlanKind): boolean {
  return kind === "child_in_need";
}

/**
 * Messages that name the plan or the lead professional carry `{plan}` or
 * `{leadProfessional}` placeholders; fill them with the translated terms from here.
 */
export function terminology(config: PlanModelConfig): Terminology {
  return terminologies[config.vocabulary];
}

export function availablePlanKinds(config: PlanModelConfig): PlanKind[] {
  if (config.vocabulary === "early_help") return ["early_help"];
  return config.childInNeedPlans ? ["family_help", "child_in_need"] : ["family_help"];
}
