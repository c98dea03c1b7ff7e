import { describe, expect, it } from "vitest";
import {
  englandAndWalesHolidayCoverage,
  holidayCoverage,
  holidayCoverageIsShort,
  holidayCoverageWarning,
  holidayCoverageMinimumMonths,
  holidayCoverageWarningMonths,
} from "./holiday-coverage";

const file = ["2027-12-25", "2028-01-01", "2028-12-26"];

describe("holidayCoverage", () => {
  it.each([
    ["2026-11-23", 25],
    ["2027-12-31", 12],
    ["2028-01-01", 11],
    ["2028-06-15", 6],
    ["2028-07-01", 5],
    ["2028-12-31", 0],
    ["2029-02-01", -2],
  ])("on %s the file covers %i whole months ahead, to the end of 2028", (today, months) => {
    expect(holidayCoverage(file, today)).toEqual({ coveredUntil: "2028-12-31", monthsAhead: months });
  });

  it("is short once less than 12 months are covered", () => {
    expect(holidayCoverageIsShort(holidayCoverage(file, "2027-12-31"))).toBe(false);
    expect(holidayCoverageIsShort(holidayCoverage(file, "2028-01-01"))).toBe(true);
    expect(holidayCoverageWarningMonths).toBe(12);
  });
});

describe("holidayCoverageWarning", () => {
  it("says nothing while a year or more is covered, and names the file and the date once it is not", () => {
    expect(holidayCoverageWarning(holidayCoverage(file, "2027-12-01"))).toBeNull();
    expect(holidayCoverageWarning(holidayCoverage(file, "2028-03-10"))).toMatch(
      /^The bank-holiday file covers only to 2028-12-31 \(9 months ahead\): .*bank-holidays\.england-and-wales\.json/,
    );
  });
});

describe("the England and Wales bank-holiday file", () => {
  it(`covers at least ${holidayCoverageMinimumMonths} months from today: add next year's dates from GOV.UK`, () => {
    const coverage = englandAndWalesHolidayCoverage(new Date());
    expect(
      coverage.monthsAhead,
      `bank-holidays.england-and-wales.json ends ${coverage.coveredUntil}; add the next years from https://www.gov.uk/bank-holidays.json`,
    ).toBeGreaterThanOrEqual(holidayCoverageMinimumMonths);
  });
});
