import type { ContactDraftAnswers } from "./journey";

/**
 * Drafts hold personal data about children that nobody has yet decided to
 * share, so they are not kept indefinitely: a draft left untouched for 30 days
 * is deleted, and the referrer is warned in the last 7 days. Any save resets
 * the clock. Days here are 24-hour periods, so a clock change moves the expiry
 * by an hour at most.
 */
export const draftLifetimeDays = 30;
const draftWarningDays = 7;

const dayInMilliseconds = 24 * 60 * 60 * 1000;

export function emptyDraft(): ContactDraftAnswers {
  return { children: [], adults: [] };
}

export function draftExpiresAt(updatedAt: Date): Date {
  return new Date(updatedAt.getTime() + draftLifetimeDays * dayInMilliseconds);
}

/** True in the warning window only: an expired draft is no longer "expiring". */
export function isDraftExpiring(updatedAt: Date, now: Date): boolean {
  const expiresAt = draftExpiresAt(updatedAt).getTime();
  return now.getTime() >= expiresAt - draftWarningDays * dayInMilliseconds && now.getTime() < expiresAt;
}

export function isDraftExpired(updatedAt: Date, now: Date): boolean {
  return now.getTime() >= draftExpiresAt(updatedAt).getTime();
}
