import { PassThrough, type Readable } from "node:stream";
import ExcelJS from "exceljs";
import { db, reportsClient } from "~/db.server";
import { addDays, type ReportWindow } from "~/domain/reports/window";
import { annexA2025 } from "~/domain/reports/returns/annex-a-2025";
import { censusRow, cinCensusReferrals2025, type CensusReferralRow } from "~/domain/reports/returns/census-2025";
import {
  csvLine,
  returnRow,
  type ReturnChildRow,
  type ReturnList,
  type ReturnTemplate,
} from "~/domain/reports/returns/template";
import { recordAudit, type AuditActor } from "./audit.server";

/**
 * Ofsted's Annex A lists and the census referral extract, streamed: rows
 * come from the database through a cursor a few hundred at a time and go
 * straight into the CSV or the workbook (exceljs's streaming writer), so a
 * million rows never sit in memory.
 */
const currentAnnexA: ReturnTemplate = annexA2025;

const returnFiles = [
  "annex-a.xlsx",
  "annex-a-list-1.csv",
  "annex-a-list-2.csv",
  "annex-a-list-3.csv",
  "cin-census-referrals.csv",
] as const;
export type ReturnFile = (typeof returnFiles)[number];

export function isReturnFile(name: string): name is ReturnFile {
  return (returnFiles as readonly string[]).includes(name);
}

const cursorRows = 500;

/** The child's identifier: the case system's Child Unique ID, else the person record's, else the contact's child. */
const childId = `coalesce(p.case_system_id, p.id::text, cc.id::text)`;
const childColumns = `${childId} as "childId", p.gender as "gender", cc.sex as "sex",
  coalesce(p.ethnicity, cc.ethnicity) as "ethnicity",
  to_char(coalesce(p.date_of_birth, cc.date_of_birth), 'YYYY-MM-DD') as "dateOfBirth",
  to_char(coalesce(cc.due_date, p.expected_delivery_date), 'YYYY-MM-DD') as "dueDate"`;
const londonDate = (column: string) => `to_char(${column} at time zone 'Europe/London', 'YYYY-MM-DD')`;
const fromInstant = `($1::date)::timestamp at time zone 'Europe/London'`;
const toInstant = `($2::date)::timestamp at time zone 'Europe/London'`;

/** Each list's query: one row per child per contact, per assessment, per referral. */
const listQueries: Record<ReturnList["id"], string> = {
  "list-1": `
    select ${childColumns}, ${londonDate("c.received_at")} as "eventDate", c.referral_source as "source"
    from contacts c
      join contact_children cc on cc.contact_id = c.id
      left join persons p on p.id = cc.person_id
    where c.received_at >= ${fromInstant} and c.received_at < ${toInstant}
    order by c.received_at, c.reference, cc.position`,
  // Assessments started in the window, and those of plans still open (Ofsted's "current interventions").
  "list-2": `
    select coalesce(p.case_system_id, p.id::text, pc.id::text) as "childId", p.gender as "gender", pc.sex as "sex",
      p.ethnicity as "ethnicity",
      to_char(coalesce(p.date_of_birth, pc.date_of_birth), 'YYYY-MM-DD') as "dateOfBirth",
      to_char(coalesce(pc.due_date, p.expected_delivery_date), 'YYYY-MM-DD') as "dueDate",
      to_char(ep.assessment_started_on, 'YYYY-MM-DD') as "eventDate",
      to_char(ep.assessment_completed_on, 'YYYY-MM-DD') as "completedDate",
      o.name as "organisation"
    from early_help_plans ep
      join early_help_plan_children pc on pc.plan_id = ep.id
      left join persons p on p.id = pc.person_id
      left join organisations o on o.id = ep.assessment_organisation_id
    where ep.assessment_started_on is not null
      and ep.assessment_started_on < $2::date
      and (ep.assessment_started_on >= $1::date or ep.status <> 'closed')
    order by ep.assessment_started_on, ep.reference, pc.position`,
  "list-3": `
    select ${childColumns}, to_char(r.referral_date, 'YYYY-MM-DD') as "eventDate", r.referral_source as "source",
      r.nfa as "nfa", r.referrals_in_previous_12_months as "referralsInLast12Months",
      r.allocated_team as "allocatedTeam", w.name as "allocatedWorker"
    from referrals r
      join contact_children cc on cc.id = r.contact_child_id
      left join persons p on p.id = cc.person_id
      left join users w on w.id = r.allocated_worker_id
    where r.referral_date >= $1::date and r.referral_date < $2::date
    order by r.referral_date, r.created_at, cc.position`,
};

