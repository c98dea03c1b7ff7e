import type { ReactNode } from "react";

export interface TableColumn<Row> {
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  numeric?: boolean;
}

/**
 * A GOV.UK table. On a phone, where its columns would push the page sideways,
 * each row becomes a stacked card: every cell is shown under its column's
 * name, the pattern GOV.UK services such as HMPPS use for wide tables.
 */
export function Table<Row>({
  caption,
  columns,
  rows,
  rowKey,
}: {
  caption?: ReactNode;
  columns: TableColumn<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
}) {
  return (
    <table className="govuk-table app-table--stacked">
      {caption ? <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption> : null}
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {columns.map((column, index) => (
            <th
              key={index}
              scope="col"
              className={`govuk-table__header${column.numeric ? " govuk-table__header--numeric" : ""}`}
            >
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map((row) => (
          <tr key={rowKey(row)} className="govuk-table__row">
            {columns.map((column, index) => (
              <td
                key={index}
                className={`govuk-table__cell${column.numeric ? " govuk-table__cell--numeric" : ""}`}
                data-label={typeof column.header === "string" ? column.header : undefined}
              >
                {column.cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
