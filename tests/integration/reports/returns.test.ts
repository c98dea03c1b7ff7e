import type { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "#db/schema";
import { seedDemoData } from "#db/seed";
import { eq } from "drizzle-orm";
import { exportReturn } from "~/services/returns.server";
import { actorFor, currentUser } from "#tests/support/current-user";
import { reportWindow, seedReportCouncil, type SeededCouncil } from "#tests/support/report-fixtures";
import { useTestDatabase } from "#tests/support/test-database";

/**
 * Each list checked row by row and column by column against rows written
 * out by hand for the small council in report-fixtures.ts: Amy has two
 * contacts and a re-referral, the Cole baby is unborn, Gus's step-up
 * referral ended in no further action.
 */
const { db } = useTestDatabase();
let council: SeededCouncil;
let actor: ReturnType<typeof actorFor>;

async function read(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

async function csv(file: Parameters<typeof exportReturn>[1]): Promise<string[][]> {
  const download = await exportReturn(actor, file, reportWindow);
  const text = (await read(download.body)).toString("utf8");
  return text
    .split("\r\n")
    .filter(Boolean)
    .map((line) => line.split(","));
}

const schools = "e) 2A: Schools";
const healthVisitor = "h) 3B: Health services";
const police = "q) 6: Police";

function expectedList1(): string[][] {
  const id = council.personIds;
  return [
    [
      "Child Unique ID",
      "Gender",
      "Ethnicity",
      "Date of Birth",
      "Age of Child (Years)",
      "Date of Contact",
      "Contact Source",
    ],
    ["NM100234", "b) Female", "a) WBRI", "07/03/2019", "5", "05/01/2025", schools],
    [id.ben, "a) Male", "t) NOBT", "12/06/2021", "3", "05/01/2025", schools],
    [id.baby, "c) Not stated/recorded", "t) NOBT", "", "-1", "20/01/2025", police],
    ["NM100234", "b) Female", "a) WBRI", "07/03/2019", "5", "10/02/2025", healthVisitor],
    ["NM100877", "a) Male", "f) MWBC", "04/04/2017", "7", "20/02/2025", schools],
    [id.cara, "b) Female", "k) APKN", "30/09/2015", "9", "02/03/2025", schools],
    [id.fay, "b) Female", "t) NOBT", "29/02/2016", "9", "25/03/2025", police],
    [council.contactChildIds["c5:dan"]!, "a) Male", "t) NOBT", "01/01/2012", "13", "27/03/2025", schools],
    [id.eve, "b) Female", "o) BAFR", "08/08/2018", "6", "29/03/2025", healthVisitor],
  ];
}

const list2Header = [
  "Child Unique ID",
  "Gender",
  "Ethnicity",
  "Date of Birth",
  "Age of Child (Years)",
  "Assessment start date",
  "Assessment completion date",
  "Organisation completing assessment",
];
const list3Header = [
  "Child Unique ID",
  "Gender",
  "Ethnicity",
  "Date of Birth",
  "Age of Child (Years)",
  "Date of referral",
  "Referral Source",
  "Referral NFA?",
  "Number of Referrals in Last 12 Months",
  "Allocated Team",
  "Allocated Worker",
];

beforeAll(async () => {
  await seedDemoData(db(), { password: "a demo password for tests", nodeEnv: "test" });
  council = await seedReportCouncil(db());
  actor = actorFor(await currentUser(db(), "manager@northmoor-mash.example"));
});

describe("Ofsted's Annex A", () => {
  it("lists every child of every contact in the window: List 1", async () => {
    expect(await csv("annex-a-list-1.csv")).toEqual(expectedList1());
  });

  it("lists the early help assessments started in the window or still open: List 2", async () => {
    expect(await csv("annex-a-list-2.csv")).toEqual([
      list2Header,
      [
        council.personIds.ben,
        "a) Male",
        "t) NOBT",
        "12/06/2021",
        "3",
        "07/01/2025",
        "20/01/2025",
        "Northmoor Early Help Team",
      ],
    ]);
  });

  it("lists each referral with its NFA flag, earlier referrals and allocation: List 3", async () => {
    expect(await csv("annex-a-list-3.csv")).toEqual([
      list3Header,
      [
        "NM100234",
        "b) Female",
        "a) WBRI",
        "07/03/2019",
        "5",
        "05/01/2025",
        schools,
        "b) No",
        "0",
        "Assessment Team North",
        "Rachel Morgan",
      ],
      ["NM100234", "b) Female", "a) WBRI", "07/03/2019", "5", "10/02/2025", healthVisitor, "b) No", "1", "", ""],
      ["NM100877", "a) Male", "f) MWBC", "04/04/2017", "7", "20/02/2025", schools, "a) Yes", "0", "", ""],
    ]);
  });

  it("writes all three lists into one workbook that exceljs reads back", async () => {
    const download = await exportReturn(actor, "annex-a.xlsx", reportWindow);
    expect(download.filename).toBe("annex-a-2025-01-05-to-2025-03-29.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await read(download.body)) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      "List 1 - Contacts",
      "List 2 - Early Help",
      "List 3 - Referrals",
    ]);
    const values = (sheet: ExcelJS.Worksheet) => {
      const rows: string[][] = [];
      sheet.eachRow((row) => rows.push(Array.from((row.values as unknown[]).slice(1), (cell) => String(cell ?? ""))));
      return rows;
    };
    expect(values(workbook.worksheets[0]!)).toEqual(expectedList1());
    expect(values(workbook.worksheets[2]!)[0]).toEqual(list3Header);
    expect(values(workbook.worksheets[2]!)).toHaveLength(4);
  });

  it("audits each export with who, which file and which window", async () => {
    const events = await db().select().from(auditEvents).where(eq(auditEvents.action, "reports.returnExported"));
    expect(events.length).toBeGreaterThanOrEqual(4);
    expect(events[0]).toMatchObject({
      userId: actor.user!.id,
      subjectId: "annex-a-list-1.csv",
      details: { file: "annex-a-list-1.csv", from: reportWindow.from, to: reportWindow.to },
    });
  });
});

describe("the Children in Need census referral extract", () => {
  it("gives each referral the front door made with the census's names and codes", async () => {
    expect(await csv("cin-census-referrals.csv")).toEqual([
      [
        "LAchildID",
        "CINreferralDate",
        "ReferralSource",
        "PrimaryNeedCode",
        "ReferralNFA",
        "CINclosureDate",
        "ReasonForClosure",
      ],
      ["NM100234", "2025-01-05", "2A", "N1", "false", "", ""],
      ["NM100234", "2025-02-10", "3B", "N1", "false", "", ""],
      ["NM100877", "2025-02-20", "2A", "N5", "true", "2025-02-20", "RC8"],
    ]);
  });
});
