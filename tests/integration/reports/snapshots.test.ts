import { eq, sql } from "drizzle-orm";
import PgBoss from "pg-boss";
import { beforeAll, describe, expect, it } from "vitest";
import { jobQueueSchema, queues } from "#db/job-queue";
import { reportSnapshots, users } from "#db/schema";
import { seedDemoData } from "#db/seed";
import { defaultDashboardWindow } from "~/domain/reports/window";
import { todayInLondon } from "~/forms/date-input";
import { createDevChannel } from "~/notifications/channels/dev.server";
import { reportQueries } from "~/services/report-sql.server";
import { snapshot, snapshotKey } from "~/services/report-snapshots.server";
import { currentDashboard, dashboard, refreshDefaultDashboard } from "~/services/reports.server";
import type { TodayFigures } from "~/services/report-front-door.server";
import { currentOrganisationFigures } from "~/services/report-organisation.server";
import { reportNow, reportWindow, seedReportCouncil } from "#tests/support/report-fixtures";
import { silentLogger, startTestWorker } from "#tests/support/notifications";
import { createSubmittedContact } from "#tests/support/factories";
import { until } from "#tests/support/smtp";
import { useTestDatabase } from "#tests/support/test-database";

/** Snapshots of the reports' windowed figures (ADR 18), against the real database. */
const { db, url } = useTestDatabase();

beforeAll(async () => {
  await seedDemoData(db(), { password: "a demo password for tests", nodeEnv: "test" });
  await seedReportCouncil(db());
});

/** A computation that counts its runs and takes a while, as a million contacts do. */
function counted(milliseconds = 0) {
  const counter = { runs: 0 };
  const compute = async () => {
    counter.runs += 1;
    await new Promise((resolve) => setTimeout(resolve, milliseconds));
    return { run: counter.runs };
  };
  return { counter, compute };
}

async function age(key: string, minutes: number) {
  await db()
    .update(reportSnapshots)
    .set({ computedAt: sql`now() - make_interval(mins => ${minutes}::int)` })
    .where(eq(reportSnapshots.key, key));
}

describe("a snapshot", () => {
  it("is reused while it is younger than its age, and worked out again after", async () => {
    const key = snapshotKey("test", { case: "reuse" });
    const { counter, compute } = counted();
    const first = await snapshot(key, compute, { maxAgeMinutes: 10 });
    const second = await snapshot(key, compute, { maxAgeMinutes: 10 });
    expect(counter.runs).toBe(1);
    expect(second).toEqual(first);
    expect(second.figures).toEqual({ run: 1 });

    await age(key, 9);
    expect((await snapshot(key, compute, { maxAgeMinutes: 10 })).figures).toEqual({ run: 1 });
    await age(key, 11);
    const third = await snapshot(key, compute, { maxAgeMinutes: 10 });
    expect(counter.runs).toBe(2);
    expect(third.figures).toEqual({ run: 2 });
    expect(third.computedAt.getTime()).toBeGreaterThan(first.computedAt.getTime());
    expect(await db().select().from(reportSnapshots).where(eq(reportSnapshots.key, key))).toHaveLength(1);
  });

  it("is worked out once however many ask for it at the same moment", async () => {
    const key = snapshotKey("test", { case: "concurrent" });
    const { counter, compute } = counted(400);
    const all = await Promise.all(Array.from({ length: 12 }, () => snapshot(key, compute, { maxAgeMinutes: 10 })));
    expect(counter.runs).toBe(1);
    expect(new Set(all.map((one) => one.computedAt.toISOString())).size).toBe(1);
    expect(all.every((one) => (one.figures as { run: number }).run === 1)).toBe(true);
  });

  it("never takes the pool's last connections: many periods asked for at once are worked out a few at a time", async () => {
    let running = 0;
    let most = 0;
    // Each computation reads the database, as the figures do: with a lock's connection held for each of them,
    // thirty at once wait for ever on a pool of ten.
    const compute = (period: number) => () =>
      reportQueries(async (q) => {
        running += 1;
        most = Math.max(most, running);
        await q.execute(sql`select pg_sleep(0.1)`);
        running -= 1;
        return { period };
      });
    const all = await Promise.all(
      Array.from({ length: 30 }, (_, period) =>
        snapshot(snapshotKey("test", { case: "periods", period: String(period) }), compute(period)),
      ),
    );
    expect(all.map((one) => one.figures)).toEqual(Array.from({ length: 30 }, (_, period) => ({ period })));
    expect(most).toBeLessThanOrEqual(2);
  }, 20_000);

  it("is worked out by the next in line when the first computation fails", async () => {
    const key = snapshotKey("test", { case: "failure" });
    let runs = 0;
    const compute = async () => {
      runs += 1;
      await new Promise((resolve) => setTimeout(resolve, 200));
      if (runs === 1) throw new Error("statement timeout");
      return { run: runs };
    };
    const results = await Promise.allSettled([
      snapshot(key, compute, { maxAgeMinutes: 10 }),
      new Promise((resolve) => setTimeout(resolve, 50)).then(() => snapshot(key, compute, { maxAgeMinutes: 10 })),
    ]);
    expect(results[0].status).toBe("rejected");
    expect(results[1]).toMatchObject({ status: "fulfilled", value: { figures: { run: 2 } } });
    expect(runs).toBe(2);
  });

  it("is kept for each window and set of filters, however they are written", () => {
    const id = "6F9619FF-8B86-D011-B42D-00C04FC964FF";
    expect(snapshotKey("dashboard", { to: "2025-03-29", from: "2025-01-05", organisationId: id })).toBe(
      snapshotKey("dashboard", { from: "2025-01-05", organisationId: id.toLowerCase(), to: "2025-03-29" }),
    );
    expect(snapshotKey("dashboard", { from: "2025-01-05", source: undefined })).toBe(
      snapshotKey("dashboard", { from: "2025-01-05", source: "" }),
    );
    expect(snapshotKey("dashboard", { from: "2025-01-05" })).not.toBe(snapshotKey("dashboard", { from: "2025-01-06" }));
  });
});

