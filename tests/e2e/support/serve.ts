/**
 * Starts the built portal for the end-to-end tests: its own throw-away
 * PostgreSQL (or a database on TEST_DATABASE_URL's server), migrated and seeded
 * with the demo council, on the port Playwright chose. The portal's web workers
 * run this file too (node:cluster forks the same entry), and go straight to serving.
 */
import cluster from "node:cluster";
import { createDatabaseFromTemplate, dropDatabase, startTestDatabaseServer } from "../../support/database-server";
import { afterServerStops } from "../../../server/shutdown";
import { e2eDatabaseName } from "./database";

if (cluster.isPrimary) {
  const server = await startTestDatabaseServer({ port: Number(process.env.E2E_DATABASE_PORT) });
  await dropDatabase(server.adminUrl, e2eDatabaseName);
  // As a council runs it: the portal as the application's role, the migrations at start as the owner.
  const urls = await createDatabaseFromTemplate(server.adminUrl, e2eDatabaseName);
  process.env.DATABASE_URL = urls.url;
  process.env.MIGRATION_DATABASE_URL = urls.ownerUrl;

  // The portal's own shutdown runs this last, once its workers have stopped, so the database can be dropped.
  afterServerStops(async () => {
    await dropDatabase(server.adminUrl, e2eDatabaseName).catch(() => {});
    await server.stop();
  });
}

await import("../../../server/main");
