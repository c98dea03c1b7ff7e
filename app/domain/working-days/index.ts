export { englandAndWalesBankHolidays } from "./bank-holidays";
export { createWorkingDayClock, type OfficeHours, type TimeLeft, type WorkingDayClock } from "./clock";
export type { IsoDate } from "./local-time";
