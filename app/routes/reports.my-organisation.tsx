import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/authorise.server";
import { config } from "~/config.server";
import { formatDateTime } from "~/domain/date-format";
import { ErrorSummary } from "~/components/govuk/error-summary";
import { FigureView } from "~/components/reports/figure";
import { WindowForm } from "~/components/reports/window-form";
import { addMonths } from "~/domain/reports/window";
import { todayInLondon } from "~/forms/date-input";
import { parseWindow } from "~/forms/reports/window";
import { createTranslator } from "~/i18n/messages";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";
import { auditActor } from "~/services/audit.server";
import { mashSettings } from "~/services/mash-settings.server";
import { organisationSections } from "~/services/report-tables.server";
import { currentOrganisationFigures } from "~/services/report-organisation.server";
import { auditDashboardView } from "~/services/reports.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: pageTitle("reports.mine.title", { hasErrors: (data?.errors.length ?? 0) > 0 }) },
];

/** A partner's own organisation's figures, for the last 12 months unless they choose another period. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "reports.viewOwnOrganisation", { context });
  const today = todayInLondon();
  const parsed = parseWindow(new URL(request.url).searchParams, { from: addMonths(today, -12), to: today });
  const { figures: data, computedAt } = await currentOrganisationFigures(
    user.organisationId,
    parsed.window,
    request.signal,
  );
  await auditDashboardView(
    auditActor(context, user),
    { window: parsed.window, organisationId: user.organisationId },
    "my-organisation",
  );
  const labels = new Map(mashSettings.outcomes.map((outcome) => [outcome.id, outcome.labelKey]));
  return {
    ...parsed,
    organisationName: user.organisationName,
    computedAt: computedAt.toISOString(),
    snapshotMinutes: config().REPORT_SNAPSHOT_MINUTES,
    sections: organisationSections(data, createTranslator("en"), (outcome) => labels.get(outcome)),
  };
}

export default function MyOrganisation() {
  const t = useT();
  const { entered, errors, organisationName, computedAt, snapshotMinutes, sections } = useLoaderData<typeof loader>();
  return (
    <>
      <ErrorSummary errors={errors.map((error) => ({ fieldId: error.field, text: t(error.key) }))} />
      <h1 className="govuk-heading-l">{t("reports.mine.title")}</h1>
      <p className="govuk-body-l">{t("reports.mine.lead", { organisation: organisationName })}</p>
      <WindowForm parsed={{ entered, errors }} legendKey="reports.mine.period" applyKey="reports.mine.apply" />
      <p className="govuk-inset-text" data-testid="computed-at">
        {t("reports.mine.computedAt", { when: formatDateTime(computedAt), minutes: snapshotMinutes })}
      </p>
      {sections.map((section) => (
        <section key={section.id} aria-labelledby={`section-${section.id}`}>
          <h2 className="govuk-heading-l" id={`section-${section.id}`}>
            {section.heading}
          </h2>
          {section.figures.map((figure) => (
            <FigureView key={figure.id} figure={figure} />
          ))}
        </section>
      ))}
      <p className="govuk-body">
        <Link className="govuk-link" to="/thresholds">
          {t("reports.mine.learnMore")}
        </Link>
      </p>
    </>
  );
}
