import holidays from "./bank-holidays.england-and-wales.json";
import type { IsoDate } from "./local-time";

/**
 * Kept as data so that a council can add next year's dates (published on
 * GOV.UK) without a code change. Scotland and Northern Ireland have different
 * holidays and would need their own file.
 */
export const englandAndWalesBankHolidays: readonly IsoDate[] = holidays.dates.map(({ date }) => date);
