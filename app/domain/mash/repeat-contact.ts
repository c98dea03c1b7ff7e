/**
 * A contact about a child who was the subject of another contact in the 12
 * months before is a repeat contact, and screeners are shown it. Not a
 * re-referral, which counts earlier referrals (`~/domain/referrals/re-referral`).
 * Counted in calendar months, as the census does.
 */
export const repeatContactMonths = 12;

export function isRepeatContact(current: Date, earlier: readonly Date[]): boolean {
  const windowStart = new Date(current);
  windowStart.setUTCMonth(windowStart.getUTCMonth() - repeatContactMonths);
  return earlier.some((submittedAt) => submittedAt >= windowStart && submittedAt < current);
}
