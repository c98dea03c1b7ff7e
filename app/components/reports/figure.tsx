import { useT } from "~/i18n/use-t";
import type { FigureTable } from "~/services/report-figure-table.server";
import { Chart } from "./charts";

/** One figure: its heading, the chart, the same numbers as a table, and the table as CSV. */
export function FigureView({ figure, downloadHref }: { figure: FigureTable; downloadHref?: string }) {
  const t = useT();
  return (
    <div className="govuk-!-margin-bottom-9" id={`figure-${figure.id}`}>
      <h3 className="govuk-heading-m">{figure.title}</h3>
      {figure.rows.length === 0 ? (
        <p className="govuk-body">{t("reports.figure.noData")}</p>
      ) : (
        <>
          {figure.chart ? (
            <Chart
              id={`chart-${figure.id}`}
              title={figure.title}
              description={t("reports.figure.chartDescription")}
              spec={figure.chart}
            />
          ) : null}
          <div className="app-table-scroll">
            <table className="govuk-table">
              <caption className="govuk-table__caption govuk-visually-hidden">
                {t("reports.figure.tableCaption", { title: figure.title })}
              </caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  {figure.columns.map((column, index) => (
                    <th
                      key={index}
                      scope="col"
                      className={`govuk-table__header${index > 0 ? " govuk-table__header--numeric" : ""}`}
                    >
                      {column}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {figure.rows.map((row, rowIndex) => (
                  <tr key={rowIndex} className="govuk-table__row">
                    {row.map((cell, index) =>
                      index === 0 ? (
                        <th key={index} scope="row" className="govuk-table__header">
                          {cell}
                        </th>
                      ) : (
                        <td key={index} className="govuk-table__cell govuk-table__cell--numeric">
                          {cell}
                        </td>
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {downloadHref ? (
        <p className="govuk-body">
          <a className="govuk-link" href={downloadHref} download>
            {t("reports.figure.download")}
            <span className="govuk-visually-hidden">{t("reports.figure.downloadHidden", { title: figure.title })}</span>
          </a>
        </p>
      ) : null}
    </div>
  );
}
