/**
 * The Children in Need census's referral items for the referrals the front
 * door made, under the census's own field names, for the council's case
 * system or analyst to merge into the return. Dates are the census's
 * yyyy-mm-dd; ReferralNFA is the census's true/false. A referral that ended
 * in no further action is closed at the front door: RC8, "case closed after
 * assessment, no further action". Check the field names and codes against
 * each year's census specification.
 */
export const cinCensusReferrals2025 = {
  id: "cin-census-2025",
  columns: [
    "LAchildID",
    "CINreferralDate",
    "ReferralSource",
    "PrimaryNeedCode",
    "ReferralNFA",
    "CINclosureDate",
    "ReasonForClosure",
  ],
  closedNfaReason: "RC8",
} as const;

export interface CensusReferralRow {
  childId: string;
  referralDate: string;
  source: string;
  primaryNeed: string;
  nfa: boolean;
  nfaDate: string | null;
}

export function censusRow(row: CensusReferralRow): string[] {
  return [
    row.childId,
    row.referralDate,
    row.source,
    row.primaryNeed,
    row.nfa ? "true" : "false",
    row.nfa && row.nfaDate ? row.nfaDate : "",
    row.nfa ? cinCensusReferrals2025.closedNfaReason : "",
  ];
}
