import { randomBytes } from "node:crypto";
import type { Readable } from "node:stream";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDatabase } from "#db/connection";
import { auditEvents, reportSnapshots } from "#db/schema";
import { seedDemoData } from "#db/seed";
import { closeDatabase, reportsDb } from "~/db.server";
import { currentDashboard } from "~/services/reports.server";
import { exportReturn } from "~/services/returns.server";
import { actorFor, currentUser } from "#tests/support/current-user";
import { createDatabaseFromTemplate, dropDatabase, type TestDatabaseUrls } from "#tests/support/database-server";
import { reportNow, reportWindow, seedReportCouncil } from "#tests/support/report-fixtures";
import { useTestDatabase } from "#tests/support/test-database";

/**
 * With REPORTS_DATABASE_URL, the figures and the exports read the replica,
 * while snapshots and audit events are written to the primary. The "replica"
 * here is a second database holding the small council's contacts, which the
 * primary does not have, so every figure shows where it was read.
 */
const { db } = useTestDatabase();
const adminUrl = inject("databaseAdminUrl");
const replicaName = `test_replica_${randomBytes(6).toString("hex")}`;
let replica: TestDatabaseUrls;

beforeAll(async () => {
  await seedDemoData(db(), { password: "a demo password for tests", nodeEnv: "test" });
  replica = await createDatabaseFromTemplate(adminUrl, replicaName);
  const seeding = createDatabase(replica.url, { max: 1 });
  try {
    await seedDemoData(seeding.db, { password: "a demo password for tests", nodeEnv: "test" });
    await seedReportCouncil(seeding.db);
  } finally {
    await seeding.close();
  }
  process.env.REPORTS_DATABASE_URL = replica.url;
});

afterAll(async () => {
  delete process.env.REPORTS_DATABASE_URL;
  await closeDatabase();
  await dropDatabase(adminUrl, replicaName);
});

async function text(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString("utf8");
}

describe("a read replica for reports", () => {
  it("gives the dashboard the replica's figures, and keeps the snapshot on the primary", async () => {
    const [primaryContacts] = (await db().execute(
      sql`select count(*)::int as count from contacts where received_at >= ${reportWindow.from}::date
        and received_at < ${reportWindow.to}::date + 1`,
    )) as unknown as { count: number }[];
    expect(primaryContacts!.count).toBe(0);

    const figures = await currentDashboard({ window: reportWindow }, reportNow);
    const received = figures.volumes.weekly.reduce((total, row) => total + row.count, 0);
    expect(received).toBeGreaterThan(0);
    expect(figures.today.waiting.length).toBeGreaterThan(0);

    expect(await db().select().from(reportSnapshots)).toHaveLength(1);
    const onReplica = createDatabase(replica.url, { max: 1 });
    try {
      expect(await onReplica.db.select().from(reportSnapshots)).toHaveLength(0);
    } finally {
      await onReplica.close();
    }
  });

  it("streams the Annex A lists from the replica, and audits the export on the primary", async () => {
    const actor = actorFor(await currentUser(db(), "manager@northmoor-mash.example"));
    const download = await exportReturn(actor, "annex-a-list-1.csv", reportWindow);
    const lines = (await text(download.body)).split("\r\n").filter(Boolean);
    expect(lines.length).toBeGreaterThan(1);
    const audits = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "reports.returnExported"), eq(auditEvents.subjectId, "annex-a-list-1.csv")));
    expect(audits).toHaveLength(1);
  });

  it("cannot write through the reports' pool", async () => {
    // 25006: read_only_sql_transaction.
    await expect(reportsDb().execute(sql`delete from report_snapshots where key = 'nothing'`)).rejects.toMatchObject({
      cause: { code: "25006" },
    });
  });
});
