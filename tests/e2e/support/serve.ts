/**
 * Starts the built portal for the end-to-end tests: its own throw-away
 * PostgreSQL (or a database on TEST_DATABASE_URL's server), migrated and seeded
 * with the demo council, on the port Playwright chose.
 */
import { createDatabaseFromTemplate, dropDatabase, startTestDatabaseServer } from "../../support/database-server";
import { e2eDatabaseName } from "./database";

const server = await startTestDatabaseServer({ port: Number(process.env.E2E_DATABASE_PORT) });
await dropDatabase(server.adminUrl, e2eDatabaseName);
process.env.DATABASE_URL = await createDatabaseFromTemplate(server.adminUrl, e2eDatabaseName);

let cleaningUp = false;
async function cleanUp() {
  if (cleaningUp) return;
  cleaningUp = true;
  await dropDatabase(server.adminUrl, e2eDatabaseName).catch(() => {});
  await server.stop();
}
// main.ts closes its own pool on these signals; the database server goes after it.
process.on("SIGTERM", () => void cleanUp());
process.on("SIGINT", () => void cleanUp());
process.on("exit", () => void cleanUp());

await import("../../../server/main");
