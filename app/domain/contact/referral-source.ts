import type { OrganisationType } from "~/domain/organisations";
import { referralSourceByOrganisationType, type ReferralSourceCode } from "./census";
import type { ContactChannel, IndividualRelationship, ReferrerKind } from "./channels";

export interface ReferralSourceFacts {
  channel: ContactChannel;
  referrerKind: ReferrerKind;
  /** A named individual's relationship to the child. */
  relationship?: IndividualRelationship | null;
  /** The kind of organisation the professional works for, known or typed by the screener. */
  organisationType?: OrganisationType | null;
  /**
   * A step-up from an early help plan is the lead professional's referral:
   * a school's lead professional makes it a school's (2A), not early help's (5D).
   */
  leadProfessionalOrganisationType?: OrganisationType | null;
}

const sourceByRelationship = {
  family: "1A",
  acquaintance: "1B",
  self: "1C",
  other: "1D",
} as const satisfies Record<IndividualRelationship, ReferralSourceCode>;

/**
 * The census source a contact is recorded with, from what is known about who
 * made it. A screener can correct it (audited); this is the starting point.
 * A police notification is the police's (6) whoever typed it up; an anonymous
 * contact is 9; a named individual is 1A to 1D by their relationship (1D when
 * it was not given); a professional is their organisation's code, or 10
 * (unknown) when the kind of organisation is not known.
 */
export function deriveReferralSource(facts: ReferralSourceFacts): ReferralSourceCode {
  if (facts.channel === "police_notification") return "6";
  switch (facts.referrerKind) {
    case "anonymous":
      return "9";
    case "individual":
      return facts.relationship ? sourceByRelationship[facts.relationship] : "1D";
    case "professional": {
      const type = facts.leadProfessionalOrganisationType ?? facts.organisationType;
      return type ? referralSourceByOrganisationType[type] : "10";
    }
  }
}
