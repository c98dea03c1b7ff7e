import { organisations } from "#db/schema";
import { db } from "~/db.server";
import { recordAudit, type AuditActor } from "./audit.server";
import { earlyHelpFigures, type EarlyHelpFigures } from "./report-early-help.server";
import {
  agreementFigures,
  timelinessFigures,
  todayFigures,
  volumeFigures,
  type AgreementFigures,
  type TimelinessFigures,
  type TodayFigures,
  type VolumeFigures,
} from "./report-front-door.server";
import type { ReportFilters, Row } from "./report-sql.server";

/**
 * The front door dashboard: each figure one SQL aggregate (report-front-door,
 * report-early-help), run side by side; what it may be narrowed to; and the
 * audit of every view and export.
 */

export interface Dashboard {
  today: TodayFigures;
  volumes: VolumeFigures;
  timeliness: TimelinessFigures;
  agreement: AgreementFigures;
  earlyHelp: EarlyHelpFigures;
}

export async function dashboard(filters: ReportFilters, now: Date): Promise<Dashboard> {
  const [today, volumes, timeliness, agreement, earlyHelp] = await Promise.all([
    todayFigures(filters, now),
    volumeFigures(filters),
    timelinessFigures(filters, now),
    agreementFigures(filters),
    earlyHelpFigures(filters),
  ]);
  return { today, volumes, timeliness, agreement, earlyHelp };
}

/** The organisations and council teams the filters offer. */
export async function filterChoices(): Promise<{
  organisations: { id: string; name: string }[];
  teams: { id: string; name: string }[];
}> {
  const all = await db()
    .select({ id: organisations.id, name: organisations.name, type: organisations.type })
    .from(organisations)
    .orderBy(organisations.name);
  const councilTeams = new Set(["mash", "early_help", "social_care"]);
  return {
    organisations: all.map(({ id, name }) => ({ id, name })),
    teams: all.filter((organisation) => councilTeams.has(organisation.type)).map(({ id, name }) => ({ id, name })),
  };
}

/** The dashboard was seen, with what it was narrowed to: figures about children are still personal data in aggregate. */
export async function auditDashboardView(actor: AuditActor, filters: ReportFilters, page: string): Promise<void> {
  await recordAudit(db(), actor, { action: "reports.viewed", details: { page, ...filtersForAudit(filters) } });
}

/** A figure's table was downloaded: every export is audited. */
export async function auditFigureExport(actor: AuditActor, filters: ReportFilters, figure: string): Promise<void> {
  await recordAudit(db(), actor, {
    action: "reports.figureExported",
    subjectType: "report",
    subjectId: figure,
    details: { figure, ...filtersForAudit(filters) },
  });
}

function filtersForAudit(filters: ReportFilters): Row {
  return {
    from: filters.window.from,
    to: filters.window.to,
    source: filters.source ?? null,
    organisationId: filters.organisationId ?? null,
    teamId: filters.teamId ?? null,
  };
}

// ---------------------------------------------------------------------------
