import { createDatabase, type Database } from "#db/connection";
import { readConfig } from "~/config.server";

type Connection = ReturnType<typeof createDatabase>;

// One pool per process. Kept on globalThis so that the Vite dev server's module
// reloads do not open a new pool on every edit.
const holder = globalThis as typeof globalThis & { __frontDoorDb?: Connection; __frontDoorReportsDb?: Connection };

function connection(): Connection {
  if (!holder.__frontDoorDb) {
    // Read afresh rather than from the cached config: the server (and each test file) sets DATABASE_URL
    // after start-up, possibly after some module has already read the rest of the configuration.
    const { DATABASE_URL: url, DATABASE_PREPARED_STATEMENTS: prepare } = readConfig();
    if (!url) throw new Error("DATABASE_URL is not set: the server starts the embedded database before serving.");
    holder.__frontDoorDb = createDatabase(url, { prepare });
  }
  return holder.__frontDoorDb;
}

export function db(): Database {
  return connection().db;
}

/**
 * A statement the hottest paths run on every request, built by the query
 * builder once per pool (a drizzle prepared query, run with `.execute()`)
 * rather than each time it runs.
 */
export function preparedOnce<Query>(build: (database: Database) => Query): () => Query {
  const byPool = new WeakMap<Database, Query>();
  return () => {
    const database = db();
    let query = byPool.get(database);
    if (query === undefined) {
      query = build(database);
      byPool.set(database, query);
    }
    return query;
  };
}

/**
 * The pool the report figures and exports read through: REPORTS_DATABASE_URL (a read replica) when set,
 * read-only and small, or else the primary's own pool. Snapshots and audit events are written through `db()`.
 */
function reportsConnection(): Connection {
  if (!holder.__frontDoorReportsDb) {
    const { REPORTS_DATABASE_URL: url, DATABASE_PREPARED_STATEMENTS: prepare } = readConfig();
    holder.__frontDoorReportsDb = url ? createDatabase(url, { prepare, max: 4, readOnly: true }) : connection();
  }
  return holder.__frontDoorReportsDb;
}

export function reportsDb(): Database {
  return reportsConnection().db;
}

/** The reports' pool's postgres.js client, for the exports' cursors. */
export function reportsClient(): Connection["client"] {
  return reportsConnection().client;
}

export async function closeDatabase(): Promise<void> {
  const reports = holder.__frontDoorReportsDb;
  if (reports && reports !== holder.__frontDoorDb) await reports.close();
  holder.__frontDoorReportsDb = undefined;
  await holder.__frontDoorDb?.close();
  holder.__frontDoorDb = undefined;
}

/** For /healthz: true when the database answers a trivial query within two seconds. */
export async function databaseIsUp(): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), 2_000)));
  try {
    const query = connection().client`select 1`.then(() => true).catch(() => false);
    return await Promise.race([query, timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
