import { decisionTimeBands, waitingAgeBands } from "~/domain/reports/rates";
import { type Translate } from "~/i18n/messages";
import type { Dashboard } from "./reports.server";
import { figure, labels, rate, type FigureSection } from "./report-figure-table.server";

/** The front door's figures as tables and charts: today, volumes, timeliness and threshold agreement. */
export function todaySection(today: Dashboard["today"], t: Translate): FigureSection {
  const { rag, agency, bars, ragOrder, count } = labels(t);
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
  return {
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
  };
}

export function volumesSection(volumes: Dashboard["volumes"], t: Translate): FigureSection {
  const { source, bars, count } = labels(t);
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
  return {
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
  };
}

export function timelinessSection(timeliness: Dashboard["timeliness"], t: Translate): FigureSection {
  const { rag, agency, bars, ragOrder } = labels(t);
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
  return {
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
  };
}

export function agreementSection(agreement: Dashboard["agreement"], t: Translate): FigureSection {
  const { organisationType, bars } = labels(t);
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
  return {
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
  };
}
