/**
 * Merging two person records found to be the same child, and undoing a merge
 * made in error. The screener chooses the record to keep; the other's
 * contacts, plans and referrals move to it, and the other is kept, marked as
 * merged, so that the merge can be undone exactly.
 */
export interface MergeablePerson {
  id: string;
  nhsNumber: string | null;
  mergedIntoId: string | null;
}

export type MergeRefusal =
  | "mash.person.merge.error.samePerson"
  | "mash.person.merge.error.alreadyMerged"
  | "mash.person.merge.error.differentNhsNumbers";

/** Why these two records cannot be merged, or null. Two different NHS numbers are never the same child (ADR 13). */
export function mergeRefusal(kept: MergeablePerson, merged: MergeablePerson): MergeRefusal | null {
  if (kept.id === merged.id) return "mash.person.merge.error.samePerson";
  if (kept.mergedIntoId !== null || merged.mergedIntoId !== null) return "mash.person.merge.error.alreadyMerged";
  if (kept.nhsNumber && merged.nhsNumber && kept.nhsNumber !== merged.nhsNumber) {
    return "mash.person.merge.error.differentNhsNumbers";
  }
  return null;
}

export interface StandingMerge {
  unmergedAt: Date | null;
  /** Whether the kept record has itself since been merged into another. */
  keptSinceMerged: boolean;
}

export type UndoMergeRefusal = "mash.person.unmerge.error.alreadyUndone" | "mash.person.unmerge.error.keptSinceMerged";

/** Why a merge cannot be undone now, or null: undo the later merge of the kept record first. */
export function undoMergeRefusal(merge: StandingMerge): UndoMergeRefusal | null {
  if (merge.unmergedAt !== null) return "mash.person.unmerge.error.alreadyUndone";
  if (merge.keptSinceMerged) return "mash.person.unmerge.error.keptSinceMerged";
  return null;
}
