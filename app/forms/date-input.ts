import { z } from "zod";
import { zonedTime } from "~/domain/working-days/local-time";
import type { MessageKey } from "~/i18n/messages";

/**
 * A GOV.UK date input (day, month and year boxes) as one schema field. The
 * form posts `field.day`, `field.month` and `field.year`; the schema returns an
 * ISO date ("2019-03-07"). It also accepts an ISO date, so an answer saved
 * after parsing still parses to itself when a whole draft is re-validated.
 *
 * Messages are passed in rather than built here because each field names
 * itself in its errors ("Date of birth must include a month").
 */
export interface DateInputMessages {
  /** Nothing entered. */
  required: string;
  missingDay: string;
  missingMonth: string;
  missingYear: string;
  missingDayAndMonth: string;
  missingDayAndYear: string;
  missingMonthAndYear: string;
  /** A two-digit year is the commonest slip, and GOV.UK gives it its own message. */
  yearFourDigits: string;
  /** Letters in a box, day 31 of April, month 13 and the like. */
  invalid: string;
}

type DateSuffix = keyof DateInputMessages;

/**
 * The nine GOV.UK date messages of a field whose catalogue keys share a
 * prefix, such as "contact.child.dateOfBirth": a prefix missing any of the
 * nine keys fails the typecheck rather than showing a raw key to a user.
 */
export function dateMessages<P extends string>(
  prefix: `${P}.${DateSuffix}` extends MessageKey ? P : never,
): DateInputMessages {
  const message = (suffix: DateSuffix) => `${prefix}.${suffix}`;
  return {
    required: message("required"),
    missingDay: message("missingDay"),
    missingMonth: message("missingMonth"),
    missingYear: message("missingYear"),
    missingDayAndMonth: message("missingDayAndMonth"),
    missingDayAndYear: message("missingDayAndYear"),
    missingMonthAndYear: message("missingMonthAndYear"),
    yearFourDigits: message("yearFourDigits"),
    invalid: message("invalid"),
  };
}

/** An inclusive limit, worked out from today's date each time a value is checked (not when the schema is built). */
export interface DateBound {
  date: (today: string) => string;
  message: string;
}

interface DateInputOptions {
  messages: DateInputMessages;
  earliest?: DateBound;
  latest?: DateBound;
}

/** An optional date has no "nothing entered" message: nothing entered is a valid answer. */
type OptionalDateInputOptions = Omit<DateInputOptions, "messages"> & { messages: Omit<DateInputMessages, "required"> };

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export function dateInput(options: DateInputOptions) {
  return z.unknown().transform((value, ctx): string => {
    const result = toIsoDate(value, options);
    if (result.ok && result.iso !== undefined) return result.iso;
    ctx.addIssue({ code: "custom", message: result.ok ? options.messages.required : result.message });
    return z.NEVER;
  });
}

/** For dates asked "if known": nothing entered is fine, but anything entered must be a real date. */
export function optionalDateInput(options: OptionalDateInputOptions) {
  return z
    .unknown()
    .transform((value, ctx): string | undefined => {
      const result = toIsoDate(value, options);
      if (result.ok) return result.iso;
      ctx.addIssue({ code: "custom", message: result.message });
      return z.NEVER;
    })
    .optional();
}

/** Splits a saved ISO date back into boxes, so a "Change" link shows what was entered. */
export function isoDateToParts(iso: string): DateParts {
  const [year = "", month = "", day = ""] = iso.split("-");
  return { day: String(Number(day)), month: String(Number(month)), year };
}

const london = zonedTime("Europe/London");

/** Today's date where the service runs, so a date of birth entered at 00:30 in summer is not "in the future". */
export function todayInLondon(now: Date = new Date()): string {
  return london.dateOf(now);
}

/** Calendar arithmetic on ISO dates; 29 February plus a year becomes 1 March, as a birthday does. */
export function addToIsoDate(iso: string, change: { years?: number; days?: number }): string {
  const [year = 0, month = 1, day = 1] = iso.split("-").map(Number);
  const date = new Date(Date.UTC(year + (change.years ?? 0), month - 1, day + (change.days ?? 0)));
  return date.toISOString().slice(0, 10);
}

type DateResult = { ok: true; iso: string | undefined } | { ok: false; message: string };

const monthNames = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

function toIsoDate(value: unknown, { messages, earliest, latest }: OptionalDateInputOptions): DateResult {
  const parts = readParts(value);
  const missing = (["day", "month", "year"] as const).filter((part) => parts[part] === "");
  if (missing.length === 3) return { ok: true, iso: undefined };
  if (missing.length > 0) return { ok: false, message: missingMessage(missing, messages) };

  const day = /^\d{1,2}$/.test(parts.day) ? Number(parts.day) : NaN;
  const month = parseMonth(parts.month);
  if (/^\d{1,3}$/.test(parts.year) && !Number.isNaN(day) && !Number.isNaN(month)) {
    return { ok: false, message: messages.yearFourDigits };
  }
  const year = /^\d{4}$/.test(parts.year) ? Number(parts.year) : NaN;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    Number.isNaN(date.getTime()) ||
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return { ok: false, message: messages.invalid };
  }

  const iso = date.toISOString().slice(0, 10);
  const today = todayInLondon();
  if (earliest && iso < earliest.date(today)) return { ok: false, message: earliest.message };
  if (latest && iso > latest.date(today)) return { ok: false, message: latest.message };
  return { ok: true, iso };
}

function readParts(value: unknown): DateParts {
  if (typeof value === "string") {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
    return match
      ? { year: match[1] ?? "", month: match[2] ?? "", day: match[3] ?? "" }
      : { day: "", month: "", year: "" };
  }
  const record = typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
  const text = (part: unknown) => (typeof part === "string" ? part.trim() : "");
  return { day: text(record.day), month: text(record.month), year: text(record.year) };
}

/** GOV.UK asks services to accept month names and abbreviations ("March", "mar", "Sept") as well as numbers. */
function parseMonth(text: string): number {
  if (/^\d{1,2}$/.test(text)) return Number(text);
  const lower = text.toLowerCase();
  const index = lower.length >= 3 ? monthNames.findIndex((name) => name.startsWith(lower)) : -1;
  return index === -1 ? NaN : index + 1;
}

function missingMessage(
  missing: readonly ("day" | "month" | "year")[],
  messages: OptionalDateInputOptions["messages"],
): string {
  const key = missing.join(" ");
  if (key === "day month") return messages.missingDayAndMonth;
  if (key === "day year") return messages.missingDayAndYear;
  if (key === "month year") return messages.missingMonthAndYear;
  if (key === "day") return messages.missingDay;
  if (key === "month") return messages.missingMonth;
  return messages.missingYear;
}
