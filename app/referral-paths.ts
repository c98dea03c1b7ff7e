/** Typed URL builders for social care's referral pages. */

const referralNotices = ["allocated", "nfaRecorded"] as const;
export type ReferralNotice = (typeof referralNotices)[number];

export const referralPaths = {
  list: (notice?: ReferralNotice) => (notice ? `/referrals?notice=${notice}` : "/referrals"),
  referral: (referralId: string, notice?: ReferralNotice) =>
    notice ? `/referrals/${referralId}?notice=${notice}` : `/referrals/${referralId}`,
};

export function readReferralNotice(url: string | URL): ReferralNotice | undefined {
  const value = new URL(url).searchParams.get("notice");
  return referralNotices.find((notice) => notice === value);
}
