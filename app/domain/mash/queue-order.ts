import { ragUrgency, type RagRating } from "./rag";

/**
 * Which contact in the MASH queue a screener should open next. The rule, in
 * order, each step breaking the ties of the one before:
 *
 * 1. Immediate danger first: a contact whose referrer said the child is in
 *    immediate danger comes above every other until a screener has rated it.
 * 2. Then by RAG rating, unrated before Red (nobody has yet looked to rule out
 *    danger), then Red, Amber, Green.
 * 3. Then by whichever of the contact's two deadlines comes first (screening
 *    by its RAG rating, or the decision within one working day), soonest
 *    first: a Green contact whose decision is overdue is not left waiting
 *    behind Greens with days of screening time left.
 * 4. Then by when the contact was received, oldest first: contacts received
 *    out of hours share one due time.
 * 5. Then by reference, so the order never depends on how the database
 *    happened to return the rows.
 *
 * The same rule in SQL, for a queue ordered in the database:
 *
 *   order by (immediate_danger and rag is null) desc,
 *            case rag when 'red' then 1 when 'amber' then 2 when 'green' then 3 else 0 end,
 *            least(screening_due_at, decision_due_at),
 *            received_at,
 *            reference
 */
export interface QueueOrderFacts {
  reference: string;
  immediateDanger: boolean;
  rag: RagRating | null;
  receivedAt: Date;
  screeningDueAt: Date;
  decisionDueAt: Date;
}

/** An immediate-danger contact stays on top only until someone has looked at it and rated it. */
export function isUnratedImmediateDanger(contact: Pick<QueueOrderFacts, "immediateDanger" | "rag">): boolean {
  return contact.immediateDanger && contact.rag === null;
}

export type DeadlineName = "screening" | "decision";

/** The deadline that falls first, and so the one the contact is ordered and warned by; screening on a tie. */
export function firstDeadline(contact: Pick<QueueOrderFacts, "screeningDueAt" | "decisionDueAt">): {
  name: DeadlineName;
  dueAt: Date;
} {
  return contact.decisionDueAt < contact.screeningDueAt
    ? { name: "decision", dueAt: contact.decisionDueAt }
    : { name: "screening", dueAt: contact.screeningDueAt };
}

/** For `Array.prototype.sort`: the contact to open first sorts first. */
export function compareQueueOrder(a: QueueOrderFacts, b: QueueOrderFacts): number {
  return (
    Number(isUnratedImmediateDanger(b)) - Number(isUnratedImmediateDanger(a)) ||
    ragUrgency(a.rag) - ragUrgency(b.rag) ||
    firstDeadline(a).dueAt.getTime() - firstDeadline(b).dueAt.getTime() ||
    a.receivedAt.getTime() - b.receivedAt.getTime() ||
    (a.reference < b.reference ? -1 : a.reference > b.reference ? 1 : 0)
  );
}
