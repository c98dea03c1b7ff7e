/**
 * npm run bench -- [--contacts 1000000] [--duration 10] [--smoke]
 *
 * Seeds (once per size) a database at council or national scale, starts the
 * built portal against it as production runs it, and measures each page as a
 * signed-in user with autocannon, beside what PostgreSQL itself manages on the
 * same machine. Prints a table and writes bench-results/latest.json.
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon, { type Result } from "autocannon";
import { eq } from "drizzle-orm";
import { createDatabase, type Database } from "../db/connection";
import { startEmbeddedPostgres } from "../db/embedded";
import { migrateDatabase } from "../db/migrate";
import { seedDemoData } from "../db/seed";
import { contactChildren, contacts as contactRows, users } from "../db/schema";
import { freePort } from "../tests/support/free-port";
import { postmasterPid, processTreeCpuMs } from "./cpu-time";
import { measureAnnexAExport, type ExportFigure } from "./exports";
import { measureOperations, round, type OperationFigure } from "./closed-loop";
import { measureRawLimits, type RawLimits } from "./raw-limit";
import { seedScale } from "./scale/seed";
import { startServer, type ProcessMemory, type RunningServer } from "./server-process";
import { targets } from "./targets";
import { asOwner } from "./as-owner";
import { judgeTargets } from "./verdicts";

const { values } = parseArgs({
  options: {
    contacts: { type: "string", default: "1000000" },
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "10" },
    smoke: { type: "boolean", default: false },
    output: { type: "string" },
  },
});
const smoke = values.smoke;
const contacts = smoke ? 300 : Number(values.contacts);
const duration = smoke ? 3 : Number(values.duration);
const connections = Number(values.connections);
const loadWarmUpSeconds = 3;

process.env.NODE_ENV = "production";
process.env.LOG_LEVEL = "warn";
// Production insists on a mail channel; the server runs without its worker here, so nothing is sent through it.
process.env.SMTP_URL ??= "smtp://127.0.0.1:2525";

interface RouteFigure {
  name: string;
  connections: number;
  requestsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  errors: number;
  comparedWith: string;
  ratioToRaw: number;
  targetP95Ms?: number;
  targetShareOfRaw?: number;
  /** CPU time charged per request to the web workers and to PostgreSQL (its backends and background processes). */
  nodeCpuMs: number;
  postgresCpuMs: number | null;
  /** The first request, alone: for the reports, the one that works out the period's figures (ADR 18). */
  firstMs?: number;
  /** A page's HTML, and the part of it that is data for hydration, in KB (uncompressed). */
  pageKb?: number;
  dataKb?: number;
}

const log = (line: string) => console.log(line);
const database = await benchDatabase();
try {
  await prepare(database.ownerUrl, database.url);
  const { db, close } = createDatabase(database.url, { max: 4 });
  try {
    const server = await startServer({ databaseUrl: database.url, port: await freePort() });
    try {
      // As the portal's role, with the owner making the table the inserts go to, which the portal's role may not.
      const raw = await measureRawLimits({
        databaseUrl: database.url,
        ownerUrl: database.ownerUrl,
        concurrency: connections,
        durationSeconds: duration,
      });
      // Before the pages: a query a page left running must not be counted against matching.
      const matching = [await measurePersonMatching(db, duration, 1), await measurePersonMatching(db, duration, 4)];
      const routes: RouteFigure[] = [];
      const routeTargets = await targets(db, { baseUrl: server.url, duration, smoke });
      await vacuumAndAnalyse(database.ownerUrl);
      for (const target of routeTargets) {
        await target.before?.();
        const weight = await warmUp(server.url, target);
        // Then load, unmeasured, until every web worker has compiled the route's code: the first route measured
        // used to pay for that alone (its p95 twice the same page's a minute later).
        if (!smoke)
          await autocannon({
            url: server.url,
            connections: target.connections ?? connections,
            duration: loadWarmUpSeconds,
            requests: target.requests,
          });
        const cpuBefore = await cpuNow(server);
        const result = await autocannon({
          url: server.url,
          connections: target.connections ?? connections,
          duration,
          requests: target.requests,
        });
        const cpu = perRequest(cpuBefore, await cpuNow(server), result.requests.total);
        // Against the prepared figures: the app sends prepared statements too.
        const compared = target.comparedWith === "insert" ? raw.insertPrepared : raw.selectPrepared;
        routes.push({
          name: target.name,
          connections: target.connections ?? connections,
          requestsPerSecond: Math.round(result.requests.average),
          p50Ms: result.latency.p50,
          p95Ms: percentile95(result),
          p99Ms: result.latency.p99,
          // A route that answered nothing in the whole run counts as failing, not as fast.
          errors:
            result.errors +
            result.timeouts +
            failedResponses(result) +
            ((await target.verify?.()) ?? 0) +
            (result.requests.total === 0 ? 1 : 0),
          comparedWith: compared.name,
          // To a tenth of a percent: a submission's share of raw inserts is a few percent.
          ratioToRaw: round(result.requests.average / compared.operationsPerSecond, 3),
          targetP95Ms: target.targetP95Ms,
          targetShareOfRaw: target.targetShareOfRaw,
          ...cpu,
          ...weight,
        });
        await target.after?.();
      }
      const annexA = await measureAnnexAExport(db, server);
      const peakMemoryMb = await server.peakMemoryMb();
      report({ routes, raw, matching, annexA, peakMemoryMb });
      const failures = routes.filter((route) => route.errors > 0);
      if (failures.length > 0) {
        console.error(`\nRequests failed on: ${failures.map((route) => route.name).join(", ")}`);
        process.exitCode = 1;
      }
    } finally {
      await server.stop();
    }
  } finally {
    await close();
  }
} finally {
  await database.stop();
}

