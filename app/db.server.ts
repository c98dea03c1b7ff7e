import { createDatabase, type Database } from "#db/connection";
import { readConfig } from "~/config.server";

type Connection = ReturnType<typeof createDatabase>;

// One pool per process. Kept on globalThis so that the Vite dev server's module
// reloads do not open a new pool on every edit.
const holder = globalThis as typeof globalThis & { __frontDoorDb?: Connection };

function connection(): Connection {
  if (!holder.__frontDoorDb) {
    // Read afresh rather than from the cached config: the server (and each test file) sets DATABASE_URL
    // after start-up, possibly after some module has already read the rest of the configuration.
    const url = readConfig().DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set: the server starts the embedded database before serving.");
    holder.__frontDoorDb = createDatabase(url);
  }
  return holder.__frontDoorDb;
}

export function db(): Database {
  return connection().db;
}

export async function closeDatabase(): Promise<void> {
  await holder.__frontDoorDb?.close();
  holder.__frontDoorDb = undefined;
}

/** For /healthz: true when the database answers a trivial query. */
export async function databaseIsUp(): Promise<boolean> {
  try {
    await connection().client`select 1`;
    return true;
  } catch {
    return false;
  }
}
