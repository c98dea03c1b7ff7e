import { addMonths, type IsoDate } from "~/domain/early-help/calendar-date";

/**
 * Two counts that are easy to confuse, and named apart:
 *
 * - a **repeat contact** is a contact about a child who was the subject of any
 *   earlier contact in the 12 months before (`isRepeatContact`);
 * - a **re-referral** is a referral of a child who had an earlier *referral*
 *   (a contact accepted for a social care response) in the 12 months before
 *   the referral date. The census counts re-referrals, and Annex A List 3
 *   gives each referral its number of referrals in the last 12 months.
 */
export const reReferralMonths = 12;

export interface EarlierReferral {
  id: string;
  referralDate: IsoDate;
}

/**
 * The child's referrals in the 12 calendar months before `referralDate`:
 * from the same date a year earlier (29 February counting from 28 February)
 * up to and including the referral date itself, never counting the referral
 * being made (`excludingId`). A referral with a later date (a contact typed up
 * late) is not an earlier one.
 */
export function countEarlierReferrals(
  referralDate: IsoDate,
  referrals: readonly EarlierReferral[],
  excludingId?: string,
): number {
  const windowStart = addMonths(referralDate, -reReferralMonths);
  return referrals.filter(
    (referral) =>
      referral.id !== excludingId && referral.referralDate >= windowStart && referral.referralDate <= referralDate,
  ).length;
}

export function isReReferral(referralsInPrevious12Months: number): boolean {
  return referralsInPrevious12Months > 0;
}
