import type { ReactNode } from "react";
import { Link } from "@remix-run/react";
import { useT } from "~/i18n/use-t";
import { classNames } from "./classes";

export interface SummaryRow {
  key: ReactNode;
  value: ReactNode;
  /** A "Change" link back to the question; `visuallyHiddenText` says what is changed, for screen readers. */
  change?: { href: string; visuallyHiddenText: string };
}

export function SummaryList({ rows, noBorder }: { rows: SummaryRow[]; noBorder?: boolean }) {
  const t = useT();
  const anyActions = rows.some((row) => row.change);
  return (
    <dl className={classNames("govuk-summary-list", noBorder && "govuk-summary-list--no-border")}>
      {rows.map((row, index) => (
        <div
          key={index}
          className={classNames(
            "govuk-summary-list__row",
            anyActions && !row.change && "govuk-summary-list__row--no-actions",
          )}
        >
          <dt className="govuk-summary-list__key">{row.key}</dt>
          <dd className="govuk-summary-list__value">{row.value}</dd>
          {row.change ? (
            <dd className="govuk-summary-list__actions">
              <Link className="govuk-link" to={row.change.href}>
                {t("common.change")}
                <span className="govuk-visually-hidden"> {row.change.visuallyHiddenText}</span>
              </Link>
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
}

export function SummaryCard({
  title,
  actions,
  children,
}: {
  title: ReactNode;
  /** One action, or several (GOV.UK lists them: "Change", "Remove"). */
  actions?: ReactNode | ReactNode[];
  children: ReactNode;
}) {
  return (
    <div className="govuk-summary-card">
      <div className="govuk-summary-card__title-wrapper">
        <h2 className="govuk-summary-card__title">{title}</h2>
        {Array.isArray(actions) ? (
          <ul className="govuk-summary-card__actions">
            {actions.map((action, index) => (
              <li key={index} className="govuk-summary-card__action">
                {action}
              </li>
            ))}
          </ul>
        ) : actions ? (
          <div className="govuk-summary-card__actions">{actions}</div>
        ) : null}
      </div>
      <div className="govuk-summary-card__content">{children}</div>
    </div>
  );
}