/** A screener opening a child's page (one at a time), and four screeners at once. */
async function measurePersonMatching(db: Database, seconds: number, concurrency: number): Promise<OperationFigure> {
  const { findCandidates, matchDetailsOf } = await import("../app/services/person-matching.server");
  const children = await db
    .select({ child: contactChildren, answers: contactRows.answers })
    .from(contactChildren)
    .innerJoin(contactRows, eq(contactRows.id, contactChildren.contactId))
    .limit(500);
  let index = 0;
  return measureOperations(
    `person matching candidates (service, in process, ${concurrency} at once)`,
    { concurrency, durationSeconds: seconds },
    () => {
      const { child, answers } = children[index++ % children.length]!;
      return findCandidates(db, matchDetailsOf(child, answers));
    },
  );
}

/**
 * One request first, so that loading code and filling caches is not counted as
 * a slow request (its time is reported on its own); and the page's weight: its
 * HTML, and how much of that is the data the browser hydrates the page from
 * (Remix's inline context scripts).
 */
async function warmUp(
  baseUrl: string,
  target: Awaited<ReturnType<typeof targets>>[number],
): Promise<{ firstMs: number; pageKb: number; dataKb: number } | undefined> {
  const [request] = target.requests;
  if (!request || request.method !== "GET") return undefined;
  const started = performance.now();
  const response = await fetch(`${baseUrl}${request.path}`, { headers: request.headers, redirect: "manual" });
  if (response.status >= 400) throw new Error(`${target.name} answered ${response.status} before the run started.`);
  const html = await response.text();
  const firstMs = round(performance.now() - started);
  const data = [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)]
    .map((match) => match[1] ?? "")
    .filter((script) => script.includes("__remixContext"))
    .reduce((sum, script) => sum + Buffer.byteLength(script), 0);
  return { firstMs, pageKb: round(Buffer.byteLength(html) / 1024), dataKb: round(data / 1024) };
}

async function cpuNow(server: RunningServer): Promise<{ node: number; postgres: number | null }> {
  const postmaster = database.dataDir ? await postmasterPid(database.dataDir) : null;
  return {
    node: await processTreeCpuMs(server.process.pid!),
    postgres: postmaster ? await processTreeCpuMs(postmaster) : null,
  };
}

function perRequest(
  before: { node: number; postgres: number | null },
  after: { node: number; postgres: number | null },
  requests: number,
): { nodeCpuMs: number; postgresCpuMs: number | null } {
  const per = (ms: number) => round(ms / Math.max(1, requests));
  return {
    nodeCpuMs: per(after.node - before.node),
    postgresCpuMs: before.postgres === null || after.postgres === null ? null : per(after.postgres - before.postgres),
  };
}

/** Redirects are answers (a submission redirects to its confirmation); 4xx and 5xx are failures. */
function failedResponses(result: Result): number {
  return Object.entries(result.statusCodeStats).reduce(
    (sum, [code, { count }]) => (Number(code) >= 400 ? sum + count : sum),
    0,
  );
}

/** autocannon reports p90 and p97.5, not p95: interpolate between them. */
function percentile95(result: Result): number {
  return round(result.latency.p90 + ((95 - 90) / (97.5 - 90)) * (result.latency.p97_5 - result.latency.p90));
}