const censusQuery = `
  select ${childId} as "childId", to_char(r.referral_date, 'YYYY-MM-DD') as "referralDate",
    r.referral_source as "source", r.primary_need::text as "primaryNeed", r.nfa as "nfa",
    ${londonDate("r.nfa_recorded_at")} as "nfaDate"
  from referrals r
    join contact_children cc on cc.id = r.contact_child_id
    left join persons p on p.id = cc.person_id
  where r.referral_date >= $1::date and r.referral_date < $2::date
  order by r.referral_date, r.created_at, cc.position`;

/** The rows of a query, a batch at a time, through a server-side cursor on the reports' pool (a read replica when set). */
async function* batches<T>(query: string, window: ReportWindow): AsyncGenerator<T[]> {
  const client = reportsClient();
  const cursor = client.unsafe(query, [window.from, addDays(window.to, 1)]).cursor(cursorRows);
  for await (const rows of cursor) yield rows as unknown as T[];
}

async function writeCsv(stream: PassThrough, header: readonly string[], rows: AsyncIterable<(string | number)[][]>) {
  stream.write(csvLine(header));
  for await (const batch of rows) {
    const ok = stream.write(batch.map((cells) => csvLine(cells)).join(""));
    if (!ok) await new Promise((resolve) => stream.once("drain", resolve));
  }
  stream.end();
}

async function* listRows(template: ReturnTemplate, list: ReturnList, window: ReportWindow) {
  for await (const batch of batches<ReturnChildRow>(listQueries[list.id], window)) {
    yield batch.map((row) => returnRow(template, list, row));
  }
}

async function* censusRows(window: ReportWindow) {
  for await (const batch of batches<CensusReferralRow>(censusQuery, window)) yield batch.map(censusRow);
}

async function writeWorkbook(stream: PassThrough, template: ReturnTemplate, window: ReportWindow) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: false, useSharedStrings: false });
  for (const list of template.lists) {
    const sheet = workbook.addWorksheet(list.sheet);
    sheet.addRow(list.columns.map((column) => column.header)).commit();
    for await (const batch of batches<ReturnChildRow>(listQueries[list.id], window)) {
      for (const row of batch) sheet.addRow(returnRow(template, list, row)).commit();
    }
    sheet.commit();
  }
  await workbook.commit();
}

export interface ReturnDownload {
  filename: string;
  contentType: string;
  body: Readable;
}

/**
 * Starts one export and audits it (who, when, which list, which window)
 * before the first byte goes out. An error part-way ends the stream, so a
 * broken file is never mistaken for a short one.
 */
export async function exportReturn(actor: AuditActor, file: ReturnFile, window: ReportWindow): Promise<ReturnDownload> {
  const template = currentAnnexA;
  await recordAudit(db(), actor, {
    action: "reports.returnExported",
    subjectType: "return",
    subjectId: file,
    details: { file, template: file.startsWith("cin") ? cinCensusReferrals2025.id : template.id, ...window },
  });
  const stream = new PassThrough();
  const base = `${file.replace(/\.(csv|xlsx)$/, "")}-${window.from}-to-${window.to}`;
  const fail = (error: unknown) => stream.destroy(error instanceof Error ? error : new Error(String(error)));
  if (file === "annex-a.xlsx") {
    writeWorkbook(stream, template, window).catch(fail);
    return {
      filename: `${base}.xlsx`,
      contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      body: stream,
    };
  }
  if (file === "cin-census-referrals.csv") {
    writeCsv(stream, cinCensusReferrals2025.columns, censusRows(window)).catch(fail);
  } else {
    const list = template.lists.find((candidate) => file === `annex-a-${candidate.id}.csv`)!;
    writeCsv(
      stream,
      list.columns.map((column) => column.header),
      listRows(template, list, window),
    ).catch(fail);
  }
  return { filename: `${base}.csv`, contentType: "text/csv; charset=utf-8", body: stream };
}
