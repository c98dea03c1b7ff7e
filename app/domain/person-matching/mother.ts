import type { MotherDetails } from "./matching";

/** An adult as a contact names them: the relationship is free text ("mother of Amy, stepmother of Ben"). */
export interface NamedAdult {
  firstName: string;
  lastName?: string;
  dateOfBirth?: string;
  relationship: string;
}

/**
 * "Mother", "mum", "expectant mother", "mother of the unborn baby"; not a
 * grandmother, stepmother or foster mother, nor the "mother's partner".
 */
const motherWords = /\b(mother|mum|mom|mam|expectant|pregnant)\b(?!\s*['’]s?\b)/i;
const otherMothers = /\b(grand|step|foster|adoptive)\s*-?\s*(mother|mum|mom|mam|ma)\b/gi;

/**
 * The unborn child's mother among the adults a contact names, for matching
 * the pregnancy: the first adult whose relationship says she is the mother.
 * Null when none does, and matching falls back to the expected date of delivery.
 */
export function expectantMother(adults: readonly NamedAdult[]): MotherDetails | null {
  const mother = adults.find((adult) => motherWords.test(adult.relationship.replace(otherMothers, "")));
  if (!mother) return null;
  return { firstName: mother.firstName, lastName: mother.lastName ?? null, dateOfBirth: mother.dateOfBirth ?? null };
}
