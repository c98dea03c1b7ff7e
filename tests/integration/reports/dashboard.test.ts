import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { users } from "#db/schema";
import { seedDemoData } from "#db/seed";
import { statusesAwaitingDecision } from "~/domain/mash/contact-status";
import { decisionTimeBand } from "~/domain/reports/rates";
import { dashboard, type Dashboard } from "~/services/reports.server";
import {
  fixtureContacts,
  fixturePlans,
  fixtureStepDowns,
  reportNow,
  reportWindow,
  seedReportCouncil,
  type FixtureContact,
} from "#tests/support/report-fixtures";
import { useTestDatabase } from "#tests/support/test-database";

/**
 * Every figure on the dashboard, worked out again here from the fixture's
 * own lists (not from the database) and compared with what the SQL gives.
 */
const { db } = useTestDatabase();
let figures: Dashboard;

const inWindow = (iso: string) => iso >= `${reportWindow.from}T00:00:00Z` && iso < `${reportWindow.to}T23:59:59Z`;
const received = fixtureContacts.filter((contact) => inWindow(contact.receivedAt));
const waiting = fixtureContacts.filter((contact) =>
  (statusesAwaitingDecision as readonly string[]).includes(contact.status),
);
const standing = (contact: FixtureContact) =>
  contact.decisionState === "recorded" || contact.decisionState === "approved";
const decidedChildren = received
  .filter(standing)
  .flatMap((contact) => contact.children.map((child) => ({ contact, child })));
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

beforeAll(async () => {
  await seedDemoData(db(), { password: "a demo password for tests", nodeEnv: "test" });
  await seedReportCouncil(db());
  figures = await dashboard({ window: reportWindow }, reportNow);
});

describe("today, at a glance", () => {
  it("counts the contacts waiting by RAG rating", () => {
    const byRag = (rag: string) => sum(figures.today.waiting.filter((row) => row.rag === rag).map((row) => row.count));
    for (const rag of ["red", "amber", "green", "unrated"]) {
      expect(byRag(rag), rag).toBe(waiting.filter((contact) => (contact.rag ?? "unrated") === rag).length);
    }
  });

  it("counts them by how long they have waited", () => {
    const hours = (contact: FixtureContact) =>
      (reportNow.getTime() - new Date(contact.receivedAt).getTime()) / 3_600_000;
    const band = (h: number) => (h < 4 ? "under4Hours" : h < 24 ? "under1Day" : h < 72 ? "oneTo3Days" : "over3Days");
    const expected: Record<string, number> = {};
    for (const contact of waiting) expected[band(hours(contact))] = (expected[band(hours(contact))] ?? 0) + 1;
    const actual: Record<string, number> = {};
    for (const row of figures.today.waiting) actual[row.age] = (actual[row.age] ?? 0) + row.count;
    expect(actual).toEqual(expected);
  });

  it("counts overdue screening and overdue decisions", () => {
    const now = reportNow.toISOString();
    expect(figures.today.overdueScreening).toBe(waiting.filter((contact) => contact.screeningDueAt < now).length);
    expect(figures.today.overdueDecision).toBe(waiting.filter((contact) => contact.decisionDueAt < now).length);
    expect(figures.today.overdueScreening).toBe(2);
    expect(figures.today.overdueDecision).toBe(1);
  });

  it("counts information checks overdue by agency, sign-offs and step-downs waiting", () => {
    expect(figures.today.checksOverdue).toEqual([{ agency: "police", count: 1 }]);
    expect(figures.today.signOffsWaiting).toBe(
      fixtureContacts.filter((contact) => contact.decisionState === "awaiting_sign_off").length,
    );
    expect(figures.today.stepDownsWaiting).toBe(fixtureStepDowns.filter((s) => s.status === "pending").length);
    expect(figures.today.stepDownsOverdue).toBe(1);
  });
});

