import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import { startEmbeddedPostgres } from "../../db/embedded";
import { migrateDatabase } from "../../db/migrate";
import { ensureOwnedDatabase, ensureProvisionedRoles, provisionedRoleUrl, provisionedRoles } from "../../db/roles";
import { freePort } from "./free-port";

const templateDatabase = "frontdoor_template";

export interface TestDatabaseServer {
  /** A URL on the server's maintenance database, for creating and dropping databases. */
  adminUrl: string;
  stop: () => Promise<void>;
}

/** A test database's two roles: the application's, which the portal uses, and the owner's, which migrated it. */
export interface TestDatabaseUrls {
  url: string;
  ownerUrl: string;
}

/**
 * A throw-away PostgreSQL for a test run: TEST_DATABASE_URL's server when set
 * (its user a superuser), otherwise an embedded one in a temporary folder. The
 * owner and application roles are made as `npm start` makes them, and a
 * template database migrated as the owner, so each test file gets its own copy
 * in milliseconds, with the same owner and grants.
 */
export async function startTestDatabaseServer(options: { port?: number } = {}): Promise<TestDatabaseServer> {
  let adminUrl: string;
  let stopServer: () => Promise<void>;
  const external = process.env.TEST_DATABASE_URL;
  if (external) {
    adminUrl = databaseUrl(external, "postgres");
    stopServer = async () => {};
    await ensureProvisionedRoles(adminUrl);
  } else {
    const dataDir = await mkdtemp(path.join(tmpdir(), "front-door-test-"));
    const embedded = await startEmbeddedPostgres({
      dataDir: path.join(dataDir, "pg"),
      port: options.port ?? (await freePort()),
      persistent: false,
    });
    adminUrl = embedded.adminUrl;
    stopServer = async () => {
      await embedded.stop();
      await rm(dataDir, { recursive: true, force: true });
    };
  }
  await dropDatabase(adminUrl, templateDatabase);
  await ensureOwnedDatabase(adminUrl, templateDatabase);
  const template = testDatabaseUrls(adminUrl, templateDatabase);
  await migrateDatabase(template.ownerUrl, template.url);
  return { adminUrl, stop: stopServer };
}

export function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export function testDatabaseUrls(adminUrl: string, name: string): TestDatabaseUrls {
  return {
    url: provisionedRoleUrl(adminUrl, provisionedRoles.app, name),
    ownerUrl: provisionedRoleUrl(adminUrl, provisionedRoles.owner, name),
  };
}

/** A copy of the migrated template, owned by the owner role (a copy keeps the template's grants). */
export async function createDatabaseFromTemplate(adminUrl: string, name: string): Promise<TestDatabaseUrls> {
  await ensureOwnedDatabase(adminUrl, name, { template: templateDatabase });
  return testDatabaseUrls(adminUrl, name);
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
  } finally {
    await admin.end();
  }
}
