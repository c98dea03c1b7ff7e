import { isMessageKey, type Translate } from "~/i18n/messages";
import type { OrganisationFigures } from "./report-organisation.server";
import type { Dashboard } from "./reports.server";
import { earlyHelpSection } from "./report-early-help-tables.server";
import { rate, type FigureSection } from "./report-figure-table.server";
import { agreementSection, timelinessSection, todaySection, volumesSection } from "./report-front-door-tables.server";

/** Each of the dashboard's sections as tables and charts, in the order the page shows them. */
export function dashboardSections(data: Dashboard, t: Translate): FigureSection[] {
  return [
    todaySection(data.today, t),
    volumesSection(data.volumes, t),
    timelinessSection(data.timeliness, t),
    agreementSection(data.agreement, t),
    earlyHelpSection(data.earlyHelp, t),
  ];
}

/** A partner organisation's own figures, as the same kind of tables and charts. */
export function organisationSections(
  data: OrganisationFigures,
  t: Translate,
  outcomeLabelKey: (outcome: string) => string | undefined,
): FigureSection[] {
  const months = data.contactsByMonth.map((row) => [row.month, row.count]);
  const outcomes = data.outcomes.map((row) => {
    const key = outcomeLabelKey(row.outcome);
    return [key && isMessageKey(key) ? t(key) : row.outcome, row.count];
  });
  const agreement = data.agreementByMonth.map((row) => [
    row.month,
    row.decided,
    row.agreed,
    row.lower,
    row.higher,
    rate(row.agreed, row.decided),
  ]);
  const descriptors = data.descriptorsDecidedLower.map((row) => [
    row.text,
    row.level === null ? "" : t("reports.agreement.levelShort", { level: row.level }),
    row.count,
  ]);
  return [
    {
      id: "my-organisation",
      heading: t("reports.mine.section"),
      figures: [
        {
          id: "my-contacts",
          title: t("reports.mine.contactsByMonth"),
          columns: [t("reports.column.month"), t("reports.column.contacts")],
          rows: months,
          chart: { type: "bar", points: months.map((row) => ({ label: String(row[0]), value: row[1] as number })) },
        },
        {
          id: "my-outcomes",
          title: t("reports.mine.outcomes"),
          columns: [t("reports.column.outcome"), t("reports.column.children")],
          rows: outcomes,
          chart: { type: "bar", points: outcomes.map((row) => ({ label: String(row[0]), value: row[1] as number })) },
        },
        {
          id: "my-agreement",
          title: t("reports.mine.agreement"),
          columns: [
            t("reports.column.month"),
            t("reports.column.childrenDecided"),
            t("reports.agreement.agreed"),
            t("reports.agreement.lower"),
            t("reports.agreement.higher"),
            t("reports.column.agreementRate"),
          ],
          rows: agreement,
          chart: {
            type: "line",
            unit: "%",
            points: agreement
              .filter((row) => typeof row[5] === "number")
              .map((row) => ({ label: String(row[0]), value: row[5] as number })),
          },
        },
        {
          id: "my-descriptors",
          title: t("reports.mine.descriptors"),
          columns: [t("reports.column.descriptor"), t("reports.column.level"), t("reports.column.contacts")],
          rows: descriptors,
          chart: null,
        },
      ],
    },
  ];
}