describe("volumes", () => {
  it("counts contacts per week by source", () => {
    expect(sum(figures.volumes.weekly.map((row) => row.count))).toBe(received.length);
    const week = figures.volumes.weekly.find((row) => row.week === "2025-03-24" && row.source === "6");
    expect(week?.count).toBe(1);
    expect(figures.volumes.weekly.every((row) => new Date(`${row.week}T12:00:00Z`).getUTCDay() === 1)).toBe(true);
  });

  it("converts contacts to referrals and counts no further action by source", () => {
    for (const source of ["2A", "3B", "6"]) {
      const children = decidedChildren.filter(({ contact }) => contact.source === source);
      const row = figures.volumes.outcomesBySource.find((entry) => entry.source === source);
      expect(row, source).toEqual({
        source,
        decided: children.length,
        referrals: children.filter(({ child }) => child.referral).length,
        nfa: children.filter(({ child }) => child.outcome === "nfa").length,
        referralsNfa: children.filter(({ child }) => child.referral?.nfa).length,
      });
    }
  });

  it("finds repeat contacts and re-referrals within 12 months", () => {
    const children = received.flatMap((contact) => contact.children);
    expect(figures.volumes.repeats.children).toBe(children.length);
    expect(figures.volumes.repeats.linked).toBe(children.filter((child) => child.linked !== false).length);
    // Amy (c1 then c2) and Eve (c8 in December, then c6); Cara's earlier contact is 16 months before.
    expect(figures.volumes.repeats.repeatContacts).toBe(2);
    // Amy's strategy discussion follows her assessment in January; Gus's step-up is his first referral.
    const referred = decidedChildren.filter(({ child }) => child.referral);
    expect(figures.volumes.reReferrals).toEqual({
      referrals: referred.length,
      reReferrals: referred.filter(({ child }) => child.referral!.earlierIn12Months > 0).length,
    });
    expect(figures.volumes.reReferrals.reReferrals).toBe(1);
  });
});

describe("timeliness", () => {
  it("counts decisions made within one working day, by RAG", () => {
    const decided = received.filter((contact) => contact.status === "decided");
    for (const rag of ["red", "amber", "green"]) {
      const ofRag = decided.filter((contact) => contact.rag === rag);
      expect(figures.timeliness.byRag.find((row) => row.rag === rag)).toEqual({
        rag,
        decided: ofRag.length,
        onTime: ofRag.filter((contact) => contact.decidedAt! <= contact.decisionDueAt).length,
      });
    }
  });

  it("spreads the time to decision into bands", () => {
    const expected: Record<string, number> = {};
    for (const contact of received.filter((c) => c.status === "decided")) {
      const band = decisionTimeBand(
        (new Date(contact.decidedAt!).getTime() - new Date(contact.receivedAt).getTime()) / 3_600_000,
      );
      expected[band] = (expected[band] ?? 0) + 1;
    }
    expect(Object.fromEntries(figures.timeliness.decisionTimes.map((row) => [row.band, row.count]))).toEqual(expected);
  });

  it("counts information checks answered on time, by agency", () => {
    expect(figures.timeliness.checksByAgency).toEqual([
      { agency: "police", asked: 1, answeredOnTime: 0, answeredLate: 0, openOverdue: 1 },
      { agency: "health", asked: 1, answeredOnTime: 1, answeredLate: 0, openOverdue: 0 },
      { agency: "education", asked: 1, answeredOnTime: 0, answeredLate: 1, openOverdue: 0 },
    ]);
  });
});

describe("threshold agreement", () => {
  it("gives the referrer's level against the MASH's as a matrix", () => {
    const expected = new Map<string, number>();
    for (const { contact, child } of decidedChildren) {
      const key = `${contact.referrerLevel}-${child.decidedLevel}`;
      expected.set(key, (expected.get(key) ?? 0) + 1);
    }
    const actual = new Map(
      figures.agreement.matrix.map((row) => [`${row.referrerLevel}-${row.decidedLevel}`, row.count]),
    );
    expect(actual).toEqual(expected);
  });

  it("gives agreement by agency, by organisation and by month", () => {
    const schools = decidedChildren.filter(({ contact }) => contact.source === "2A");
    expect(figures.agreement.byAgency.find((row) => row.organisationType === "school")).toEqual({
      organisationType: "school",
      decided: schools.length,
      agreed: schools.filter(({ contact, child }) => child.decidedLevel === contact.referrerLevel).length,
      lower: schools.filter(({ contact, child }) => child.decidedLevel! < contact.referrerLevel).length,
      higher: schools.filter(({ contact, child }) => child.decidedLevel! > contact.referrerLevel).length,
    });
    const primary = figures.agreement.byOrganisation.find((row) => row.organisationName === "Northmoor Primary School");
    expect(primary).toMatchObject({ decided: 3, agreed: 2, lower: 1, higher: 0 });
    expect(figures.agreement.byMonth.map((row) => [row.month, row.decided, row.agreed])).toEqual([
      ["2025-01", 3, 1],
      ["2025-02", 2, 1],
      ["2025-03", 1, 1],
    ]);
  });
});

