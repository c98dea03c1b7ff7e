import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import {
  addToIsoDate,
  dateInput,
  isoDateToParts,
  optionalDateInput,
  todayInLondon,
  type DateInputMessages,
} from "./date-input";
import { submit } from "./test-support";

const messages: DateInputMessages = {
  required: "required",
  missingDay: "missingDay",
  missingMonth: "missingMonth",
  missingYear: "missingYear",
  missingDayAndMonth: "missingDayAndMonth",
  missingDayAndYear: "missingDayAndYear",
  missingMonthAndYear: "missingMonthAndYear",
  yearFourDigits: "yearFourDigits",
  invalid: "invalid",
};

const schema = z.object({
  date: dateInput({
    messages,
    earliest: { date: (today) => addToIsoDate(today, { years: -18 }), message: "tooEarly" },
    latest: { date: (today) => today, message: "tooLate" },
  }),
});

const parts = (day: string, month: string, year: string) => ({
  "date.day": day,
  "date.month": month,
  "date.year": year,
});

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date("2026-05-15T12:00:00Z"));
});
afterEach(() => {
  vi.useRealTimers();
});

describe("dateInput", () => {
  it.each([
    [parts("7", "3", "2019"), "2019-03-07"],
    [parts("07", "03", "2019"), "2019-03-07"],
    [parts(" 7 ", " 3 ", " 2019 "), "2019-03-07"],
    [parts("7", "March", "2019"), "2019-03-07"],
    [parts("7", "mar", "2019"), "2019-03-07"],
    [parts("7", "Sept", "2019"), "2019-09-07"],
    [parts("29", "2", "2024"), "2024-02-29"],
    [parts("15", "5", "2026"), "2026-05-15"],
  ])("turns %o into %s", (fields, iso) => {
    expect(submit(schema, fields).value).toEqual({ date: iso });
  });

  it("accepts its own output, so saved answers re-validate", () => {
    expect(schema.parse({ date: "2019-03-07" })).toEqual({ date: "2019-03-07" });
  });

  it.each([
    [{}, "required"],
    [parts("", "", ""), "required"],
    [parts(" ", "", " "), "required"],
    [parts("", "3", "2019"), "missingDay"],
    [parts("7", "", "2019"), "missingMonth"],
    [parts("7", "3", ""), "missingYear"],
    [parts("", "", "2019"), "missingDayAndMonth"],
    [parts("", "3", ""), "missingDayAndYear"],
    [parts("7", "", ""), "missingMonthAndYear"],
    [parts("7", "3", "19"), "yearFourDigits"],
    [parts("31", "4", "2019"), "invalid"],
    [parts("29", "2", "2023"), "invalid"],
    [parts("7", "13", "2019"), "invalid"],
    [parts("0", "3", "2019"), "invalid"],
    [parts("seven", "3", "2019"), "invalid"],
    [parts("7", "ma", "2019"), "invalid"],
    [parts("7", "3", "20019"), "invalid"],
    [parts("16", "5", "2026"), "tooLate"],
    [parts("14", "5", "2008"), "tooEarly"],
  ])("rejects %o with %s", (fields, message) => {
    expect(submit(schema, fields).errors).toEqual({ date: [message] });
  });

  it("rejects a string that is not an ISO date", () => {
    expect(schema.safeParse({ date: "7 March 2019" }).error?.issues[0]?.message).toBe("required");
  });
});

describe("optionalDateInput", () => {
  const optional = z.object({ date: optionalDateInput({ messages }) });

  it("allows nothing at all", () => {
    expect(submit(optional, {}).value).toEqual({ date: undefined });
    expect(submit(optional, parts("", "", "")).value).toEqual({ date: undefined });
  });

  it("still checks anything that was entered", () => {
    expect(submit(optional, parts("7", "", "1980")).errors).toEqual({ date: ["missingMonth"] });
    expect(submit(optional, parts("7", "3", "1980")).value).toEqual({ date: "1980-03-07" });
  });
});

describe("date helpers", () => {
  it("splits an ISO date back into the boxes, without leading zeros", () => {
    expect(isoDateToParts("2019-03-07")).toEqual({ day: "7", month: "3", year: "2019" });
  });

  it("adds years and days on the calendar", () => {
    expect(addToIsoDate("2024-02-29", { years: 1 })).toBe("2025-03-01");
    expect(addToIsoDate("2026-05-15", { years: -18, days: 1 })).toBe("2008-05-16");
    expect(addToIsoDate("2026-12-25", { days: 14 })).toBe("2027-01-08");
  });

  it("takes today's date in London, not UTC", () => {
    expect(todayInLondon(new Date("2026-07-01T23:30:00Z"))).toBe("2026-07-02");
    expect(todayInLondon(new Date("2026-01-01T23:30:00Z"))).toBe("2026-01-01");
  });
});