describe("the dashboard", () => {
  it("shows the same figures from its snapshot as worked out afresh, and today's live", async () => {
    const filters = { window: reportWindow };
    const fresh = await dashboard(filters, reportNow);
    const first = await currentDashboard(filters, reportNow);
    const { computedAt, ...figures } = first;
    expect(figures).toEqual(fresh);

    // A new contact received in the window: today's figures count it at once, the window's at the next snapshot.
    const [referrer] = await db()
      .select({ id: users.id, organisationId: users.organisationId })
      .from(users)
      .where(eq(users.email, "dsl@northmoor-primary.example"));
    await createSubmittedContact(db(), { referrer: referrer!, submittedAt: new Date("2025-03-03T10:00:00Z") });
    const waiting = (today: TodayFigures) => today.waiting.reduce((total, row) => total + row.count, 0);
    const later = await currentDashboard(filters, reportNow);
    expect(later.computedAt).toEqual(computedAt);
    expect(later.volumes).toEqual(first.volumes);
    expect(waiting(later.today)).toBe(waiting(first.today) + 1);
  });

  it("is worked out once for many managers opening it at once", async () => {
    const filters = { window: { from: "2025-02-01", to: "2025-03-29" } };
    const all = await Promise.all(Array.from({ length: 8 }, () => currentDashboard(filters, reportNow)));
    expect(new Set(all.map((one) => one.computedAt.toISOString())).size).toBe(1);
  });

  it("is worked out afresh by the scheduled job for its default view", async () => {
    const key = snapshotKey("dashboard", {
      ...defaultDashboardWindow(todayInLondon()),
      source: undefined,
      organisationId: undefined,
      teamId: undefined,
    });
    const worker = await startTestWorker({
      databaseUrl: url(),
      db: db(),
      channel: createDevChannel(db(), silentLogger, { logBody: false }),
      schedules: true,
      refreshReports: refreshDefaultDashboard,
    });
    const boss = new PgBoss({ connectionString: url(), schema: jobQueueSchema, supervise: false, schedule: false });
    try {
      const schedules = await db().execute(
        sql`select name, cron from pgboss.schedule where name = ${queues.reportSnapshots}`,
      );
      expect([...schedules]).toEqual([{ name: queues.reportSnapshots, cron: "*/5 * * * *" }]);

      await boss.start();
      await boss.send(queues.reportSnapshots, {});
      const computedAt = async () =>
        (await db().select().from(reportSnapshots).where(eq(reportSnapshots.key, key)))[0]?.computedAt;
      await until(async () => (await computedAt()) !== undefined, 15_000);
      const first = (await computedAt())!;

      // A page then reads it rather than working it out.
      const page = await currentDashboard({ window: defaultDashboardWindow(todayInLondon()) }, new Date());
      expect(page.computedAt).toEqual(first);

      // The job works out a snapshot over a minute old again, and clears those nobody has wanted for a day.
      const forgotten = snapshotKey("test", { case: "forgotten" });
      await snapshot(forgotten, async () => ({}));
      await age(forgotten, 24 * 60 + 1);
      await age(key, 2);
      await boss.send(queues.reportSnapshots, {});
      await until(async () => (await computedAt())!.getTime() > first.getTime() - 60_000, 15_000);
      expect(await db().select().from(reportSnapshots).where(eq(reportSnapshots.key, forgotten))).toEqual([]);
    } finally {
      await boss.stop({ graceful: false });
      await worker.stop();
    }
  });
});

describe("a partner's own view", () => {
  it("comes from a snapshot of its organisation and window", async () => {
    const [school] = (await db().execute(
      sql`select organisation_id from contacts where received_at >= ${reportWindow.from}::date limit 1`,
    )) as unknown as { organisation_id: string }[];
    const first = await currentOrganisationFigures(school!.organisation_id, reportWindow);
    const again = await currentOrganisationFigures(school!.organisation_id, reportWindow);
    expect(again).toEqual(first);
    expect(first.figures.contactsByMonth.length).toBeGreaterThan(0);
  });
});
