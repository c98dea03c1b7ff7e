import type { LoaderFunctionArgs } from "@remix-run/node";
import { requirePermission } from "~/auth/authorise.server";
import { csvLine } from "~/domain/reports/returns/template";
import { todayInLondon } from "~/forms/date-input";
import { parseDashboardQuery } from "~/forms/reports/filters";
import { createTranslator } from "~/i18n/messages";
import { auditActor } from "~/services/audit.server";
import { dashboardSections } from "~/services/report-tables.server";
import { auditFigureExport, currentDashboard } from "~/services/reports.server";

/**
 * One dashboard figure's table as CSV, for the filters in the query string (`/reports/figures/waiting-by-rag.csv`):
 * the same snapshot as the page, so the download matches what the manager saw.
 */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "reports.view", { context });
  const id = (params.figure ?? "").replace(/\.csv$/, "");
  const query = parseDashboardQuery(request.url, todayInLondon());
  if (query.errors.length > 0) throw new Response("Bad request", { status: 400 });
  const filters = {
    window: query.window,
    source: query.source,
    organisationId: query.organisationId,
    teamId: query.teamId,
  };
  const data = await currentDashboard(filters, new Date(), request.signal);
  const sections = dashboardSections(data, createTranslator("en"));
  const figure = sections.flatMap((section) => section.figures).find((candidate) => candidate.id === id);
  if (!figure) throw new Response("Not found", { status: 404 });
  await auditFigureExport(auditActor(context, user), filters, id);
  const body = [figure.columns, ...figure.rows].map((row) => csvLine(row)).join("");
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${id}-${filters.window.from}-to-${filters.window.to}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
