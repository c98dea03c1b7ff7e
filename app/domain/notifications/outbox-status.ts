/**
 * Where a message in the outbox is. `pending` waits for its next attempt;
 * `sending` is claimed by one worker until its lease ends; `sent` and `dead`
 * are final, except that an administrator may put a dead message back to
 * `pending` to try again.
 */
export const outboxStatuses = ["pending", "sending", "sent", "dead"] as const;
export type OutboxStatus = (typeof outboxStatuses)[number];
