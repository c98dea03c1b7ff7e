import { describe, expect, it } from "vitest";
import { countEarlierReferrals, isReReferral } from "./re-referral";

describe("countEarlierReferrals", () => {
  const referral = (id: string, referralDate: string) => ({ id, referralDate });

  it("counts the child's referrals from the same date a year before up to the referral date", () => {
    const earlier = [
      referral("a", "2025-03-14"),
      referral("b", "2025-03-15"),
      referral("c", "2025-09-01"),
      referral("d", "2026-03-15"),
    ];
    expect(countEarlierReferrals("2026-03-15", earlier)).toBe(3);
  });

  it("never counts the referral itself", () => {
    const earlier = [referral("self", "2026-03-15"), referral("b", "2025-12-01")];
    expect(countEarlierReferrals("2026-03-15", earlier, "self")).toBe(1);
  });

  it("does not count a referral dated after this one", () => {
    expect(countEarlierReferrals("2026-03-15", [referral("later", "2026-03-16")])).toBe(0);
  });

  it("counts 12 calendar months back from 29 February to 28 February", () => {
    expect(countEarlierReferrals("2028-02-29", [referral("a", "2027-02-28"), referral("b", "2027-02-27")])).toBe(1);
  });

  it("calls a referral with any earlier one a re-referral", () => {
    expect(isReReferral(0)).toBe(false);
    expect(isReReferral(1)).toBe(true);
  });
});
