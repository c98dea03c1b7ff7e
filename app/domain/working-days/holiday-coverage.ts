import { englandAndWalesBankHolidays } from "./bank-holidays";
import { zonedTime, type IsoDate } from "./local-time";

/**
 * The bank-holiday file lists dates up to some year, and the working-day
 * clock treats any later bank holiday as a working day: deadlines would
 * silently fall on a closed office. So the server warns at start, and the
 * admin home shows a banner, once the file covers less than
 * `holidayCoverageWarningMonths` ahead; the unit tests fail below
 * `holidayCoverageMinimumMonths`, so a release can never ship with a file
 * about to run out. GOV.UK publishes each year in full, so the file covers up
 * to the end of the last year it lists.
 */
export const holidayCoverageWarningMonths = 12;
export const holidayCoverageMinimumMonths = 6;

export interface HolidayCoverage {
  /** The last day the file speaks for: 31 December of the last year it lists. */
  coveredUntil: IsoDate;
  /** Whole calendar months from today to `coveredUntil`; negative once it has passed. */
  monthsAhead: number;
}

export function holidayCoverage(holidays: readonly IsoDate[], today: IsoDate): HolidayCoverage {
  const lastYear = Math.max(...holidays.map((date) => Number(date.slice(0, 4))));
  const coveredUntil = `${lastYear}-12-31`;
  const [year, month] = today.split("-").map(Number) as [number, number];
  // Whole months to 31 December: from any day of June that is 6 (to the same day of December, and a part month more).
  return { coveredUntil, monthsAhead: (lastYear - year) * 12 + (12 - month) };
}

/** True when the file runs out within `months` of today: time to add next year's dates from GOV.UK. */
export function holidayCoverageIsShort(coverage: HolidayCoverage, months = holidayCoverageWarningMonths): boolean {
  return coverage.monthsAhead < months;
}

/** How far ahead the England and Wales file covers on the day `now` falls in London. */
export function englandAndWalesHolidayCoverage(now: Date): HolidayCoverage {
  return holidayCoverage(englandAndWalesBankHolidays, zonedTime("Europe/London").dateOf(now));
}

/** What the server logs at start when the file is short, or null when it covers a year or more. */
export function holidayCoverageWarning(coverage: HolidayCoverage): string | null {
  if (!holidayCoverageIsShort(coverage)) return null;
  return (
    `The bank-holiday file covers only to ${coverage.coveredUntil} (${Math.max(coverage.monthsAhead, 0)} months ahead): ` +
    "add the next years from https://www.gov.uk/bank-holidays.json to " +
    "app/domain/working-days/bank-holidays.england-and-wales.json, or deadlines will fall on bank holidays"
  );
}
