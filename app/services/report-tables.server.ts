import type { ChartSpec } from "~/components/reports/charts";
import { referralSources } from "~/domain/contact/census";
import { closureReasonLabels, type ClosureReason } from "~/domain/early-help/closure";
import { planStatusLabels, type PlanStatus } from "~/domain/early-help/plan-status";
import { decisionTimeBands, percentage, waitingAgeBands } from "~/domain/reports/rates";
import { isMessageKey, type Translate } from "~/i18n/messages";
import type { OrganisationFigures } from "./report-organisation.server";
import type { Dashboard } from "./reports.server";

/**
 * Each figure of the dashboard as a table (what the page shows beneath the
 * chart, and what its CSV download holds) and the chart drawn from it: one
 * function, so the chart, the table and the CSV can never disagree.
 */
export interface FigureTable {
  id: string;
  title: string;
  columns: string[];
  rows: (string | number)[][];
  chart: ChartSpec | null;
}

export interface FigureSection {
  id: string;
  heading: string;
  figures: FigureTable[];
}

const rate = (part: number, whole: number) => percentage(part, whole) ?? "";

export function dashboardSections(data: Dashboard, t: Translate): FigureSection[] {
  const label = (key: string, fallback: string) => (isMessageKey(key) ? t(key) : fallback);
  const rag = (value: string) => label(`mash.rag.${value}`, value);
  const agency = (value: string) => label(`mash.agency.${value}`, value);
  const source = (code: string) => {
    const found = referralSources.find((candidate) => candidate.code === code);
    return found ? `${code}: ${t(found.messageKey)}` : code;
  };
  const organisationType = (type: string) => label(`referenceData.organisationType.${type}`, type);
  const bars = (rows: (string | number)[][], value: number, unit?: "%"): ChartSpec => ({
    type: "bar",
    unit,
    points: rows
      .filter((row) => typeof row[value] === "number")
      .map((row) => ({ label: String(row[0]), value: row[value] as number })),
  });
  const ragOrder = ["unrated", "red", "amber", "green"];

  const { today, volumes, timeliness, agreement, earlyHelp } = data;

  const waitingByRag = ragOrder.map((value) => [
    rag(value),
    today.waiting.filter((row) => row.rag === value).reduce((total, row) => total + row.count, 0),
  ]);
  const waitingByAge = waitingAgeBands.map((band) => [
    t(`reports.band.${band.id}`),
    today.waiting.filter((row) => row.age === band.id).reduce((total, row) => total + row.count, 0),
  ]);
  const atAGlance = [
    [t("reports.today.overdueScreening"), today.overdueScreening],
    [t("reports.today.overdueDecision"), today.overdueDecision],
    [t("reports.today.signOffsWaiting"), today.signOffsWaiting],
    [t("reports.today.stepDownsWaiting"), today.stepDownsWaiting],
    [t("reports.today.stepDownsOverdue"), today.stepDownsOverdue],
  ];
  const checksOverdue = today.checksOverdue.map((row) => [agency(row.agency), row.count]);

  const weeks = [...new Set(volumes.weekly.map((row) => row.week))];
  const weekSources = [...new Set(volumes.weekly.map((row) => row.source))].sort();
  const weekly = weeks.map((week) => {
    const ofWeek = volumes.weekly.filter((row) => row.week === week);
    return [
      week,
      ofWeek.reduce((total, row) => total + row.count, 0),
      ...weekSources.map((code) => ofWeek.find((row) => row.source === code)?.count ?? 0),
    ];
  });
  const all = volumes.outcomesBySource.reduce(
    (total, row) => ({
      decided: total.decided + row.decided,
      referrals: total.referrals + row.referrals,
      nfa: total.nfa + row.nfa,
      referralsNfa: total.referralsNfa + row.referralsNfa,
    }),
    { decided: 0, referrals: 0, nfa: 0, referralsNfa: 0 },
  );
  const outcomes = [{ source: "", ...all }, ...volumes.outcomesBySource].map((row) => [
    row.source ? source(row.source) : t("reports.allSources"),
    row.decided,
    row.referrals,
    rate(row.referrals, row.decided),
    row.nfa,
    rate(row.nfa, row.decided),
    row.referralsNfa,
  ]);
  const repeats = [
    [
      t("reports.volumes.repeatContacts"),
      volumes.repeats.repeatContacts,
      volumes.repeats.children,
      rate(volumes.repeats.repeatContacts, volumes.repeats.children),
    ],
    [
      t("reports.volumes.reReferrals"),
      volumes.reReferrals.reReferrals,
      volumes.reReferrals.referrals,
      rate(volumes.reReferrals.reReferrals, volumes.reReferrals.referrals),
    ],
  ];

  const byRag = ragOrder
    .map((value) => timeliness.byRag.find((row) => row.rag === value))
    .filter((row) => row !== undefined)
    .map((row) => [rag(row.rag), row.decided, row.onTime, rate(row.onTime, row.decided)]);
  const distribution = decisionTimeBands.map((band) => [
    t(`reports.band.${band.id}`),
    timeliness.decisionTimes.find((row) => row.band === band.id)?.count ?? 0,
  ]);
  const checks = timeliness.checksByAgency.map((row) => [
    agency(row.agency),
    row.asked,
    row.answeredOnTime,
    row.answeredLate,
    row.openOverdue,
    rate(row.answeredOnTime, row.asked),
  ]);

  const levels = [...new Set(agreement.matrix.flatMap((row) => [row.referrerLevel, row.decidedLevel]))].sort();
  const matrix = [...new Set(agreement.matrix.map((row) => row.referrerLevel))]
    .sort()
    .map((referrerLevel) => [
      t("reports.agreement.level", { level: referrerLevel }),
      ...levels.map(
        (decidedLevel) =>
          agreement.matrix.find((row) => row.referrerLevel === referrerLevel && row.decidedLevel === decidedLevel)
            ?.count ?? 0,
      ),
    ]);
  const agreementRow = (name: string, row: { decided: number; agreed: number; lower: number; higher: number }) => [
    name,
    row.decided,
    row.agreed,
    row.lower,
    row.higher,
    rate(row.agreed, row.decided),
  ];
  const agreementColumns = [
    t("reports.column.childrenDecided"),
    t("reports.agreement.agreed"),
    t("reports.agreement.lower"),
    t("reports.agreement.higher"),
    t("reports.column.agreementRate"),
  ];
  const byAgency = agreement.byAgency.map((row) => agreementRow(organisationType(row.organisationType), row));
  const byOrganisation = agreement.byOrganisation.map((row) => agreementRow(row.organisationName, row));
  const byMonth = agreement.byMonth.map((row) => [row.month, row.decided, rate(row.agreed, row.decided)]);

  const openPlans = earlyHelp.openPlans.map((row) => [
    label(planStatusLabels[row.status as PlanStatus] ?? "", row.status),
    row.count,
  ]);
  const plansWork = [
    [t("reports.earlyHelp.reviewsHeld"), earlyHelp.reviews.held],
    [t("reports.earlyHelp.reviewsOnTime"), earlyHelp.reviews.onTime],
    [t("reports.earlyHelp.goalsImproved"), earlyHelp.goals.improved],
    [t("reports.earlyHelp.goalsSame"), earlyHelp.goals.same],
    [t("reports.earlyHelp.goalsWorse"), earlyHelp.goals.worse],
    [t("reports.earlyHelp.averageChange"), earlyHelp.goals.averageChange ?? ""],
  ];
  const closures = earlyHelp.closures.map((row) => [
    label(closureReasonLabels[row.reason as ClosureReason] ?? "", row.reason),
    row.count,
  ]);
  const steps = [
    [t("reports.earlyHelp.steps.made"), earlyHelp.stepUps.requested, earlyHelp.stepDowns.sent],
    [t("reports.earlyHelp.steps.accepted"), earlyHelp.stepUps.accepted, earlyHelp.stepDowns.accepted],
    [t("reports.earlyHelp.steps.refused"), earlyHelp.stepUps.notAccepted, earlyHelp.stepDowns.returned],
    [t("reports.earlyHelp.steps.waiting"), earlyHelp.stepUps.waiting, earlyHelp.stepDowns.waiting],
    [
      t("reports.earlyHelp.steps.medianHours"),
      earlyHelp.stepUps.medianHoursToDecision ?? "",
      earlyHelp.stepDowns.medianHoursToAcceptance ?? "",
    ],
  ];

  const figure = (
    id: string,
    title: string,
    columns: string[],
    rows: (string | number)[][],
    chart: ChartSpec | null,
  ): FigureTable => ({ id, title, columns, rows, chart });
  const count = t("reports.column.number");

  return [
    {
      id: "today",
      heading: t("reports.section.today"),
      figures: [
        figure(
          "waiting-by-rag",
          t("reports.figure.waitingByRag"),
          [t("reports.column.rag"), count],
          waitingByRag,
          bars(waitingByRag, 1),
        ),
        figure(
          "waiting-by-age",
          t("reports.figure.waitingByAge"),
          [t("reports.column.waiting"), count],
          waitingByAge,
          bars(waitingByAge, 1),
        ),
        figure(
          "at-a-glance",
          t("reports.figure.atAGlance"),
          [t("reports.column.measure"), count],
          atAGlance,
          bars(atAGlance, 1),
        ),
        figure(
          "checks-overdue",
          t("reports.figure.checksOverdue"),
          [t("reports.column.agency"), count],
          checksOverdue,
          bars(checksOverdue, 1),
        ),
      ],
    },
    {
      id: "volumes",
      heading: t("reports.section.volumes"),
      figures: [
        figure(
          "contacts-per-week",
          t("reports.figure.contactsPerWeek"),
          [t("reports.column.weekBeginning"), t("reports.column.contacts"), ...weekSources.map(source)],
          weekly,
          { type: "line", points: weekly.map((row) => ({ label: String(row[0]), value: row[1] as number })) },
        ),
        figure(
          "outcomes-by-source",
          t("reports.figure.outcomesBySource"),
          [
            t("reports.column.source"),
            t("reports.column.childrenDecided"),
            t("reports.column.referrals"),
            t("reports.column.conversionRate"),
            t("reports.column.nfa"),
            t("reports.column.nfaRate"),
            t("reports.column.referralsNfa"),
          ],
          outcomes,
          bars(outcomes, 5, "%"),
        ),
        figure(
          "repeats",
          t("reports.figure.repeats"),
          [t("reports.column.measure"), count, t("reports.column.outOf"), t("reports.column.rate")],
          repeats,
          bars(repeats, 3, "%"),
        ),
      ],
    },
    {
      id: "timeliness",
      heading: t("reports.section.timeliness"),
      figures: [
        figure(
          "decisions-on-time",
          t("reports.figure.decisionsOnTime"),
          [t("reports.column.rag"), t("reports.column.decided"), t("reports.column.onTime"), t("reports.column.rate")],
          byRag,
          bars(byRag, 3, "%"),
        ),
        figure(
          "time-to-decision",
          t("reports.figure.timeToDecision"),
          [t("reports.column.timeToDecision"), t("reports.column.contacts")],
          distribution,
          bars(distribution, 1),
        ),
        figure(
          "checks-on-time",
          t("reports.figure.checksOnTime"),
          [
            t("reports.column.agency"),
            t("reports.column.asked"),
            t("reports.column.onTime"),
            t("reports.column.late"),
            t("reports.column.openOverdue"),
            t("reports.column.rate"),
          ],
          checks,
          bars(checks, 5, "%"),
        ),
      ],
    },
    {
      id: "agreement",
      heading: t("reports.section.agreement"),
      figures: [
        figure(
          "agreement-matrix",
          t("reports.figure.agreementMatrix"),
          [t("reports.column.referrerLevel"), ...levels.map((level) => t("reports.agreement.decidedLevel", { level }))],
          matrix,
          null,
        ),
        figure(
          "agreement-by-agency",
          t("reports.figure.agreementByAgency"),
          [t("reports.column.agency"), ...agreementColumns],
          byAgency,
          bars(byAgency, 5, "%"),
        ),
        figure(
          "agreement-by-organisation",
          t("reports.figure.agreementByOrganisation"),
          [t("reports.column.organisation"), ...agreementColumns],
          byOrganisation,
          bars(byOrganisation, 5, "%"),
        ),
        figure(
          "agreement-by-month",
          t("reports.figure.agreementByMonth"),
          [t("reports.column.month"), t("reports.column.childrenDecided"), t("reports.column.agreementRate")],
          byMonth,
          {
            type: "line",
            unit: "%",
            points: byMonth
              .filter((row) => typeof row[2] === "number")
              .map((row) => ({ label: String(row[0]), value: row[2] as number })),
          },
        ),
      ],
    },
    {
      id: "early-help",
      heading: t("reports.section.earlyHelp"),
      figures: [
        figure(
          "open-plans",
          t("reports.figure.openPlans"),
          [t("reports.column.status"), count],
          openPlans,
          bars(openPlans, 1),
        ),
        figure(
          "reviews-and-goals",
          t("reports.figure.reviewsAndGoals"),
          [t("reports.column.measure"), count],
          plansWork,
          bars(plansWork.slice(0, 5), 1),
        ),
        figure(
          "closures",
          t("reports.figure.closures"),
          [t("reports.column.reason"), count],
          closures,
          bars(closures, 1),
        ),
        figure(
          "step-ups-and-downs",
          t("reports.figure.steps"),
          [t("reports.column.measure"), t("reports.column.stepUps"), t("reports.column.stepDowns")],
          steps,
          null,
        ),
      ],
    },
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
