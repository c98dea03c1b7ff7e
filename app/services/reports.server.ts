import type { Queryable } from "#db/connection";
import { organisations } from "#db/schema";
import { defaultDashboardWindow } from "~/domain/reports/window";
import { todayInLondon } from "~/forms/date-input";
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
import { reportQueries, type ReportFilters, type Row } from "./report-sql.server";
import { forgetOldSnapshots, snapshot, snapshotKey } from "./report-snapshots.server";

/**
 * The front door dashboard: each figure one SQL aggregate (report-front-door,
 * report-early-help); "today, at a glance" always live, and the figures for
 * the chosen window from a snapshot at most REPORT_SNAPSHOT_MINUTES old
 * (ADR 18); what it may be narrowed to; and the audit of every view and export.
 */

export interface Dashboard {
  today: TodayFigures;
  volumes: VolumeFigures;
  timeliness: TimelinessFigures;
  agreement: AgreementFigures;
  earlyHelp: EarlyHelpFigures;
}

type WindowedFigures = Omit<Dashboard, "today">;

async function windowedFigures(q: Queryable, filters: ReportFilters, now: Date): Promise<WindowedFigures> {
  const [volumes, timeliness, agreement, earlyHelp] = await Promise.all([
    volumeFigures(q, filters),
    timelinessFigures(q, filters, now),
    agreementFigures(q, filters),
    earlyHelpFigures(q, filters),
  ]);
  return { volumes, timeliness, agreement, earlyHelp };
}

/** Every figure, worked out now: no snapshot. */
export function dashboard(filters: ReportFilters, now: Date): Promise<Dashboard> {
  return reportQueries(async (q) => {
    const [today, windowed] = await Promise.all([todayFigures(q, filters, now), windowedFigures(q, filters, now)]);
    return { today, ...windowed };
  });
}

function dashboardKey(filters: ReportFilters): string {
  return snapshotKey("dashboard", {
    from: filters.window.from,
    to: filters.window.to,
    source: filters.source,
    organisationId: filters.organisationId,
    teamId: filters.teamId,
  });
}

/** What the page and the figure downloads show: today's figures live, the window's from its snapshot. */
export async function currentDashboard(
  filters: ReportFilters,
  now: Date,
  signal?: AbortSignal,
): Promise<Dashboard & { computedAt: Date }> {
  const [today, windowed] = await Promise.all([
    reportQueries((q) => todayFigures(q, filters, now)),
    snapshot(dashboardKey(filters), () => reportQueries((q) => windowedFigures(q, filters, now)), { signal }),
  ]);
  return { today, ...windowed.figures, computedAt: windowed.computedAt };
}

/**
 * The scheduled job's: works out the dashboard as it first opens (the last
 * 13 weeks, no filters) unless it is under a minute old, so the first
 * manager of the morning finds it ready, and clears snapshots a day old.
 */
export async function refreshDefaultDashboard(now: Date): Promise<Date> {
  await forgetOldSnapshots();
  const filters = { window: defaultDashboardWindow(todayInLondon(now)) };
  const { computedAt } = await snapshot(
    dashboardKey(filters),
    () => reportQueries((q) => windowedFigures(q, filters, now)),
    { maxAgeMinutes: 1 },
  );
  return computedAt;
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