describe("early help", () => {
  it("counts open plans, reviews held on time and goal scores against their baselines", () => {
    expect(figures.earlyHelp.openPlans).toEqual([
      { status: "active", count: fixturePlans.filter((plan) => plan.status === "active").length },
    ]);
    // The first review was due six weeks after the plan started (17 February) and held on 10 February;
    // the second was due on 10 March and held on 17 March.
    expect(figures.earlyHelp.reviews).toEqual({ held: 2, onTime: 1 });
    expect(figures.earlyHelp.goals).toEqual({ scored: 2, improved: 1, same: 0, worse: 1, averageChange: 1 });
  });

  it("gives closure reasons, step-ups and step-downs with their times", () => {
    expect(figures.earlyHelp.closures).toEqual([{ reason: "stepped_up_to_social_care", count: 1 }]);
    expect(figures.earlyHelp.stepUps).toEqual({
      requested: 1,
      accepted: 1,
      notAccepted: 0,
      waiting: 0,
      medianHoursToDecision: 7,
    });
    expect(figures.earlyHelp.stepDowns).toEqual({
      sent: 2,
      accepted: 1,
      returned: 0,
      waiting: 1,
      medianHoursToAcceptance: 48,
    });
  });
});

describe("filters", () => {
  it("narrows every contact figure to one source and one organisation", async () => {
    const police = await dashboard({ window: reportWindow, source: "6" }, reportNow);
    expect(sum(police.volumes.weekly.map((row) => row.count))).toBe(received.filter((c) => c.source === "6").length);
    expect(police.today.signOffsWaiting).toBe(1);
    expect(police.volumes.outcomesBySource.map((row) => row.source)).toEqual(["6"]);
  });

  // The fixture's plans: eh1 came from contact c1 (the school's, source 2A) and eh2 from no contact; both are led by
  // the early help practitioner. Both step-downs were asked for by the social care team, from no contact.
  const fromContactOf = (predicate: (contact: FixtureContact) => boolean) =>
    fixturePlans.filter((plan) => fixtureContacts.some((c) => c.key === plan.fromContact && predicate(c)));

  it("narrows early help to the plans that came from contacts of that source or organisation", async () => {
    const schoolId = await organisationOf("dsl@northmoor-primary.example");
    for (const filters of [{ source: "2A" }, { organisationId: schoolId }]) {
      const { earlyHelp } = await dashboard({ window: reportWindow, ...filters }, reportNow);
      const plans = fromContactOf((c) =>
        "source" in filters ? c.source === "2A" : c.referrerEmail.includes("primary"),
      );
      expect(plans.map((plan) => plan.key)).toEqual(["eh1"]);
      expect(earlyHelp.openPlans).toEqual([{ status: "active", count: 1 }]);
      // eh1's reviews and goals; eh2's closure and step-up drop out, as do the step-downs, which came from no contact.
      expect(earlyHelp.reviews).toEqual({ held: 2, onTime: 1 });
      expect(earlyHelp.goals.scored).toBe(2);
      expect(earlyHelp.closures).toEqual([]);
      expect(earlyHelp.stepUps.requested).toBe(0);
      expect(earlyHelp.stepDowns.sent).toBe(0);
    }
    const police = await dashboard({ window: reportWindow, source: "6" }, reportNow);
    expect(fromContactOf((c) => c.source === "6")).toEqual([]);
    expect(police.earlyHelp.openPlans).toEqual([]);
    expect(police.earlyHelp.reviews).toEqual({ held: 0, onTime: 0 });
  });

  it("narrows early help to the plans a team leads and the step-downs it asked for", async () => {
    const earlyHelpTeam = await organisationOf("practitioner@northmoor-early-help.example");
    const socialCare = await organisationOf("social.worker@northmoor-social-care.example");
    const led = await dashboard({ window: reportWindow, teamId: earlyHelpTeam }, reportNow);
    expect(led.earlyHelp.openPlans).toEqual(figures.earlyHelp.openPlans);
    expect(led.earlyHelp.closures).toEqual(figures.earlyHelp.closures);
    expect(led.earlyHelp.stepUps).toEqual(figures.earlyHelp.stepUps);
    expect(led.earlyHelp.stepDowns.sent).toBe(0);
    const asked = await dashboard({ window: reportWindow, teamId: socialCare }, reportNow);
    expect(asked.earlyHelp.openPlans).toEqual([]);
    expect(asked.earlyHelp.stepDowns.sent).toBe(fixtureStepDowns.length);
  });
});

