import { describe, expect, it } from "vitest";
import { annexA2025 } from "./annex-a-2025";
import { ageInYears, csvLine, returnRow, ukDate } from "./template";

describe("Annex A values", () => {
  it("writes dates as dd/mm/yyyy and ages in whole years, -1 for an unborn child", () => {
    expect(ukDate("2019-03-07")).toBe("07/03/2019");
    expect(ageInYears("2019-03-07", "2025-03-06")).toBe(5);
    expect(ageInYears("2019-03-07", "2025-03-07")).toBe(6);
    expect(ageInYears(null, "2025-03-07")).toBe(-1);
  });

  it("writes a row in the template's column order with its codes", () => {
    const list = annexA2025.lists[0]!;
    expect(list.columns.map((column) => column.header)).toEqual([
      "Child Unique ID",
      "Gender",
      "Ethnicity",
      "Date of Birth",
      "Age of Child (Years)",
      "Date of Contact",
      "Contact Source",
    ]);
    expect(
      returnRow(annexA2025, list, {
        childId: "NM1",
        gender: null,
        sex: "notKnown",
        ethnicity: null,
        dateOfBirth: null,
        dueDate: "2025-05-01",
        eventDate: "2025-01-20",
        source: "6",
      }),
    ).toEqual(["NM1", "c) Not stated/recorded", "t) NOBT", "", -1, "20/01/2025", "q) 6: Police"]);
  });

  it("never lets a cell become a spreadsheet formula", () => {
    expect(csvLine(["=HYPERLINK(1)", "a,b", 'say "hi"', -1, null])).toBe(`'=HYPERLINK(1),"a,b","say ""hi""",-1,\r\n`);
  });
});
