import { longestWindowDays, windowDays, type ReportWindow } from "~/domain/reports/window";

/**
 * The "from" and "to" GOV.UK date inputs of a report's GET form
 * (`from.day`, `from.month`, `from.year`, and the same for `to`), or ISO
 * dates (`from=2025-01-05`) as the download links carry them. Nothing entered
 * means the report's default window; anything wrong is an error to show, and
 * the default is used meanwhile so the page still renders.
 */
type WindowError =
  | "reports.window.error.fromInvalid"
  | "reports.window.error.toInvalid"
  | "reports.window.error.order"
  | "reports.window.error.tooLong";

export interface ParsedWindow {
  window: ReportWindow;
  /** What was typed, to show again. */
  entered: { from: DateBoxes; to: DateBoxes };
  errors: { field: "from" | "to"; key: WindowError }[];
}

interface DateBoxes {
  day: string;
  month: string;
  year: string;
}

function boxes(params: URLSearchParams, name: string): DateBoxes {
  const iso = params.get(name);
  if (iso && /^\d{4}-\d{2}-\d{2}$/.test(iso)) {
    const [year = "", month = "", day = ""] = iso.split("-");
    return { day: String(Number(day)), month: String(Number(month)), year };
  }
  return {
    day: (params.get(`${name}.day`) ?? "").trim(),
    month: (params.get(`${name}.month`) ?? "").trim(),
    year: (params.get(`${name}.year`) ?? "").trim(),
  };
}

/** A real calendar date from the three boxes, or null. */
function isoOf(entered: DateBoxes): string | null {
  if (!/^\d{1,2}$/.test(entered.day) || !/^\d{1,2}$/.test(entered.month) || !/^\d{4}$/.test(entered.year)) return null;
  const [day, month, year] = [Number(entered.day), Number(entered.month), Number(entered.year)];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

const blank = (entered: DateBoxes) => !entered.day && !entered.month && !entered.year;

export function parseWindow(params: URLSearchParams, fallback: ReportWindow): ParsedWindow {
  const entered = { from: boxes(params, "from"), to: boxes(params, "to") };
  const errors: ParsedWindow["errors"] = [];
  const from = blank(entered.from) ? fallback.from : isoOf(entered.from);
  const to = blank(entered.to) ? fallback.to : isoOf(entered.to);
  if (!from) errors.push({ field: "from", key: "reports.window.error.fromInvalid" });
  if (!to) errors.push({ field: "to", key: "reports.window.error.toInvalid" });
  if (from && to && from > to) errors.push({ field: "to", key: "reports.window.error.order" });
  else if (from && to && windowDays({ from, to }) > longestWindowDays) {
    errors.push({ field: "from", key: "reports.window.error.tooLong" });
  }
  const window = errors.length === 0 && from && to ? { from, to } : fallback;
  return {
    window,
    entered: {
      from: blank(entered.from) ? boxes(new URLSearchParams({ from: window.from }), "from") : entered.from,
      to: blank(entered.to) ? boxes(new URLSearchParams({ to: window.to }), "to") : entered.to,
    },
    errors,
  };
}

/** The query string a download link carries: the window as ISO dates, and any other filters. */
export function windowQuery(window: ReportWindow, extra: Record<string, string | undefined> = {}): string {
  const params = new URLSearchParams({ from: window.from, to: window.to });
  for (const [name, value] of Object.entries(extra)) if (value) params.set(name, value);
  return params.toString();
}
