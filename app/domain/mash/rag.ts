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

export interface QueueEntry {
  rag: RagRating | null;
  /** When screening is due under the contact's RAG (see `screeningDueTimes`). */
  dueAt: Date;
}

/** For `Array.prototype.sort`: most urgent RAG first, then the least time left on the clock. */
export function compareQueueEntries(a: QueueEntry, b: QueueEntry): number {
  return ragUrgency(a.rag) - ragUrgency(b.rag) || a.dueAt.getTime() - b.dueAt.getTime();
}
