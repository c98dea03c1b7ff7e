import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/authorise.server";
import { config } from "~/config.server";
import { ErrorSummary } from "~/components/govuk/error-summary";
import { Select } from "~/components/govuk/select";
import { FigureView } from "~/components/reports/figure";
import { WindowForm } from "~/components/reports/window-form";
import { referralSources } from "~/domain/contact/census";
import { todayInLondon } from "~/forms/date-input";
import { parseDashboardQuery } from "~/forms/reports/filters";
import { windowQuery } from "~/forms/reports/window";
import { formatDate, formatDateTime } from "~/domain/date-format";
import { createTranslator } from "~/i18n/messages";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";
import { auditActor } from "~/services/audit.server";
import { dashboardSections } from "~/services/report-tables.server";
import { auditDashboardView, currentDashboard, filterChoices } from "~/services/reports.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: pageTitle("reports.dashboard.title", { hasErrors: (data?.errors.length ?? 0) > 0 }) },
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "reports.view", { context });
  const query = parseDashboardQuery(request.url, todayInLondon());
  const filters = {
    window: query.window,
    source: query.source,
    organisationId: query.organisationId,
    teamId: query.teamId,
  };
  const [data, choices] = await Promise.all([currentDashboard(filters, new Date(), request.signal), filterChoices()]);
  await auditDashboardView(auditActor(context, user), filters, "dashboard");
  const received = data.volumes.weekly.reduce((total, row) => total + row.count, 0);
  return {
    ...query,
    received,
    computedAt: data.computedAt.toISOString(),
    snapshotMinutes: config().REPORT_SNAPSHOT_MINUTES,
    sections: dashboardSections(data, createTranslator("en")),
    choices,
    downloadQuery: windowQuery(query.window, {
      source: query.source,
      organisation: query.organisationId,
      team: query.teamId,
    }),
  };
}

export default function Dashboard() {
  const t = useT();
  const {
    window,
    entered,
    errors,
    source,
    organisationId,
    teamId,
    received,
    computedAt,
    snapshotMinutes,
    sections,
    choices,
    downloadQuery,
  } = useLoaderData<typeof loader>();
  return (
    <>
      <ErrorSummary errors={errors.map((error) => ({ fieldId: error.field, text: t(error.key) }))} />
      <h1 className="govuk-heading-l">{t("reports.dashboard.title")}</h1>
      <p className="govuk-body-l">{t("reports.dashboard.lead")}</p>
      <details className="govuk-details" open={errors.length > 0 || !!source || !!organisationId || !!teamId}>
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">{t("reports.dashboard.filters")}</span>
        </summary>
        <div className="govuk-details__text">
          <WindowForm
            parsed={{ entered, errors }}
            legendKey="reports.dashboard.period"
            hintKey="reports.dashboard.periodHint"
            applyKey="reports.dashboard.apply"
          >
            <Select
              id="source"
              name="source"
              label={t("reports.filter.source")}
              placeholder={t("reports.filter.any")}
              defaultValue={source ?? ""}
              options={referralSources.map(({ code, messageKey }) => ({
                value: code,
                text: `${code}: ${t(messageKey)}`,
              }))}
            />
            <Select
              id="organisation"
              name="organisation"
              label={t("reports.filter.organisation")}
              placeholder={t("reports.filter.any")}
              defaultValue={organisationId ?? ""}
              options={choices.organisations.map(({ id, name }) => ({ value: id, text: name }))}
            />
            <Select
              id="team"
              name="team"
              label={t("reports.filter.team")}
              placeholder={t("reports.filter.any")}
              defaultValue={teamId ?? ""}
              options={choices.teams.map(({ id, name }) => ({ value: id, text: name }))}
            />
          </WindowForm>
        </div>
      </details>
      <p className="govuk-body govuk-!-font-weight-bold" data-testid="received">
        {t("reports.dashboard.received", {
          count: received,
          from: formatDate(window.from),
          to: formatDate(window.to),
        })}
      </p>
      <p className="govuk-inset-text" data-testid="computed-at">
        {t("reports.dashboard.computedAt", {
          when: formatDateTime(computedAt),
          minutes: snapshotMinutes,
        })}
      </p>
      {sections.map((section) => (
        <section key={section.id} aria-labelledby={`section-${section.id}`}>
          <h2 className="govuk-heading-l" id={`section-${section.id}`}>
            {section.heading}
          </h2>
          {section.id === "early-help" ? <p className="govuk-body">{t("reports.dashboard.earlyHelpFilters")}</p> : null}
          {section.figures.map((figure) => (
            <FigureView
              key={figure.id}
              figure={figure}
              downloadHref={`/reports/figures/${figure.id}.csv?${downloadQuery}`}
            />
          ))}
        </section>
      ))}
    </>
  );
}
