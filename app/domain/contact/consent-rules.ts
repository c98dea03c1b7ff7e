/**
 * What the law asks of a family's agreement, by the response the referrer
 * thinks the child needs (Working Together 2023; the Children Act 1989):
 *
 * - early help rests on the family's informed consent;
 * - a child-in-need referral (section 17) needs the parents' agreement,
 *   unless the concern is that the child is suffering, or likely to suffer,
 *   significant harm (section 47), when it does not;
 * - either way the record says whether the family know, and if not why; and
 *   where they have not agreed, why the referrer goes ahead and what the
 *   family object to.
 *
 * A level of the threshold document that says `consentRequired` is an early
 * help level; one that does not is statutory, where the referrer says whether
 * the concern is significant harm.
 */
export type ConsentRule = "familyConsent" | "agreementUnlessSignificantHarm";

export function consentRuleFor(level: { consentRequired: boolean }): ConsentRule {
  return level.consentRequired ? "familyConsent" : "agreementUnlessSignificantHarm";
}

export type YesNo = "yes" | "no";

/** What has to be asked of the family: consent (early help), agreement (section 17), or nothing (section 47). */
export type AgreementNeeded = "familyConsent" | "parentalAgreement" | "none";

export function agreementNeeded(rule: ConsentRule, significantHarm: YesNo | undefined): AgreementNeeded {
  if (rule === "familyConsent") return "familyConsent";
  return significantHarm === "yes" ? "none" : "parentalAgreement";
}

/** The consent page's answers, as saved on the contact. */
export type ConsentAnswers =
  | { familyAware: "no"; familyUnawareReason: string; significantHarm?: YesNo }
  | { familyAware: "yes"; significantHarm?: YesNo }
  | { familyAware: "yes"; significantHarm?: YesNo; familyConsented: "yes" }
  | {
      familyAware: "yes";
      significantHarm?: YesNo;
      familyConsented: "no";
      noConsentReason: string;
      /** What the family object to; contacts made before it was asked have none. */
      familyObjections?: string;
    };

/**
 * Where the family's agreement stands, for the screener at a glance:
 * agreed; not needed because the referrer reports significant harm; not
 * agreed (with their objections recorded); not told (with why); or not asked
 * (a statutory contact made before the question, or a step-up).
 */
export type ConsentStanding = "agreed" | "notNeededSignificantHarm" | "notAgreed" | "familyUnaware" | "notAsked";

export function consentStanding(answers: ConsentAnswers): ConsentStanding {
  if (answers.familyAware === "no") return "familyUnaware";
  if ("familyConsented" in answers) return answers.familyConsented === "yes" ? "agreed" : "notAgreed";
  return answers.significantHarm === "yes" ? "notNeededSignificantHarm" : "notAsked";
}
