import { referralSources } from "~/domain/contact/census";
import { defaultDashboardWindow } from "~/domain/reports/window";
import { parseWindow, type ParsedWindow } from "./window";
import { isUuid } from "~/domain/uuid";

export interface DashboardQuery extends ParsedWindow {
  source?: string;
  organisationId?: string;
  teamId?: string;
}

/** The dashboard's filters from its query string; an unknown source or id is ignored rather than an error. */
export function parseDashboardQuery(url: string, today: string): DashboardQuery {
  const params = new URL(url).searchParams;
  const source = params.get("source") ?? "";
  const organisationId = params.get("organisation") ?? "";
  const teamId = params.get("team") ?? "";
  return {
    ...parseWindow(params, defaultDashboardWindow(today)),
    source: referralSources.some((candidate) => candidate.code === source) ? source : undefined,
    organisationId: isUuid(organisationId) ? organisationId : undefined,
    teamId: isUuid(teamId) ? teamId : undefined,
  };
}
