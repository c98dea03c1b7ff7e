import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/authorise.server";
import { ErrorSummary } from "~/components/govuk/error-summary";
import { WindowForm } from "~/components/reports/window-form";
import { defaultReturnsWindow } from "~/domain/reports/window";
import { todayInLondon } from "~/forms/date-input";
import { parseWindow, windowQuery } from "~/forms/reports/window";
import { formatDate } from "~/domain/date-format";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: pageTitle("reports.returns.title", { hasErrors: (data?.errors.length ?? 0) > 0 }) },
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requirePermission(request, "reports.returns", { context });
  const parsed = parseWindow(new URL(request.url).searchParams, defaultReturnsWindow(todayInLondon()));
  return { ...parsed, query: windowQuery(parsed.window) };
}

const downloads = [
  { file: "annex-a.xlsx", key: "reports.returns.annexA.workbook" },
  { file: "annex-a-list-1.csv", key: "reports.returns.annexA.list-1" },
  { file: "annex-a-list-2.csv", key: "reports.returns.annexA.list-2" },
  { file: "annex-a-list-3.csv", key: "reports.returns.annexA.list-3" },
] as const;

export default function Returns() {
  const t = useT();
  const { window, entered, errors, query } = useLoaderData<typeof loader>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={errors.map((error) => ({ fieldId: error.field, text: t(error.key) }))} />
        <h1 className="govuk-heading-l">{t("reports.returns.title")}</h1>
        <p className="govuk-body">{t("reports.returns.lead")}</p>
        <WindowForm
          parsed={{ entered, errors }}
          legendKey="reports.returns.period"
          hintKey="reports.returns.periodHint"
          applyKey="reports.returns.apply"
        />
        <p className="govuk-body govuk-!-font-weight-bold">
          {t("reports.returns.showing", { from: formatDate(window.from), to: formatDate(window.to) })}
        </p>
        <h2 className="govuk-heading-m">{t("reports.returns.annexA.heading")}</h2>
        <p className="govuk-body">{t("reports.returns.annexA.body")}</p>
        <ul className="govuk-list">
          {downloads.map(({ file, key }) => (
            <li key={file}>
              <a className="govuk-link" href={`/reports/returns/${file}?${query}`} download>
                {t(key)}
              </a>
            </li>
          ))}
        </ul>
        <h2 className="govuk-heading-m">{t("reports.returns.census.heading")}</h2>
        <p className="govuk-body">{t("reports.returns.census.body")}</p>
        <p className="govuk-body">
          <a className="govuk-link" href={`/reports/returns/cin-census-referrals.csv?${query}`} download>
            {t("reports.returns.census.download")}
          </a>
        </p>
      </div>
    </div>
  );
}
