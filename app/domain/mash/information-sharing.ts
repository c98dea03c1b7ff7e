/**
 * Sharing a family's information with a partner agency in the MASH is lawful
 * only on a stated basis (UK GDPR Article 6), and the family should normally
 * be told. Where they have not been told, a MASH manager authorises the
 * sharing and the record says who and why (Working Together 2023; the
 * government's advice on information sharing for safeguarding practitioners).
 */
export const lawfulBases = ["public_task", "legal_obligation", "vital_interests", "consent"] as const;
export type LawfulBasis = (typeof lawfulBases)[number];

export interface SharingRecord {
  lawfulBasis: LawfulBasis;
  familyInformed: boolean;
  /** Why the family has not been told; needed when they have not. */
  familyNotInformedReason?: string | null;
  /** The manager who authorised sharing without the family's knowledge. */
  authorisedBy?: string | null;
}

export type SharingProblem =
  "consentNeedsFamilyInformed" | "familyNotInformedReasonRequired" | "authoriserRequired" | "authoriserNotManager";

/**
 * What is wrong with a check's sharing record, or an empty list. `isManager`
 * says whether a user id belongs to an active MASH manager.
 */
export function sharingProblems(record: SharingRecord, isManager: (userId: string) => boolean): SharingProblem[] {
  if (record.familyInformed) return [];
  const problems: SharingProblem[] = [];
  // Consent the family has not been asked for is not consent.
  if (record.lawfulBasis === "consent") problems.push("consentNeedsFamilyInformed");
  if (!record.familyNotInformedReason?.trim()) problems.push("familyNotInformedReasonRequired");
  if (!record.authorisedBy) problems.push("authoriserRequired");
  else if (!isManager(record.authorisedBy)) problems.push("authoriserNotManager");
  return problems;
}
