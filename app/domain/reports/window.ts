/**
 * The window a report covers: whole days in UK time, from and to inclusive,
 * as ISO dates. Every figure counts what was received (or held, or closed)
 * from the start of `from` to the end of `to`.
 */
export interface ReportWindow {
  from: string;
  to: string;
}

/** The dashboard opens on the last 13 weeks: a quarter, in whole weeks. */
const defaultDashboardDays = 91;

/** Calendar arithmetic on ISO dates, by whole months; the 31st of a shorter month becomes its last day. */
export function addMonths(iso: string, months: number): string {
  const [year = 0, month = 1, day = 1] = iso.split("-").map(Number);
  const lastDay = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month - 1 + months, Math.min(day, lastDay))).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  const [year = 0, month = 1, day = 1] = iso.split("-").map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

export function defaultDashboardWindow(today: string): ReportWindow {
  return { from: addDays(today, -(defaultDashboardDays - 1)), to: today };
}

/** Ofsted asks for the six months before the inspection: from this day six months ago up to yesterday. */
export function defaultReturnsWindow(today: string): ReportWindow {
  return { from: addMonths(today, -6), to: addDays(today, -1) };
}

/** Whole days in the window, counting both ends. */
export function windowDays(window: ReportWindow): number {
  const [fy = 0, fm = 1, fd = 1] = window.from.split("-").map(Number);
  const [ty = 0, tm = 1, td = 1] = window.to.split("-").map(Number);
  return Math.round((Date.UTC(ty, tm - 1, td) - Date.UTC(fy, fm - 1, fd)) / 86_400_000) + 1;
}

/** A report over more than this many days is refused: two years is more than any return or trend needs. */
export const longestWindowDays = 731;
