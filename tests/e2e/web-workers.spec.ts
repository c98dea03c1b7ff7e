import { spawn, type ChildProcess } from "node:child_process";
import { readFile } from "node:fs/promises";
import { request as httpRequest } from "node:http";
import { expect, test } from "@playwright/test";
import { createDatabaseFromTemplate, dropDatabase } from "../support/database-server";
import { freePort } from "../support/free-port";
import { childrenOf, npmStartArguments, waitFor } from "../support/processes";
import { e2eAdminUrl } from "./support/database";

/**
 * `npm start` with two web workers, as the rest of the suite runs it, but a
 * supervisor of its own (on a database of its own) that can be stopped: both
 * workers answer requests, both run with `npm start`'s memory flags, and a
 * SIGTERM to the supervisor lets every worker finish the requests it holds
 * before the process exits.
 */
test.describe.configure({ mode: "serial", timeout: 180_000 });

const databaseName = "frontdoor_e2e_web_workers";
let server: ChildProcess | null = null;
let output = "";

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The worker pids that logged a request to `path` (pino writes each line with its process's pid). */
function pidsThatServed(path: string): Set<number> {
  const pids = new Set<number>();
  for (const line of output.split("\n")) {
    if (!line.startsWith("{")) continue;
    const entry = JSON.parse(line) as { pid?: number; req?: { path?: string }; res?: unknown };
    if (entry.req?.path === path && entry.res && entry.pid) pids.add(entry.pid);
  }
  return pids;
}

/** One request on a connection of its own (a new connection is what the supervisor hands to the next worker). */
function get(url: string): Promise<number> {
  return new Promise((resolve) => {
    httpRequest(url, { agent: false }, (response) => {
      response.resume();
      response.on("end", () => resolve(response.statusCode ?? 0));
    })
      .on("error", () => resolve(0))
      .end();
  });
}

/**
 * A sign-in whose body arrives in two halves: the request is in a worker's
 * hands from the first half until `finish` sends the rest.
 */
function slowSignIn(origin: string) {
  const body = new URLSearchParams({ email: "nobody@web-workers.example", password: "not-the-password" }).toString();
  const half = Math.floor(body.length / 2);
  const outgoing = httpRequest(`${origin}/sign-in`, {
    method: "POST",
    agent: false,
    headers: {
      origin,
      "content-type": "application/x-www-form-urlencoded",
      "content-length": String(Buffer.byteLength(body)),
    },
  });
  const answer = new Promise<{ status: number; body: string }>((resolve) => {
    outgoing.on("response", (response) => {
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (text += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body: text }));
    });
    outgoing.on("error", () => resolve({ status: 0, body: "" }));
  });
  outgoing.write(body.slice(0, half));
  outgoing.flushHeaders();
  return { answer, finish: () => outgoing.end(body.slice(half)) };
}

test.afterAll(async () => {
  if (server && server.exitCode === null && server.signalCode === null) {
    const exited = new Promise((resolve) => server!.once("exit", resolve));
    server.kill("SIGKILL");
    await exited;
  }
  await dropDatabase(e2eAdminUrl(), databaseName).catch(() => {});
});

test("two web workers serve, each with npm start's memory flags, and a SIGTERM lets both finish what they hold", async () => {
  await dropDatabase(e2eAdminUrl(), databaseName);
  const urls = await createDatabaseFromTemplate(e2eAdminUrl(), databaseName);
  const port = await freePort();
  const origin = `http://localhost:${port}`;
  const start = npmStartArguments();
  const flags = start.filter((word) => word.startsWith("--max-"));
  expect(flags).toEqual(expect.arrayContaining([expect.stringMatching(/^--max-old-space-size=\d+$/)]));
  server = spawn(process.execPath, start, {
    env: {
      ...process.env,
      NODE_ENV: "test",
      DATABASE_URL: urls.url,
      MIGRATION_DATABASE_URL: urls.ownerUrl,
      PORT: String(port),
      APP_URL: origin,
      WEB_CONCURRENCY: "2",
      RUN_WORKER: "false",
      LOG_LEVEL: "info",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  server.stdout!.setEncoding("utf8");
  server.stdout!.on("data", (chunk: string) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => server!.once("exit", (code) => resolve(code)));

  // Two workers, started with the flags the supervisor was given.
  await waitFor(async () => (await childrenOf(server!.pid!)).length === 2, "two web workers");
  const workers = await childrenOf(server.pid!);
  for (const pid of workers) {
    const commandLine = (await readFile(`/proc/${pid}/cmdline`, "utf8")).split("\0");
    expect(commandLine).toEqual(expect.arrayContaining(flags));
  }

  // Both answer: new connections are handed to them in turn, and each logs the requests it serves.
  await waitFor(
    async () => {
      expect(await get(`${origin}/healthz`)).toBe(200);
      return pidsThatServed("/healthz").size === 2;
    },
    "both web workers to answer",
    { seconds: 90 },
  );
  expect([...pidsThatServed("/healthz")].sort()).toEqual([...workers].sort());

  // Four sign-ins in flight, two a worker, when the supervisor is told to stop.
  const signIns = [];
  for (let index = 0; index < 4; index += 1) {
    signIns.push(slowSignIn(origin));
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  server.kill("SIGTERM");
  await new Promise((resolve) => setTimeout(resolve, 1_500));

  // Both workers are still there, each waiting for the rest of what it holds; nobody new is let in.
  expect(workers.filter(isAlive)).toEqual(workers);
  expect(await get(`${origin}/healthz`)).toBe(0);

  for (const signIn of signIns) signIn.finish();
  const answers = await Promise.all(signIns.map((signIn) => signIn.answer));
  for (const answer of answers) {
    // The whole page, refusing the made-up account: the request ran to its end, nothing was cut short.
    expect(answer.status).toBe(400);
    expect(answer.body).toContain("Enter the email address and password of a Front Door account");
    expect(answer.body).toContain("</html>");
  }
  expect(pidsThatServed("/sign-in")).toEqual(new Set(workers));

  // Then every worker, and the supervisor, end cleanly.
  expect(await exited).toBe(0);
  expect(workers.filter(isAlive)).toEqual([]);
});
