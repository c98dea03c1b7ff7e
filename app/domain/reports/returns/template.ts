/**
 * A statutory return's layout as data: which lists, in which order, with
 * which headers, and the codes each value is written as. The export reads a
 * child's facts (`ReturnChildRow`) and the template decides how they appear.
 */
type ReturnField =
  | "childId"
  | "gender"
  | "ethnicity"
  | "dateOfBirth"
  | "age"
  | "eventDate"
  | "source"
  | "completedDate"
  | "organisation"
  | "nfa"
  | "referralsInLast12Months"
  | "allocatedTeam"
  | "allocatedWorker";

export interface ReturnList {
  id: "list-1" | "list-2" | "list-3";
  sheet: string;
  columns: { header: string; field: ReturnField }[];
}

export interface ReturnTemplate {
  id: string;
  codes: {
    /** By the census gender code on the person record. */
    gender: Record<string, string>;
    /** By the sex the referrer gave, for a child with no recorded gender. */
    genderFromSex: Record<string, string>;
    ethnicity: Record<string, string>;
    ethnicityNotRecorded: string;
    source: Record<string, string>;
    yesNo: { yes: string; no: string };
  };
  lists: ReturnList[];
}

/** One child's row as the database gives it: ISO dates, census codes. */
export interface ReturnChildRow {
  childId: string;
  gender: string | null;
  sex: string | null;
  ethnicity: string | null;
  dateOfBirth: string | null;
  dueDate: string | null;
  /** The date the row is about: the contact, the assessment's start, the referral. */
  eventDate: string;
  source?: string | null;
  completedDate?: string | null;
  organisation?: string | null;
  nfa?: boolean | null;
  referralsInLast12Months?: number | null;
  allocatedTeam?: string | null;
  allocatedWorker?: string | null;
}

/** dd/mm/yyyy, as Annex A asks. */
export function ukDate(iso: string | null | undefined): string {
  if (!iso) return "";
  const [year, month, day] = iso.slice(0, 10).split("-");
  return `${day}/${month}/${year}`;
}

/** Whole years between a date of birth and a date; -1 for a child not yet born (Annex A's rule). */
export function ageInYears(dateOfBirth: string | null, at: string): number {
  if (!dateOfBirth || dateOfBirth > at) return -1;
  const [by = 0, bm = 0, bd = 0] = dateOfBirth.split("-").map(Number);
  const [ay = 0, am = 0, ad = 0] = at.split("-").map(Number);
  return ay - by - (am < bm || (am === bm && ad < bd) ? 1 : 0);
}

/** The child's row as the template writes it, column by column. */
export function returnRow(template: ReturnTemplate, list: ReturnList, row: ReturnChildRow): (string | number)[] {
  const { codes } = template;
  const unborn = !row.dateOfBirth && !!row.dueDate;
  const value = (field: ReturnField): string | number => {
    switch (field) {
      case "childId":
        return row.childId;
      case "gender":
        return (
          (row.gender ? codes.gender[row.gender] : undefined) ??
          codes.genderFromSex[row.sex ?? "notKnown"] ??
          codes.genderFromSex.notKnown!
        );
      case "ethnicity":
        return (row.ethnicity ? codes.ethnicity[row.ethnicity] : undefined) ?? codes.ethnicityNotRecorded;
      case "dateOfBirth":
        return ukDate(row.dateOfBirth);
      case "age":
        return unborn ? -1 : ageInYears(row.dateOfBirth, row.eventDate);
      case "eventDate":
        return ukDate(row.eventDate);
      case "source":
        return row.source ? (codes.source[row.source] ?? row.source) : "";
      case "completedDate":
        return ukDate(row.completedDate);
      case "organisation":
        return row.organisation ?? "";
      case "nfa":
        return row.nfa ? codes.yesNo.yes : codes.yesNo.no;
      case "referralsInLast12Months":
        return row.referralsInLast12Months ?? 0;
      case "allocatedTeam":
        return row.allocatedTeam ?? "";
      case "allocatedWorker":
        return row.allocatedWorker ?? "";
    }
  };
  return list.columns.map((column) => value(column.field));
}

/**
 * One CSV line. A cell that a spreadsheet would read as a formula (starting
 * =, +, - or @) is written with a leading apostrophe, so that a name typed
 * into the portal can never run in the analyst's spreadsheet; a number stays a number.
 */
export function csvLine(cells: readonly (string | number | null | undefined)[]): string {
  return `${cells
    .map((cell) => {
      if (cell === null || cell === undefined) return "";
      if (typeof cell === "number") return String(cell);
      const guarded = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
      return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
    })
    .join(",")}\r\n`;
}
