import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { inArray, eq, count } from "drizzle-orm";
import { benchReferrer, completeDrafts, signedIn } from "../../bench/targets";
import { createDatabase } from "../../db/connection";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../../db/embedded";
import { contactDrafts, contacts } from "../../db/schema";
import { sessionCookieName } from "../../app/auth/session.server";
import { freePort } from "../support/free-port";
import { childrenOf, npmStartArguments, waitFor as waitUntil } from "../support/processes";

/**
 * The fault test: a portal of its own, on an embedded PostgreSQL of its own,
 * whose database is killed with `kill -9` while 20 contacts are being
 * submitted at once. While the database is away the portal answers (503 and
 * GOV.UK's "Sorry, there is a problem" page, /healthz says so); once it is back
 * the portal serves again without a restart, and every contact exists exactly
 * once: none lost, none duplicated. Then a web worker is killed, and the
 * supervisor replaces it.
 */
test.describe.configure({ mode: "serial", timeout: 240_000 });

const submissions = 20;
let dataDir = "";
let database: EmbeddedDatabase | null = null;
let server: ChildProcess | null = null;

async function startDatabase(port: number) {
  database = await startEmbeddedPostgres({
    dataDir: path.join(dataDir, "pg"),
    port,
    databaseName: "frontdoor",
    persistent: true,
  });
  return database;
}

/** As the shared waitFor, a little more patient, and saying what it waits for when OUTAGE_LOG_LEVEL is set. */
function waitFor(check: () => Promise<boolean>, what: string, seconds = 90) {
  if (process.env.OUTAGE_LOG_LEVEL) console.log(`waiting for ${what}`);
  return waitUntil(check, what, { seconds, intervalMs: 250 });
}

test.afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server!.once("exit", resolve));
    server.kill("SIGTERM");
    await exited;
  }
  await database?.stop().catch(() => {});
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

test("the portal survives kill -9 of its database during 20 submissions: 503 while it is away, then every contact exactly once", async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "front-door-outage-"));
  const databasePort = await freePort();
  const { url, ownerUrl } = await startDatabase(databasePort);
  const port = await freePort();
  const origin = `http://localhost:${port}`;
  server = spawn(process.execPath, npmStartArguments(), {
    env: {
      ...process.env,
      NODE_ENV: "test",
      DATABASE_URL: url,
      MIGRATION_DATABASE_URL: ownerUrl,
      PORT: String(port),
      APP_URL: origin,
      // Two workers on any machine, as the rest of the suite runs (one per core would be up to eight).
      WEB_CONCURRENCY: "2",
      LOG_LEVEL: process.env.OUTAGE_LOG_LEVEL ?? "silent",
      RUN_WORKER: "false",
    },
    stdio: ["ignore", process.env.OUTAGE_LOG_LEVEL ? "inherit" : "ignore", "inherit"],
  });
  await waitFor(async () => (await fetch(`${origin}/healthz`)).ok, "the portal to start");

  const { db, close } = createDatabase(url, { max: 2 });
  const referrer = await benchReferrer(db);
  const draftIds = await completeDrafts(db, referrer, submissions);
  const cookie = `${sessionCookieName}=${await signedIn(db, "bench.referrer@northmoor-health.example")}`;
  await close();

  const submit = (draftId: string) =>
    fetch(`${origin}/contacts/drafts/${draftId}/check-answers`, {
      method: "POST",
      redirect: "manual",
      headers: { cookie, origin, "content-type": "application/x-www-form-urlencoded" },
      body: "",
    }).then(
      async (response) => ({
        status: response.status,
        location: response.headers.get("location"),
        body: await response.text(),
      }),
      () => ({ status: 0, location: null, body: "" }),
    );

  // All 20 at once, and the database killed while they are in flight.
  const postmaster = Number((await readFile(path.join(dataDir, "pg", "postmaster.pid"), "utf8")).split("\n")[0]);
  const inFlight = draftIds.map((draftId) => submit(draftId));
  await new Promise((resolve) => setTimeout(resolve, 20));
  process.kill(postmaster, "SIGKILL");
  const during = await Promise.all(inFlight);
  // Every answer came from the portal: a contact made, or a page, never a dropped connection or a 500.
  for (const answer of during) expect([200, 302, 303, 503]).toContain(answer.status);

  // While the database is away the portal answers, says so, and stays up.
  await waitFor(async () => (await fetch(`${origin}/healthz`)).status === 503, "/healthz to report the outage", 15);
  expect(await (await fetch(`${origin}/healthz`)).json()).toEqual({ status: "error", database: "unavailable" });
  const page = await fetch(`${origin}/contacts`, { headers: { cookie } });
  expect(page.status).toBe(503);
  expect(page.headers.get("retry-after")).toBe("30");
  expect(await page.text()).toContain("Sorry, there is a problem with the service");
  const whileAway = await submit(draftIds[0]!);
  expect([200, 302, 303, 503]).toContain(whileAway.status);
  expect(server.exitCode).toBeNull();

  // The database comes back on its own data; the portal serves again without being restarted.
  await startDatabase(databasePort);
  await waitFor(async () => (await fetch(`${origin}/healthz`)).ok, "the portal to reconnect", 60);
  // Each web worker finds the database again on its own, at its next query: one answering /healthz does not mean
  // the other has yet, so the page is asked for until it is served rather than once.
  await waitFor(
    async () => (await fetch(`${origin}/contacts`, { headers: { cookie } })).status === 200,
    "the referrer's list to be served again",
    30,
  );

  // The referrer sends again whatever did not go: each draft ends with its contact.
  for (const draftId of draftIds) {
    await waitFor(
      async () => [302, 303].includes((await submit(draftId)).status),
      `draft ${draftId} to be submitted`,
      30,
    );
  }
  expect(server.exitCode).toBeNull();

  // A web worker that dies is replaced by the supervisor, and the portal serves again.
  const workers = await childrenOf(server.pid!);
  expect(workers).toHaveLength(2);
  const worker = workers[0]!;
  process.kill(worker, "SIGKILL");
  await waitFor(
    async () => {
      const now = await childrenOf(server!.pid!);
      return now.length === 2 && !now.includes(worker);
    },
    "a new web worker in place of the one killed",
    30,
  );
  await waitFor(async () => (await fetch(`${origin}/healthz`)).ok, "the new worker to serve", 30);
  expect(server.exitCode).toBeNull();

  const check = createDatabase(database!.url, { max: 1 });
  try {
    const [made] = await check.db
      .select({ count: count() })
      .from(contacts)
      .where(eq(contacts.submittedBy, referrer.id));
    const drafts = await check.db
      .select({ contactId: contactDrafts.submittedContactId })
      .from(contactDrafts)
      .where(inArray(contactDrafts.id, draftIds));
    // 0 lost: every draft has its contact. 0 duplicated: exactly one contact for each draft.
    expect(drafts.filter((draft) => draft.contactId === null)).toEqual([]);
    expect(new Set(drafts.map((draft) => draft.contactId)).size).toBe(submissions);
    expect(made!.count).toBe(submissions);
  } finally {
    await check.close();
  }
});
