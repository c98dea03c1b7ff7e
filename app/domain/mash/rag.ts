/** The urgency a screener gives a contact. `null` means not yet rated. */
export const ragRatings = ["red", "amber", "green"] as const;
export type RagRating = (typeof ragRatings)[number];

/**
 * Lower is more urgent. A contact nobody has rated yet comes before Red,
 * because nobody has yet looked at it to rule out immediate danger.
 */
export function ragUrgency(rag: RagRating | null): number {
  return rag === null ? 0 : ragRatings.indexOf(rag) + 1;
}
