/**
 * A child the council already knows, flagged in the MASH queue and at the top
 * of the screening page before anyone links them, so that a screener sees
 * "known" before choosing what to open first. Known means any of:
 *
 * - a strong match to a person record (the same NHS number with the same name
 *   or date of birth, or the same name and date of birth; on the screening
 *   page, any candidate the matcher ranks strong), or the record already linked;
 * - that person on an early help plan that is not closed;
 * - that person the subject of another contact received in the 12 months
 *   before this one (a repeat contact).
 */
const knownReasons = ["personRecord", "openPlan", "recentContact"] as const;
export type KnownReason = (typeof knownReasons)[number];

export interface KnownFacts {
  personRecord: boolean;
  openPlan: boolean;
  recentContact: boolean;
}

/** Why a child counts as known, most telling last: an empty list is a child the council does not know. */
export function knownBecause(facts: KnownFacts): KnownReason[] {
  return knownReasons.filter((reason) => facts[reason]);
}

/** A contact is flagged known when any of its children is; the reasons of all its children, once each. */
export function contactKnownBecause(children: readonly (readonly KnownReason[])[]): KnownReason[] {
  return knownReasons.filter((reason) => children.some((reasons) => reasons.includes(reason)));
}
