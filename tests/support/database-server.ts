import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import { startEmbeddedPostgres } from "../../db/embedded";
import { migrateDatabase } from "../../db/migrate";
import { freePort } from "./free-port";

const templateDatabase = "frontdoor_template";

export interface TestDatabaseServer {
  /** A URL on the server's maintenance database, for creating and dropping databases. */
  adminUrl: string;
  stop: () => Promise<void>;
}

/**
 * A throw-away PostgreSQL for a test run: TEST_DATABASE_URL's server when set,
 * otherwise an embedded one in a temporary folder. A migrated template database
 * is made once, so each test file gets its own copy in milliseconds.
 */
export async function startTestDatabaseServer(options: { port?: number } = {}): Promise<TestDatabaseServer> {
  let adminUrl: string;
  let stopServer: () => Promise<void>;
  const external = process.env.TEST_DATABASE_URL;
  if (external) {
    const url = new URL(external);
    url.pathname = "/postgres";
    adminUrl = url.toString();
    stopServer = async () => {};
  } else {
    const dataDir = await mkdtemp(path.join(tmpdir(), "front-door-test-"));
    const embedded = await startEmbeddedPostgres({
      dataDir: path.join(dataDir, "pg"),
      port: options.port ?? (await freePort()),
      databaseName: "postgres",
      persistent: false,
    });
    adminUrl = embedded.url;
    stopServer = async () => {
      await embedded.stop();
      await rm(dataDir, { recursive: true, force: true });
    };
  }
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`drop database if exists "${templateDatabase}" with (force)`);
    await admin.unsafe(`create database "${templateDatabase}"`);
  } finally {
    await admin.end();
  }
  await migrateDatabase(databaseUrl(adminUrl, templateDatabase));
  return { adminUrl, stop: stopServer };
}

export function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function createDatabaseFromTemplate(adminUrl: string, name: string): Promise<string> {
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database "${name}" template "${templateDatabase}"`);
  } finally {
    await admin.end();
  }
  return databaseUrl(adminUrl, name);
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
  } finally {
    await admin.end();
  }
}