function report(results: {
  routes: RouteFigure[];
  raw: RawLimits;
  matching: OperationFigure[];
  annexA: ExportFigure;
  peakMemoryMb: ProcessMemory[];
}) {
  console.log(
    `\nFront Door benchmark: ${contacts.toLocaleString("en-GB")} contacts, ${duration} s per route, ${connections} connections unless stated\n`,
  );
  console.table(
    results.routes.map((route) => ({
      route: route.name,
      conns: route.connections,
      "req/s": route.requestsPerSecond,
      "p50 ms": route.p50Ms,
      "p95 ms": route.p95Ms,
      "p99 ms": route.p99Ms,
      errors: route.errors,
      "target p95": route.targetP95Ms ?? "",
      "× raw": route.ratioToRaw,
      "first ms": route.firstMs ?? "",
      "node CPU ms/req": route.nodeCpuMs,
      "pg CPU ms/req": route.postgresCpuMs ?? "",
      "page KB": route.pageKb ?? "",
      "data KB": route.dataKb ?? "",
    })),
  );
  console.table(
    [...Object.values(results.raw), ...results.matching].map((figure) => ({
      measure: figure.name,
      "ops/s": figure.operationsPerSecond,
      "p50 ms": figure.p50Ms,
      "p95 ms": figure.p95Ms,
      "p99 ms": figure.p99Ms,
    })),
  );
  const { annexA } = results;
  console.log(
    `${annexA.name}: ${annexA.seconds} s, ${annexA.megabytes} MB; peak web worker memory ${annexA.peakWorkerMbBefore ?? "unknown"} MB before, ${annexA.peakWorkerMb ?? "unknown"} MB after`,
  );
  console.log(
    `Peak resident memory (VmHWM), each process: ${results.peakMemoryMb
      .map((process) => `${process.role} ${process.peakMb ?? "unknown"} MB`)
      .join(", ")}`,
  );
  // A smoke run's few hundred contacts and three seconds a route say nothing about the targets.
  const verdicts = smoke
    ? undefined
    : judgeTargets({
        routes: results.routes,
        personMatchingP95Ms: results.matching[0]!.p95Ms,
        peakMemoryMb: results.peakMemoryMb,
      });
  if (verdicts) {
    console.table(verdicts.map(({ target, measured, met }) => ({ target, measured, met: met ? "yes" : "no" })));
    console.log(`Targets met: ${verdicts.filter((verdict) => verdict.met).length} of ${verdicts.length}`);
  }
  const file = path.resolve(values.output ?? (smoke ? "bench-results/smoke.json" : "bench-results/latest.json"));
  void mkdir(path.dirname(file), { recursive: true }).then(() =>
    writeFile(
      file,
      JSON.stringify(
        { ranAt: new Date().toISOString(), contacts, duration, connections, ...results, targets: verdicts },
        null,
        2,
      ),
    ),
  );
}

async function benchDatabase(): Promise<{
  url: string;
  ownerUrl: string;
  /** The cluster's folder when the benchmark runs its own, so PostgreSQL's CPU time can be read. */
  dataDir: string | null;
  stop: () => Promise<void>;
}> {
  const { DATABASE_URL, MIGRATION_DATABASE_URL } = process.env;
  if (DATABASE_URL)
    return { url: DATABASE_URL, ownerUrl: MIGRATION_DATABASE_URL ?? DATABASE_URL, dataDir: null, stop: async () => {} };
  // Scale data takes minutes to make, so each size keeps its own cluster between runs; a smoke run is thrown away.
  const dataDir = smoke
    ? await mkdtemp(path.join(tmpdir(), "front-door-bench-"))
    : path.resolve(`.data/bench-${contacts}`);
  const embedded = await startEmbeddedPostgres({
    dataDir: path.join(dataDir, "pg"),
    port: await freePort(),
    databaseName: "frontdoor_bench",
    persistent: !smoke,
  });
  return {
    url: embedded.url,
    ownerUrl: embedded.ownerUrl,
    dataDir: path.join(dataDir, "pg"),
    stop: async () => {
      await embedded.stop();
      if (smoke) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Every table vacuumed and its statistics brought up to date before the
 * pages are measured, so that each run starts from the same state however many
 * runs before it added and removed rows, and autovacuum does not start on a
 * table in the middle of a measured route (it was seen analysing `contacts`
 * during the queue's). As the owner, whose tables they are.
 */
async function vacuumAndAnalyse(ownerUrl: string) {
  await asOwner(ownerUrl, (sql) => sql`vacuum (analyze)`);
}

async function prepare(ownerUrl: string, url: string) {
  await migrateDatabase(ownerUrl, url);
  const { db, close } = createDatabase(url, { max: 1 });
  try {
    await seedDemoData(db, { password: "front-door-demo-2026", nodeEnv: "development" });
    const { ensureThresholdDocumentPublished } = await import("../app/services/thresholds.server");
    await ensureThresholdDocumentPublished(db);
    const [existing] = await db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, "dsl@northmoor-primary.example"));
    if (!existing) throw new Error("The demo council is missing.");
  } finally {
    await close();
  }
  // As the owner: the scale seed ends with ANALYZE, which only a table's owner may run.
  await asOwner(ownerUrl, async (sql) => {
    const [{ count }] = await sql<[{ count: number }]>`select count(*)::int as count from contacts`;
    if (count < contacts) {
      log(`Seeding ${contacts.toLocaleString("en-GB")} contacts (once for this size)…`);
      await seedScale(sql, { contacts, seed: 1, now: new Date(), log });
    }
  });
}
