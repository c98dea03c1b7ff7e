import type { MetaFunction } from "@remix-run/node";
import { council } from "~/council";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";

export const meta: MetaFunction = () => [{ title: pageTitle("accessibility.title") }];

const sections = [
  ["accessibility.standard.heading", "accessibility.standard.body"],
  ["accessibility.charts.heading", "accessibility.charts.body"],
  ["accessibility.problems.heading", "accessibility.problems.body"],
  ["accessibility.enforcement.heading", "accessibility.enforcement.body"],
] as const;

export default function AccessibilityStatement() {
  const t = useT();
  const params = { council: council.name, phone: council.mashPhone };
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{t("accessibility.title")}</h1>
        <p className="govuk-body">{t("accessibility.intro", params)}</p>
        <ul className="govuk-list govuk-list--bullet">
          <li>{t("accessibility.can.zoom")}</li>
          <li>{t("accessibility.can.zoomIn")}</li>
          <li>{t("accessibility.can.keyboard")}</li>
          <li>{t("accessibility.can.speech")}</li>
          <li>{t("accessibility.can.noScript")}</li>
        </ul>
        {sections.map(([heading, body]) => (
          <section key={heading}>
            <h2 className="govuk-heading-m">{t(heading)}</h2>
            <p className="govuk-body">{t(body, params)}</p>
          </section>
        ))}
      </div>
    </div>
  );
}