async function organisationOf(email: string): Promise<string> {
  const [row] = await db().select({ organisationId: users.organisationId }).from(users).where(eq(users.email, email));
  if (!row) throw new Error(`No demo account ${email}`);
  return row.organisationId;
}

describe("the figures as tables", () => {
  it("gives the threshold matrix and the weekly totals the page and the CSV show", async () => {
    const { dashboardSections } = await import("~/services/report-tables.server");
    const { createTranslator } = await import("~/i18n/messages");
    const figuresById = new Map(
      dashboardSections(figures, createTranslator("en"))
        .flatMap((section) => section.figures)
        .map((figure) => [figure.id, figure]),
    );
    const matrix = figuresById.get("agreement-matrix")!;
    expect(matrix.columns).toEqual(["Referrer’s level", "MASH: level 2", "MASH: level 3", "MASH: level 4"]);
    expect(matrix.rows).toEqual([
      ["Referrer: level 2", 1, 0, 1],
      ["Referrer: level 3", 1, 1, 0],
      ["Referrer: level 4", 1, 0, 1],
    ]);
    const weekly = figuresById.get("contacts-per-week")!;
    expect(sum(weekly.rows.map((row) => row[1] as number))).toBe(received.length);
    expect(weekly.chart?.points).toHaveLength(weekly.rows.length);
  });
});

describe("a partner organisation's own view", () => {
  it("counts only the organisation's own contacts, outcomes, agreement and descriptors decided lower", async () => {
    const { organisationFigures } = await import("~/services/report-organisation.server");
    const { currentUser } = await import("#tests/support/current-user");
    const school = await currentUser(db(), "dsl@northmoor-primary.example");
    const mine = await organisationFigures(school.organisationId, reportWindow);
    const ours = received.filter((contact) => contact.referrerEmail === "dsl@northmoor-primary.example");
    expect(sum(mine.contactsByMonth.map((row) => row.count))).toBe(ours.length);
    expect(mine.outcomes).toEqual([
      { outcome: "social_care_assessment", count: 2 },
      { outcome: "early_help_taf", count: 1 },
    ]);
    expect(mine.agreementByMonth).toEqual([
      { month: "2025-01", decided: 2, agreed: 1, lower: 1, higher: 0 },
      { month: "2025-02", decided: 1, agreed: 1, lower: 0, higher: 0 },
    ]);
    expect(mine.descriptorsDecidedLower).toMatchObject([{ descriptorId: "neglect-2-inconsistent-care", count: 1 }]);
    expect(mine.descriptorsDecidedLower[0]!.text).not.toBe("neglect-2-inconsistent-care");

    const academy = await currentUser(db(), "dsl@riverside-academy.example");
    const theirs = await organisationFigures(academy.organisationId, reportWindow);
    expect(theirs.contactsByMonth).toEqual([{ month: "2025-03", count: 1 }]);
    expect(theirs.descriptorsDecidedLower).toEqual([]);
  });
});
